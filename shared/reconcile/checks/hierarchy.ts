// A stated parent equals the sum of its children (memo rows excluded; implementing units and
// works under a node are its children).
import type { Check } from './check';
import { compareMoney, yearSite } from './money';

export const hierarchySum: Check = (site, ctx) => {
  const at = yearSite(site);
  if (!at) return [];
  const ev = ctx.evaluator(site.origin.id, at.year);
  if (!ev.hasChildren(at.key)) return [];
  return compareMoney('hierarchy-sum', site, ev.deriveAt(at.key, 'children'), () => ev.contributorsOf(at.key, 'children', 20));
};
