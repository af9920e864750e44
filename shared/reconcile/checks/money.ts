import { NONE } from './check';
// The common shape of a money check: a stated figure against a value derived from others.
import type { Claim } from '../../claim';
import type { Dong } from '../../money';
import type { Finding, Site } from '../context';
import type { RuleId } from '../rules';

export function money(dong: Dong) {
  return { kind: 'money' as const, dong };
}

/** `involved` is only asked for when the figures disagree: most claims agree. */
export function compareMoney(rule: RuleId, site: Site, expected: Dong | null, involved: () => Claim[]): readonly Finding[] {
  if (expected === null || site.claim.key.measure === 'rate') return NONE;
  const found = site.claim.value as Dong;
  if (found === expected) return NONE;
  return [{ rule, found: money(found), expected: money(expected), involved: involved() }];
}

/** The year of a claim about one year, and the cell number of a cell in the tree. */
export function yearSite(site: Site): { year: number; key: number } | null {
  const p = site.claim.key.period;
  return p.from === p.to && site.key !== null ? { year: p.from, key: site.key } : null;
}
