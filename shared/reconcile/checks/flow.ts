// available = carry_in + allocated + adjusted; carry_out = available − disbursed − cancelled.
import { type Dong, dongOrNull } from '../../money';
import { type CellNo, withMeasure } from '../../figures/cell-no';
import { CONTRIBUTORS_SHOWN, type ReconcileContext, type Site } from '../context';
import { FLOW_OPERANDS } from '../../figures/derivations';
import { check, NONE } from './check';
import { disagreement, isYearSite, moneyFinding, yearOf } from './money';

export const flowIdentity = check([
  { on: ['available'], measures: FLOW_OPERANDS.available },
  { on: ['carry_out'], measures: FLOW_OPERANDS.carry_out },
  // the year chain, where a document does not state its carry-in
  { on: ['available'], measures: ['carry_out'], year: 'previous' },
], (site, ctx) => {
  const m = site.cell.measure;
  if (!isYearSite(site) || (m !== 'available' && m !== 'carry_out')) return NONE;
  const year = yearOf(site);
  const ev = ctx.evaluator(site.origin.id, year);
  const rule = m === 'available' ? 'flow-available' : 'flow-carry-out';
  const chained = m === 'available' ? availableViaChain(site, year, site.key, ctx) : null;
  const expected = disagreement(site, chained ?? ev.deriveAt(site.key, 'flow'));
  return expected === null ? NONE : moneyFinding(rule, site, expected, ev.contributorsOf(site.key, 'flow', CONTRIBUTORS_SHOWN));
});

/** A document often states last year's carry-out and this year's allocation but not this
 * year's carry-in: the year chain supplies it (even in a document read as complete, where a
 * missing carry-in would otherwise count as 0). */
function availableViaChain(site: Site, year: number, key: CellNo, ctx: ReconcileContext): Dong | null {
  if (site.origin.kind === 'books') return null;
  const ev = ctx.evaluator(site.origin.id, year);
  if (ev.moneyAt(withMeasure(key, 'carry_in')) !== null) return null;
  const carryIn = ctx.evaluator(site.origin.id, year - 1).moneyAt(withMeasure(key, 'carry_out'));
  const allocated = ev.moneyAt(withMeasure(key, 'allocated'));
  if (carryIn === null || allocated === null) return null;
  return dongOrNull(carryIn + allocated + (ev.moneyAt(withMeasure(key, 'adjusted')) ?? 0));
}
