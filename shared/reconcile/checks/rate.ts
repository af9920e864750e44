// A stated rate equals disbursed / available at the precision it was written with. A rate that
// matches only when cut instead of rounded (86,85 for 86,855) is a rounding slip. Vietnamese
// reports take the rate on the money available in the year or, where a table has no carry-in or
// adjustment columns (a programme's first year, a plan-only table), on the year's plan: where a
// document gives no way to its available figure but states the plan, the plan is the base.
import type { Claim, MoneyMeasure, Origin } from '../../claim';
import type { Dong } from '../../money';
import { type Rate, computeRate, sameRate, truncateRate } from '../../rate';
import { CONTRIBUTORS_SHOWN, type Finding, type PeriodFigure, type ReconcileContext, type Site } from '../context';
import type { RuleId } from '../rules';
import { type Read, check, NONE } from './check';
import { withMeasure } from '../../figures/cell-no';

export type RateBase = 'available' | 'allocated';

/** A rate site reads disbursed and its base, and whether the available figure is known (else the
 * base is the plan). */
export const RATE_READS: readonly Read[] = [{ on: ['rate'], measures: ['disbursed', 'available', 'allocated'] }];

export function compareRate(
  rule: RuleId, site: Site, disbursed: Dong | null, base: Dong | null, involved: () => Claim[], counterpart?: Origin, onPlan = false,
): readonly Finding[] {
  if (disbursed === null || base === null) return NONE;
  const stated = site.claim.value as Rate;
  const expected = computeRate(disbursed, base, stated.decimals);
  if (!expected || sameRate(stated, expected)) return NONE;
  const truncated = truncateRate(disbursed, base, stated.decimals);
  return [{
    rule, found: { kind: 'rate', rate: stated }, expected: { kind: 'rate', rate: expected }, involved: involved(),
    rounding: truncated !== null && sameRate(stated, truncated),
    ...(counterpart && { counterpart }),
    ...(onPlan && { onPlan }),
  }];
}

/** The base of the rate a site states, read from its own origin's figures. */
export function rateBaseOf(site: Site, ctx: ReconcileContext): RateBase {
  if (site.origin.kind === 'books') return 'available';
  const { from, to } = site.claim.key.period;
  const known = (measure: MoneyMeasure) => from === to
    ? site.key !== null && ctx.evaluator(site.origin.id, from).moneyAt(withMeasure(site.key, measure)) !== null
    : ctx.periodMoney(site.origin.id, from, to, { ...site.cell, measure }).value !== null;
  return !known('available') && known('allocated') ? 'allocated' : 'available';
}

/** Disbursed and the base of a rate site's key in one origin (this year's, or the period's). */
export function rateOperands(site: Site, originId: string, base: RateBase, ctx: ReconcileContext): { disbursed: Dong | null; base: Dong | null; involved: () => Claim[] } {
  const { from, to } = site.claim.key.period;
  if (from !== to) {
    const d = ctx.periodMoney(originId, from, to, { ...site.cell, measure: 'disbursed' });
    const b = ctx.periodMoney(originId, from, to, { ...site.cell, measure: base });
    return { disbursed: moneyOf(d), base: moneyOf(b), involved: () => [...d.involved, ...b.involved] };
  }
  if (site.key === null) return { disbursed: null, base: null, involved: () => [] };
  const ev = ctx.evaluator(originId, from);
  const d = withMeasure(site.key, 'disbursed');
  const b = withMeasure(site.key, base);
  return { disbursed: ev.moneyAt(d), base: ev.moneyAt(b), involved: () => [...ev.contributorsAt(d, CONTRIBUTORS_SHOWN), ...ev.contributorsAt(b, CONTRIBUTORS_SHOWN)] };
}

function moneyOf(f: PeriodFigure): Dong | null {
  return f.value?.kind === 'money' ? f.value.dong : null;
}

export const rateCheck = check(RATE_READS, (site, ctx) => {
  const { from, to } = site.claim.key.period;
  if (from !== to || site.cell.measure !== 'rate') return NONE;
  const base = rateBaseOf(site, ctx);
  const o = rateOperands(site, site.origin.id, base, ctx);
  return compareRate('rate', site, o.disbursed, o.base, o.involved, undefined, base === 'allocated');
});
