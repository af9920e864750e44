// A stated total equals ĐT + SN, and a total over sources equals NSTW + NSĐP + ...
import type { Check } from './check';
import { compareMoney, yearOf } from './money';

export const capitalSplit: Check = (site, ctx) => {
  const year = yearOf(site);
  if (year === null || site.cell.capital !== null) return [];
  const ev = ctx.evaluator(site.origin.id, year);
  return compareMoney('capital-split', site, ev.deriveBy(site.cell, 'capital'), ev, ev.operands(site.cell, 'capital'));
};

export const sourceSplit: Check = (site, ctx) => {
  const year = yearOf(site);
  if (year === null || site.cell.source !== null) return [];
  const ev = ctx.evaluator(site.origin.id, year);
  const operands = ev.operands(site.cell, 'sources');
  if (operands.length === 0) return [];
  return compareMoney('source-split', site, ev.deriveBy(site.cell, 'sources'), ev, operands);
};
