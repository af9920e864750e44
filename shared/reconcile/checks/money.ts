// The common shape of a money check: a stated figure against a value derived from others.
import type { Dong } from '../../money';
import type { Cell } from '../../figures/cell';
import type { FigureEvaluator } from '../../figures/evaluator';
import type { Finding, Site } from '../context';
import type { RuleId } from '../rules';

export function money(dong: Dong) {
  return { kind: 'money' as const, dong };
}

export function compareMoney(rule: RuleId, site: Site, expected: Dong | null, ev: FigureEvaluator, operands: Cell[]): Finding[] {
  if (expected === null || site.claim.key.measure === 'rate') return [];
  const found = site.claim.value as Dong;
  if (found === expected) return [];
  return [{ rule, found: money(found), expected: money(expected), involved: operands.flatMap((c) => ev.contributors(c, 20)) }];
}

export function yearOf(site: Site): number | null {
  const p = site.claim.key.period;
  return p.from === p.to ? p.from : null;
}
