// Disbursed never above available; amounts never negative except adjustments.
import type { Dong } from '../../money';
import { mayBeNegative } from '../../claim';
import { withMeasure } from '../../figures/cell-no';
import { CONTRIBUTORS_SHOWN } from '../context';
import { check, NONE } from './check';
import { isYearSite, money, yearOf } from './money';

export const disbursedWithinAvailable = check([{ on: ['disbursed', 'available'], measures: ['disbursed', 'available'] }], (site, ctx) => {
  const m = site.cell.measure;
  if (!isYearSite(site) || (m !== 'disbursed' && m !== 'available')) return NONE;
  const ev = ctx.evaluator(site.origin.id, yearOf(site));
  const disbursedCell = withMeasure(site.key, 'disbursed');
  const availableCell = withMeasure(site.key, 'available');
  // one flag per pair: on the disbursement when it is stated, else on the stated available
  if (m === 'available' && ev.statedAt(disbursedCell)) return NONE;
  const disbursed = ev.moneyAt(disbursedCell);
  const available = ev.moneyAt(availableCell);
  if (disbursed === null || available === null || disbursed <= available) return NONE;
  const involved = ev.contributorsAt(m === 'disbursed' ? availableCell : disbursedCell, CONTRIBUTORS_SHOWN);
  return [{ rule: 'bound-disbursed', found: money(disbursed), expected: money(available), involved }];
});

export const noNegative = check([], (site) => {
  if (site.claim.key.measure === 'rate' || mayBeNegative(site.claim.key.measure)) return NONE;
  const v = site.claim.value as Dong;
  return v < 0 ? [{ rule: 'bound-negative', found: money(v), expected: money(0 as Dong), involved: [] }] : NONE;
});
