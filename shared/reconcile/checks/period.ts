// A claim about a period (years [a, b]) equals what its years add up to in the same origin.
import type { Dong } from '../../money';
import { type Check, NONE } from './check';
import { compareRate, rateBaseOf, rateOperands } from './rate';
import { money } from './money';

export const periodSum: Check = (site, ctx) => {
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
};

