// This year's carry-in equals last year's carry-out, node by node, unit by unit.
import { withMeasure } from '../../figures/cell-no';
import { CONTRIBUTORS_SHOWN } from '../context';
import { check, NONE } from './check';
import type { Dong } from '../../money';
import { disagreement, isYearSite, money, moneyFinding, yearOf } from './money';
import { groupRowsOf, successionChain, successionMissing } from './succession';

export const yearChain = check([{ on: ['carry_in'], measures: ['carry_out'], year: 'previous' }], (site, ctx) => {
  if (!isYearSite(site) || site.cell.measure !== 'carry_in') return NONE;
  const group = groupRowsOf(site, ctx);
  if (group) return successionChain(site, ctx, group);
  const previous = withMeasure(site.key, 'carry_out');
  const ev = ctx.evaluator(site.origin.id, yearOf(site) - 1);
  const expected = disagreement(site, ev.moneyAt(previous));
  return expected === null ? NONE : moneyFinding('year-chain', site, expected, ev.contributorsAt(previous, CONTRIBUTORS_SHOWN));
});

/**
 * In her books, money carried out of last year must arrive somewhere this year: a row that has
 * this year's allocation but no carry-in, while last year left a balance, is a warning (the
 * seed's 109 triệu of 2023 investment money never reappears in 2024). Documents may be silent.
 */
export const missingCarryIn = check([
  { on: ['allocated', 'available'], measures: ['allocated', 'carry_in'] },
  { on: ['allocated', 'available'], measures: ['carry_out'], year: 'previous' },
], (site, ctx) => {
  const m = site.cell.measure;
  if (!isYearSite(site) || site.origin.kind !== 'books' || (m !== 'allocated' && m !== 'available')) return NONE;
  const group = groupRowsOf(site, ctx);
  if (group) return m === 'allocated' ? successionMissing(site, ctx, group) : NONE;
  const ev = ctx.evaluator(site.origin.id, yearOf(site));
  // one warning per row: on the allocation when it is stated, else on the stated available
  if (m === 'available' && ev.statedAt(withMeasure(site.key, 'allocated'))) return NONE;
  if (ev.moneyAt(withMeasure(site.key, 'carry_in')) !== null) return NONE;
  const previous = ctx.evaluator(site.origin.id, yearOf(site) - 1);
  const carryOut = withMeasure(site.key, 'carry_out');
  const carried = previous.moneyAt(carryOut);
  if (carried === null || carried === 0) return NONE;
  return [{ rule: 'year-chain-missing', found: money(0 as Dong), expected: money(carried), involved: previous.contributorsAt(carryOut, CONTRIBUTORS_SHOWN) }];
});
