// This year's carry-in equals last year's carry-out, node by node, unit by unit.
import type { Check } from './check';
import { compareMoney, yearOf } from './money';

export const yearChain: Check = (site, ctx) => {
  const year = yearOf(site);
  if (year === null || site.cell.measure !== 'carry_in') return [];
  const previous = { ...site.cell, measure: 'carry_out' as const };
  const ev = ctx.evaluator(site.origin.id, year - 1);
  return compareMoney('year-chain', site, ev.money(previous.rowId, previous.capital, previous.source, 'carry_out'), ev, [previous]);
};
