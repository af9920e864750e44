// A stated parent equals the sum of its children (memo rows excluded; implementing units and
// works under a node are its children). A Cộng that its own ĐT + SN explain is checked by the
// capital split instead, and its ĐT and SN each against the children: a parent that states its
// investment money itself ("vốn ĐT không tách tiểu dự án") while its children carry only the
// recurrent money must not be read as children summing to SN alone.
import { CONTRIBUTORS_SHOWN } from '../context';
import { check, NONE } from './check';
import { disagreement, isYearSite, moneyFinding, yearOf } from './money';

export const hierarchySum = check([], (site, ctx) => {
  if (!isYearSite(site)) return NONE;
  const ev = ctx.evaluator(site.origin.id, yearOf(site));
  if (!ev.hasChildren(site.key)) return NONE;
  if (site.cell.capital === null && ev.deriveAt(site.key, 'capital') !== null) return NONE;
  const expected = disagreement(site, ev.deriveAt(site.key, 'children'));
  return expected === null ? NONE : moneyFinding('hierarchy-sum', site, expected, ev.contributorsOf(site.key, 'children', CONTRIBUTORS_SHOWN));
});
