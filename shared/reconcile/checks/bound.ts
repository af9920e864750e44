// Disbursed never above available; amounts never negative except adjustments.
import type { Dong } from '../../money';
import type { Check } from './check';
import { money, yearOf } from './money';

export const disbursedWithinAvailable: Check = (site, ctx) => {
  const year = yearOf(site);
  const m = site.cell.measure;
  if (year === null || (m !== 'disbursed' && m !== 'available')) return [];
  const ev = ctx.evaluator(site.origin.id, year);
  const d = { ...site.cell, measure: 'disbursed' as const };
  const a = { ...site.cell, measure: 'available' as const };
  // one flag per pair: on the disbursement when it is stated, else on the stated available
  if (m === 'available' && ev.statedClaim(d)) return [];
  const disbursed = ev.money(d.rowId, d.capital, d.source, 'disbursed');
  const available = ev.money(a.rowId, a.capital, a.source, 'available');
  if (disbursed === null || available === null || disbursed <= available) return [];
  const involved = m === 'disbursed' ? ev.contributors(a, 20) : ev.contributors(d, 20);
  return [{ rule: 'bound-disbursed', found: money(disbursed), expected: money(available), involved }];
};

export const noNegative: Check = (site) => {
  if (site.claim.key.measure === 'rate' || site.claim.key.measure === 'adjusted') return [];
  const v = site.claim.value as Dong;
  return v < 0 ? [{ rule: 'bound-negative', found: money(v), expected: money(0 as Dong), involved: [] }] : [];
};
