// The value of any cell of one origin and one year: the stated claim when there is one, else a
// value derived from what was stated (parents from children, Cộng from ĐT + SN, a total from its
// sources, available and carry-out from the flow identities, the rate from disbursed /
// available). Derivation only ever looks down (to parts, never to totals), so a stated total is
// always checked against figures that do not depend on it. Nothing derived is stored.
import { type Claim, type OriginScope, SOURCES, type Source } from '../claim';
import { type Dong, dong } from '../money';
import { type Rate, computeRate } from '../rate';
import type { Tree } from '../sheet/tree';
import { type Cell, M, STRIDE, cellNumber } from './cell';
import { CellMap } from './cell-map';
import { cellOfClaim, upwardClosure } from './closure';
import { sum2 } from './sum';

export type Figure =
  | { kind: 'money'; dong: Dong; stated: boolean }
  | { kind: 'rate'; rate: Rate; stated: boolean };

/**
 * How to read what an origin leaves out. The accountant's books are complete: a part she has
 * not filled is zero. A report or a decision states what it states: a total is known only when
 * every part of it is.
 */
export interface Completeness {
  missingIsZero: boolean;
  /** where it lists every line: these capital types and measures only (see Origin.scope) */
  scope?: OriginScope | null;
}

export type Derivation = 'stated' | 'capital' | 'children' | 'flow' | 'sources';
type Derived = Exclude<Derivation, 'stated'>;

/** Each row's summable children (memo rows left out) as row positions, once per tree. */
const childrenOfTree = new WeakMap<Tree, number[][]>();
function summableChildIndexes(tree: Tree): number[][] {
  let kids = childrenOfTree.get(tree);
  if (!kids) {
    kids = tree.rows.map((row) => row.childIds.filter((id) => !tree.byId.get(id)!.memo).map((id) => tree.indexOf.get(id)!));
    childrenOfTree.set(tree, kids);
  }
  return kids;
}

export class FigureEvaluator {
  private readonly stated = new CellMap<Claim>();
  /** stated claims split by source, under the key of their source-less total */
  private readonly bySource = new Map<number, Map<Source, Claim>>();
  /** derived money by cell, null where nothing gives it (a stated cell is read from its claim) */
  private readonly memo = new CellMap<Dong | null>();
  private readonly children: number[][];

  /** bit i: an unknown figure of capital index i (0 Cộng, 1 ĐT, 2 SN) / measure index i reads as 0 */
  private readonly zeroCapitals: number;
  private readonly zeroMeasures: number;
  /** it lists every source of its table: a source it leaves out is 0 */
  private readonly sourcesListed: boolean;

  constructor(readonly tree: Tree, readonly completeness: Completeness, claims: Iterable<Claim> = []) {
    this.children = summableChildIndexes(tree);
    const scope = completeness.scope;
    const caps = scope ? scope.capitals.map((c) => (c === 'DT' ? 1 : 2)) : [1, 2];
    this.zeroCapitals = !completeness.missingIsZero ? 0 : caps.reduce((m, i) => m | (1 << i), caps.length === 2 ? 1 : 0);
    this.zeroMeasures = !completeness.missingIsZero ? 0 : scope ? scope.measures.reduce((m, x) => m | (1 << M[x]), 0) : 0xff;
    this.sourcesListed = completeness.missingIsZero && (!scope?.sources || SOURCES.every((x) => scope.sources!.includes(x)));
    for (const c of claims) this.index(c);
  }

  /** Replaces (or with null, removes) the claim at a cell and forgets what depended on it. */
  update(cell: Cell, claim: Claim | null, key: number | null = this.cellKey(cell)): void {
    if (key === null) return;
    const old = this.stated.get(key);
    if (old) this.unindex(old, key);
    if (claim) this.index(claim, key);
    // while a book is being loaded nothing has been derived yet: nothing to forget
    if (this.memo.size > 0) this.invalidate(cell);
  }

  // ── by cell number (see cell.ts): what the engine's checks use ────────────
  /** The cell's number, or null for a row the tree does not have (such a cell has no value). */
  cellKey(cell: Cell): number | null {
    const row = this.tree.indexOf.get(cell.rowId);
    return row === undefined ? null : cellNumber(row, cell);
  }

  figureAt(key: number): Figure | null {
    const claim = this.stated.get(key);
    if (claim) return statedFigure(claim);
    if (key % 8 === M.rate) {
      const rate = this.derivedRate(key);
      return rate ? { kind: 'rate', rate, stated: false } : null;
    }
    const v = this.moneyAt(key);
    return v === null ? null : { kind: 'money', dong: v, stated: false };
  }

  /** Nothing stated for this origin and year. */
  isEmpty(): boolean {
    return this.stated.size === 0;
  }

  statedAt(key: number): Claim | undefined {
    return this.stated.get(key);
  }

  deriveAt(key: number, how: 'capital' | 'children' | 'flow' | 'sources'): Dong | null {
    return this.derive(key, how);
  }

  hasChildren(key: number): boolean {
    return (this.children[Math.floor(key / STRIDE.row)]?.length ?? 0) > 0;
  }

  hasSources(key: number): boolean {
    return (this.bySource.get(key)?.size ?? 0) > 0;
  }

  /** The stated claims behind the operands of one derivation of a cell (for a flag). */
  contributorsOf(key: number, how: Derivation, limit = 50): Claim[] {
    const out: Claim[] = [];
    for (const part of this.operandKeys(key, how)) out.push(...this.contributorsAt(part, limit - out.length));
    return out;
  }

  contributorsAt(key: number, limit = 50): Claim[] {
    const out: Claim[] = [];
    const walk = (k: number) => {
      if (out.length >= limit) return;
      const claim = this.stated.get(k);
      if (claim) {
        out.push(claim);
        return;
      }
      const how = this.howDerived(k);
      if (how) for (const part of this.operandKeys(k, how)) walk(part);
    };
    walk(key);
    return out;
  }

  // ── the numeric core ─────────────────────────────────────────────────────
  // Only a derived cell's value is remembered, not how it was derived (asked again for a flag's
  // contributors): an object per cell was most of the engine's garbage.
  moneyAt(key: number): Dong | null {
    const claim = this.stated.get(key);
    if (claim) return claim.key.measure === 'rate' ? null : (claim.value as Dong);
    if (key % 8 === M.rate) return null;
    let v = this.memo.get(key);
    if (v === undefined) {
      v = this.derivedMoney(key);
      this.memo.set(key, v);
    }
    return v;
  }

  /** The money of a cell nobody stated: the first derivation that gives one. */
  private derivedMoney(key: number): Dong | null {
    for (const how of derivationsOf(key)) {
      const v = this.derive(key, how);
      if (v !== null) return v;
    }
    return null;
  }

  /** Which derivation gives a cell nobody stated its value, if any. */
  private howDerived(key: number): Derived | null {
    if (key % 8 === M.rate) return this.derivedRate(key) ? 'flow' : null;
    for (const how of derivationsOf(key)) if (this.derive(key, how) !== null) return how;
    return null;
  }

  private derive(key: number, how: 'capital' | 'children' | 'flow' | 'sources'): Dong | null {
    switch (how) {
      case 'capital': {
        if (capitalOf(key) !== 0) return null;
        return sum2(this.moneyAt(key + STRIDE.capital), this.moneyAt(key + 2 * STRIDE.capital), this.zero(key));
      }
      case 'children': {
        const kids = this.children[Math.floor(key / STRIDE.row)];
        if (!kids || kids.length === 0) return null;
        const base = key % STRIDE.row;
        let total = 0;
        let any = false;
        for (const row of kids) {
          const v = this.moneyAt(row * STRIDE.row + base);
          if (v === null) {
            if (!this.zero(key) || this.splitUnsaid(row * STRIDE.row + base)) return null;
            continue;
          }
          total += v;
          any = true;
        }
        return any ? dong(total) : null;
      }
      case 'flow': {
        const m = key % 8;
        if (m === M.available) return this.available(key - m);
        if (m === M.carry_out) return this.carryOut(key - m);
        return null;
      }
      case 'sources': {
        const parts = this.bySource.get(key);
        if (!parts || parts.size === 0) return null;
        // a decision of central-budget money says nothing of local money: its NSTW is not the
        // total of every source unless the origin lists them all, or states each one
        if (!this.sourcesListed && parts.size < SOURCES.length) return null;
        let total = 0;
        for (const c of parts.values()) total += c.value as Dong;
        return dong(total);
      }
    }
  }

  /** available = carry_in + allocated + adjusted: in the books once any of them is known; in
   * a document once carry-in and allocation are (adjustments are rare and stated when made) */
  private available(base: number): Dong | null {
    const c = this.moneyAt(base + M.carry_in);
    const a = this.moneyAt(base + M.allocated);
    if ((a === null && !this.zero(base + M.allocated)) || (c === null && !this.zero(base + M.carry_in))) return null;
    // summed pairwise: an array of three per cell was most of what a full check allocated here
    return sum2(sum2(c, a, true), this.moneyAt(base + M.adjusted), true);
  }

  /** carry_out = available − disbursed − cancelled: not known before anything is disbursed */
  private carryOut(base: number): Dong | null {
    const a = this.moneyAt(base + M.available);
    const d = this.moneyAt(base + M.disbursed);
    const c = this.moneyAt(base + M.cancelled);
    if (a === null || (d === null && c === null)) return null;
    if (d === null && !this.zero(base + M.disbursed)) return null;
    return dong(a - (d ?? 0) - (c ?? 0));
  }

  /** Whether an unknown figure at this cell reads as 0: the origin lists every line of a table
   * holding this capital type (for Cộng: both) and this measure. */
  private zero(key: number): boolean {
    return ((this.zeroCapitals >> capitalOf(key)) & 1) === 1 && ((this.zeroMeasures >> (key % 8)) & 1) === 1;
  }

  /** A source's share of a row whose total is stated without its sources (her books give the
   * line 25.000 for every source together): unknown, not 0, even where silence reads as 0. */
  private splitUnsaid(key: number): boolean {
    const source = sourceOf(key);
    if (source === 0) return false;
    const total = key - source * STRIDE.source;
    return this.stated.get(total) !== undefined && !this.hasSources(total);
  }

  private derivedRate(key: number): Rate | null {
    const base = key - M.rate;
    const disbursed = this.moneyAt(base + M.disbursed);
    const available = this.moneyAt(base + M.available);
    if (disbursed === null || available === null) return null;
    return computeRate(disbursed, available);
  }

  private operandKeys(key: number, how: Derivation): number[] {
    const m = key % 8;
    switch (how) {
      case 'capital':
        return capitalOf(key) === 0 ? [key + STRIDE.capital, key + 2 * STRIDE.capital] : [];
      case 'children':
        return (this.children[Math.floor(key / STRIDE.row)] ?? []).map((row) => row * STRIDE.row + (key % STRIDE.row));
      case 'flow':
        if (m === M.available) return [M.carry_in, M.allocated, M.adjusted].map((x) => key - m + x);
        if (m === M.carry_out) return [M.available, M.disbursed, M.cancelled].map((x) => key - m + x);
        if (m === M.rate) return [M.disbursed, M.available].map((x) => key - m + x);
        return [];
      case 'sources':
        return [...(this.bySource.get(key)?.values() ?? [])].map((c) => this.cellKey(cellOfClaim(c))!);
      default:
        return [];
    }
  }

  // ── keys, index, invalidation ─────────────────────────────────────────────

  private index(c: Claim, key: number | null = this.cellKey(cellOfClaim(c))): void {
    if (key === null) return;
    this.stated.set(key, c);
    const source = sourceOf(key);
    if (source !== 0) {
      const total = key - source * STRIDE.source;
      const map = this.bySource.get(total) ?? new Map<Source, Claim>();
      map.set(c.key.source!, c);
      this.bySource.set(total, map);
    }
  }

  private unindex(c: Claim, key: number | null): void {
    if (key === null) return;
    this.stated.delete(key);
    const source = sourceOf(key);
    if (source !== 0) this.bySource.get(key - source * STRIDE.source)?.delete(c.key.source!);
  }

  /** Forgets the cell and every cell derived from it: its ancestors, Cộng, the source total,
   * and the measures computed from it. */
  private invalidate(cell: Cell): void {
    for (const c of upwardClosure(this.tree, cell)) {
      const key = this.cellKey(c);
      if (key !== null) this.memo.delete(key);
    }
  }
}

const capitalOf = (key: number) => Math.floor(key / STRIDE.capital) % 3;
const sourceOf = (key: number) => Math.floor(key / STRIDE.source) % 5;
const statedFigure = (claim: Claim): Figure => claim.key.measure === 'rate'
  ? { kind: 'rate', rate: claim.value as Rate, stated: true }
  : { kind: 'money', dong: claim.value as Dong, stated: true };

/** The ways to a cell's value, in the order they are tried: Cộng from the row's own ĐT + SN first
 * (a parent may state one capital type itself while its children carry the other), then the
 * children, the flow identities, and for a total over sources its sources. */
const DERIVATIONS: readonly (readonly Derived[])[] = [
  ['children', 'flow'], ['capital', 'children', 'flow'], ['children', 'flow', 'sources'], ['capital', 'children', 'flow', 'sources'],
];
const derivationsOf = (key: number) => DERIVATIONS[(capitalOf(key) === 0 ? 1 : 0) + (sourceOf(key) === 0 ? 2 : 0)]!;
