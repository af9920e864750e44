// The column identities a report's header prints ("4=1+2+3", "8=4-5-6", "11 = 5 - 9 - 10"):
// available = carry-in + allocated + adjusted, carry-out = available − disbursed − cancelled.
// A page shows the figure the book has (stated, else derived); where that figure and its
// column's identity disagree, every page says so the same way: the figure, a mark, and a
// footnote naming the finding. Pure: the filler, the printed sheet and the tests share it.
import type { Capital, Measure } from '../claim';
import type { Flag } from '../reconcile/flag';
import { FLOW_OPERANDS } from '../figures/derivations';

export type IdentityMeasure = 'available' | 'carry_out';

/** Each identity's operands (the flow's, figures/derivations.ts) and their signs: available adds
 * its three; carry-out takes the next two from the first. */
export const IDENTITY: Record<IdentityMeasure, readonly (readonly [Measure, 1 | -1])[]> = {
  available: FLOW_OPERANDS.available.map((m) => [m, 1] as const),
  carry_out: FLOW_OPERANDS.carry_out.map((m, i) => [m, i === 0 ? 1 : -1] as const),
};

export function isIdentity(m: Measure): m is IdentityMeasure {
  return m === 'available' || m === 'carry_out';
}

/** What the column's formula gives from the figures beside it (an empty operand counts 0, as
 * it does in the spreadsheet's formula), or null when none of them is known. */
export function identityValue(m: IdentityMeasure, figureOf: (m: Measure) => number | null): number | null {
  let known = false;
  let total = 0;
  for (const [op, sign] of IDENTITY[m]) {
    const v = figureOf(op);
    if (v === null) continue;
    known = true;
    total += sign * v;
  }
  return known ? total : null;
}

/** The figure shown and its identity, when both are known and differ. */
export function identityBreak(m: Measure, shown: number | null, figureOf: (m: Measure) => number | null): { shown: number; identity: number } | null {
  if (!isIdentity(m) || shown === null) return null;
  const identity = identityValue(m, figureOf);
  return identity !== null && identity !== shown ? { shown, identity } : null;
}

export interface FindingPlace {
  origin: string;
  year: number;
  /** the row's node and every node under it: a derived total breaks where one of its lines does */
  nodes: ReadonlySet<string>;
  unit: string | null;
  capital: Capital | null;
  measure: IdentityMeasure;
}

/** The findings that explain a break: flags of the origin and year on the row or under it, of
 * its capital type (any, for a Cộng), about the measure itself, else about one of its operands
 * (explained ones too: their note is the answer). */
export function findingsAt(flags: readonly Flag[], at: FindingPlace): Flag[] {
  const near = flags.filter((f) => {
    const c = f.claims[0];
    return !!c && c.origin === at.origin && c.year === at.year && at.nodes.has(c.node)
      && (at.unit === null || c.unit === at.unit) && (at.capital === null || c.capital === null || c.capital === at.capital);
  });
  const own = near.filter((f) => f.claims[0]!.measure === at.measure);
  if (own.length) return own;
  const operands = new Set<Measure>(IDENTITY[at.measure].map(([m]) => m));
  if (at.measure === 'carry_out') for (const [m] of IDENTITY.available) operands.add(m);
  return near.filter((f) => operands.has(f.claims[0]!.measure));
}
