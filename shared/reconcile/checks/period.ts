// A claim about a period (years [a, b]) equals what its years add up to in the same origin.
import type { Dong } from '../../money';
import type { Check } from './check';
import { compareRate } from './rate';
import { money } from './money';

export const periodSum: Check = (site, ctx) => {
  const { from, to } = site.claim.key.period;
  if (from === to) return [];
  if (site.cell.measure === 'rate') {
    const d = ctx.periodFigure(site.origin.id, from, to, { ...site.cell, measure: 'disbursed' });
    const a = ctx.periodFigure(site.origin.id, from, to, { ...site.cell, measure: 'available' });
    const dv = d.value?.kind === 'money' ? d.value.dong : null;
    const av = a.value?.kind === 'money' ? a.value.dong : null;
    return compareRate('period-sum', site, dv, av, () => [...d.involved, ...a.involved]);
  }
  const p = ctx.periodFigure(site.origin.id, from, to, site.cell);
  if (p.value?.kind !== 'money' || p.value.dong === (site.claim.value as Dong)) return [];
  return [{ rule: 'period-sum', found: money(site.claim.value as Dong), expected: p.value, involved: p.involved }];
};

