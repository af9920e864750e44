// A stated parent equals the sum of its children (memo rows excluded; implementing units and
// works under a node are its children). A Cộng that its own ĐT + SN explain is checked by the
// capital split instead, and its ĐT and SN each against the children: a parent that states its
// investment money itself ("vốn ĐT không tách tiểu dự án") while its children carry only the
// recurrent money must not be read as children summing to SN alone.
import { type Check, NONE } from './check';
import { compareMoney, yearSite } from './money';

export const hierarchySum: Check = (site, ctx) => {
  const at = yearSite(site);
  if (!at) return NONE;
  const ev = ctx.evaluator(site.origin.id, at.year);
  if (!ev.hasChildren(at.key)) return NONE;
  if (site.cell.capital === null && ev.deriveAt(at.key, 'capital') !== null) return NONE;
  return compareMoney('hierarchy-sum', site, ev.deriveAt(at.key, 'children'), () => ev.contributorsOf(at.key, 'children', 20));
};
