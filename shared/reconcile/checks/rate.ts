// A stated rate equals disbursed / available at the precision it was written with. A rate that
// matches only when cut instead of rounded (86,85 for 86,855) is a rounding slip.
import type { Claim, Origin } from '../../claim';
import type { Dong } from '../../money';
import { type Rate, computeRate, sameRate, truncateRate } from '../../rate';
import type { Finding, Site } from '../context';
import type { RuleId } from '../rules';
import type { Check } from './check';
import { yearSite } from './money';
import { M } from '../../figures/cell';

export function compareRate(
  rule: RuleId, site: Site, disbursed: Dong | null, available: Dong | null, involved: () => Claim[], counterpart?: Origin,
): Finding[] {
  if (disbursed === null || available === null) return [];
  const stated = site.claim.value as Rate;
  const expected = computeRate(disbursed, available, stated.decimals);
  if (!expected || sameRate(stated, expected)) return [];
  const truncated = truncateRate(disbursed, available, stated.decimals);
  return [{
    rule, found: { kind: 'rate', rate: stated }, expected: { kind: 'rate', rate: expected }, involved: involved(),
    rounding: truncated !== null && sameRate(stated, truncated),
    ...(counterpart && { counterpart }),
  }];
}

export const rateCheck: Check = (site, ctx) => {
  const at = yearSite(site);
  if (!at || site.cell.measure !== 'rate') return [];
  const ev = ctx.evaluator(site.origin.id, at.year);
  const d = at.key - M.rate + M.disbursed;
  const a = at.key - M.rate + M.available;
  return compareRate('rate', site, ev.moneyAt(d), ev.moneyAt(a), () => [...ev.contributorsAt(d, 20), ...ev.contributorsAt(a, 20)]);
};
