// How a figure nobody stated gets its value, declared once: which derivations a cell has, in
// what order they are tried, and where each one's operands are. The evaluator computes from
// these, a flag lists the claims behind them, and their reverse says which figures an edit makes
// stale (closure.ts). Derivation only ever looks down, to parts, never to totals.
import { CAPITALS, type Capital, MEASURES, type Measure } from '../claim';
import { type CellNo, isCapitalTotal, isSourceTotal } from './cell-no';

export type Derived = 'capital' | 'children' | 'flow' | 'sources';
export type Derivation = 'stated' | Derived;

/** capital: Cộng = ĐT + SN, at the same row, source and measure. */
export const CAPITAL_PARTS = ['DT', 'SN'] as const satisfies readonly Capital[];

/** flow: the identities between the measures of one row, capital type and source; each measure
 * computed so, with the measures it reads in the order the evaluator takes them. */
export const FLOW_OPERANDS = {
  /** available = carry_in + allocated + adjusted */
  available: ['carry_in', 'allocated', 'adjusted'],
  /** carry_out = available − disbursed − cancelled */
  carry_out: ['available', 'disbursed', 'cancelled'],
  /** rate = disbursed / available */
  rate: ['disbursed', 'available'],
} as const satisfies Partial<Record<Measure, readonly Measure[]>>;

// children: the same cell on each summable child row (memo rows left out), in tree order; the
// tree holds them. A source's share of a child row that states its total without its sources is
// unknown, not 0 (the evaluator's splitUnsaid): so each source of a row reads its children's
// totals over every source as well.
// sources: the same cell at each source the origin states; the evaluator's index holds them.

/** The ways to a cell's value, in the order they are tried: Cộng from the row's own ĐT + SN first
 * (a parent may state one capital type itself while its children carry the other), then the
 * children, the flow identities, and for a total over sources its sources. Where the row itself
 * states what a way reads, that way comes before the children (ownFirst). */
const ORDER: readonly (readonly Derived[])[] = [
  ['children', 'flow'], ['capital', 'children', 'flow'], ['children', 'flow', 'sources'], ['capital', 'children', 'flow', 'sources'],
];

export const derivationsOf = (c: CellNo): readonly Derived[] => ORDER[(isCapitalTotal(c) ? 1 : 0) + (isSourceTotal(c) ? 2 : 0)]!;

/** The ways to a cell's value when the row states some of what `own` ways read: a node's own
 * stated figures come first in its own flow (DA3.1 states Giao 4.679: its available money is
 * 4.679, whatever one line under it says); its children's sum is then a check on them
 * (hierarchy-sum), not a replacement, so a partial breakdown is one finding and not a cascade. */
export function ownFirst(ways: readonly Derived[], own: (how: Derived) => boolean): readonly Derived[] {
  const first = ways.filter((how) => how !== 'children' && own(how));
  return first.length === 0 ? ways : [...first, ...ways.filter((how) => !first.includes(how))];
}

const FLOW_BY_MEASURE: Partial<Record<Measure, readonly Measure[]>> = FLOW_OPERANDS;
const NO_MEASURES: readonly Measure[] = Object.freeze([]);

/** The measures the flow identity of `m` reads (none when flow does not compute `m`). */
export function flowOperands(m: Measure): readonly Measure[] {
  return FLOW_BY_MEASURE[m] ?? NO_MEASURES;
}

// ── the reverse: which figures are computed from a figure ───────────────────

/** The measures computed from `m` at the same row, capital type and source, `m` first: the
 * flow identities read backwards, followed through. */
export function measuresComputedFrom(m: Measure): readonly Measure[] {
  return COMPUTED_FROM[m];
}

/** The capital types whose figure is computed from `capital`'s at the same row, itself first. */
export function capitalsComputedFrom(capital: Capital | null): readonly (Capital | null)[] {
  return capital === null ? ONLY_CONG : CAPITALS_FROM[capital];
}

const COMPUTED_FROM = tableOf(MEASURES, reverseFlow);
const ONLY_CONG: readonly (Capital | null)[] = [null];
const CAPITALS_FROM = tableOf(CAPITALS, (c): readonly (Capital | null)[] => ((CAPITAL_PARTS as readonly Capital[]).includes(c) ? [c, null] : [c]));

function reverseFlow(m: Measure): Measure[] {
  const out: Measure[] = [m];
  for (let i = 0; i < out.length; i++) {
    for (const [computed, operands] of Object.entries(FLOW_OPERANDS) as [Measure, readonly Measure[]][]) {
      if (operands.includes(out[i]!) && !out.includes(computed)) out.push(computed);
    }
  }
  return out;
}

function tableOf<K extends string, V>(keys: readonly K[], value: (k: K) => V): Readonly<Record<K, V>> {
  const out = {} as Record<K, V>;
  for (const k of keys) out[k] = value(k);
  return out;
}
