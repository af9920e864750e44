// A stated parent equals the sum of its children (memo rows excluded; implementing units and
// works under a node are its children).
import type { Check } from './check';
import { compareMoney, yearOf } from './money';

export const hierarchySum: Check = (site, ctx) => {
  const year = yearOf(site);
  if (year === null) return [];
  const ev = ctx.evaluator(site.origin.id, year);
  const operands = ev.operands(site.cell, 'children');
  if (operands.length === 0) return [];
  return compareMoney('hierarchy-sum', site, ev.deriveBy(site.cell, 'children'), ev, operands);
};
