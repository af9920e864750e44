// A stated parent equals the sum of its children (memo rows excluded; implementing units and
// works under a node are its children). A Cộng that its own ĐT + SN explain is checked by the
// capital split instead, and its ĐT and SN each against the children: a parent that states its
// investment money itself ("vốn ĐT không tách tiểu dự án") while its children carry only the
// recurrent money must not be read as children summing to SN alone.
// A figure of the flow (available, carry-out) that its own row's flow gives exactly is not held
// against its lines: where they add up to something else, the difference is in the parts it is
// computed from, each checked against the lines itself (Giao 4.679 against one line of 2.000 is
// one finding, not a second one on Tổng được sử dụng 6.501).
import { CONTRIBUTORS_SHOWN } from '../context';
import { FLOW_OPERANDS, flowOperands } from '../../figures/derivations';
import { check, NONE } from './check';
import { disagreement, isYearSite, moneyFinding, yearOf } from './money';

export const hierarchySum = check([
  { on: ['available'], measures: FLOW_OPERANDS.available },
  { on: ['carry_out'], measures: FLOW_OPERANDS.carry_out },
], (site, ctx) => {
  if (!isYearSite(site)) return NONE;
  const ev = ctx.evaluator(site.origin.id, yearOf(site));
  if (!ev.hasChildren(site.key)) return NONE;
  if (site.cell.capital === null && ev.deriveAt(site.key, 'capital') !== null) return NONE;
  if (flowOperands(site.cell.measure).length > 0 && ev.deriveAt(site.key, 'flow') === site.claim.value) return NONE;
  const expected = disagreement(site, ev.deriveAt(site.key, 'children'));
  return expected === null ? NONE : moneyFinding('hierarchy-sum', site, expected, ev.contributorsOf(site.key, 'children', CONTRIBUTORS_SHOWN));
});
