// A claim about a period (years [a, b]) equals what its years add up to in the same origin.
import type { Dong } from '../../money';
import { FLOW_OPERANDS } from '../../figures/derivations';
import { type Read, check, NONE } from './check';
import { RATE_READS, compareRate, rateBaseOf, rateOperands } from './rate';
import { money } from './money';

/** A period's available figure (and so its rate) is its years' carry-in, allocations and
 * adjustments, not their available figures (ReconcileContext.periodFigure). */
export const PERIOD_READS: readonly Read[] = [{ on: ['available', 'rate'], measures: FLOW_OPERANDS.available }];

export const periodSum = check([...RATE_READS, ...PERIOD_READS], (site, ctx) => {
  const { from, to } = site.claim.key.period;
  if (from === to) return NONE;
  if (site.cell.measure === 'rate') {
    const base = rateBaseOf(site, ctx);
    const o = rateOperands(site, site.origin.id, base, ctx);
    // a period's rate is a rate like a year's, on the period's own figures where it states them
    return compareRate('rate', site, o.disbursed, o.base, o.involved, undefined, base === 'allocated');
  }
  const p = ctx.periodFigure(site.origin.id, from, to, site.cell);
  if (p.value?.kind !== 'money' || p.value.dong === (site.claim.value as Dong)) return NONE;
  return [{ rule: 'period-sum', found: money(site.claim.value as Dong), expected: p.value, involved: p.involved }];
});

