// The common shape of a money check: a stated figure against a value derived from others.
// Every rule is asked of every claim of a book, most of them about one year and agreeing with
// their figures: what the checks ask first makes no object, and the claims behind a derived
// value are gathered only when it disagrees.
import type { Claim } from '../../claim';
import type { CellNo } from '../../figures/cell-no';
import type { Dong } from '../../money';
import type { Finding, Site } from '../context';
import type { RuleId } from '../rules';

export function money(dong: Dong) {
  return { kind: 'money' as const, dong };
}

/** The value derived from others that a stated money figure disagrees with: null when they
 * agree, or when nothing gives that value. */
export function disagreement(site: Site, expected: Dong | null): Dong | null {
  return expected !== null && site.claim.key.measure !== 'rate' && site.claim.value !== expected ? expected : null;
}

/** The finding of a stated figure in `disagreement` with what `involved` make of it. */
export function moneyFinding(rule: RuleId, site: Site, expected: Dong, involved: Claim[]): readonly Finding[] {
  return [{ rule, found: money(site.claim.value as Dong), expected: money(expected), involved }];
}

/** A claim about one year whose cell is in the tree: what the checks of a year's figures read. */
export type YearSite = Site & { key: CellNo };

export function isYearSite(site: Site): site is YearSite {
  const p = site.claim.key.period;
  return p.from === p.to && site.key !== null;
}

export function yearOf(site: YearSite): number {
  return site.claim.key.period.from;
}
