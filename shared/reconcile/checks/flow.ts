// available = carry_in + allocated + adjusted; carry_out = available − disbursed − cancelled.
import { dong } from '../../money';
import type { ReconcileContext, Site } from '../context';
import type { Check } from './check';
import { compareMoney, yearOf } from './money';

export const flowIdentity: Check = (site, ctx) => {
  const year = yearOf(site);
  const m = site.cell.measure;
  if (year === null || (m !== 'available' && m !== 'carry_out')) return [];
  const ev = ctx.evaluator(site.origin.id, year);
  const rule = m === 'available' ? 'flow-available' : 'flow-carry-out';
  const operands = ev.operands(site.cell, 'flow');
  const expected = ev.deriveBy(site.cell, 'flow') ?? (m === 'available' ? availableViaChain(site, year, ctx) : null);
  return compareMoney(rule, site, expected, ev, operands);
};

/** A document often states last year's carry-out and this year's allocation but not this
 * year's carry-in: the year chain supplies it. */
function availableViaChain(site: Site, year: number, ctx: ReconcileContext) {
  if (site.origin.kind === 'books') return null;
  const { rowId, capital, source } = site.cell;
  const ev = ctx.evaluator(site.origin.id, year);
  const carryIn = ev.money(rowId, capital, source, 'carry_in') ?? ctx.evaluator(site.origin.id, year - 1).money(rowId, capital, source, 'carry_out');
  const allocated = ev.money(rowId, capital, source, 'allocated');
  if (carryIn === null || allocated === null) return null;
  return dong(carryIn + allocated + (ev.money(rowId, capital, source, 'adjusted') ?? 0));
}
