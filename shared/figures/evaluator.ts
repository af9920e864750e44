// The value of any cell of one origin and one year: the stated claim when there is one, else a
// value derived from what was stated by the derivations declared in derivations.ts (parents from
// children, Cộng from ĐT + SN, a total from its sources, available and carry-out from the flow
// identities, the rate from disbursed / available). Derivation only ever looks down, so a stated
// total is always checked against figures that do not depend on it. Nothing derived is stored.
import { CAPITALS, type Claim, type OriginScope, SOURCES, type Source } from '../claim';
import { type Dong, dongOrNull } from '../money';
import { type Rate, computeRate } from '../rate';
import type { Tree } from '../sheet/tree';
import type { Cell } from './cell';
import {
  CAPITAL_INDEX, type CellNo, MEASURE_INDEX, capitalIndexOf, cellNoAt, isCapitalTotal, isSourceTotal, measureIndexOf, measureOf,
  rowOf, sourceTotalOf, withCapital, withMeasure, withRow, withSource,
} from './cell-no';
import { CellMap } from './cell-map';
import { cellOfClaim, upwardClosure } from './closure';
import { CAPITAL_PARTS, type Derivation, type Derived, FLOW_OPERANDS, derivationsOf, flowOperands, ownFirst } from './derivations';
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
  private readonly bySource = new Map<CellNo, Map<Source, Claim>>();
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
    const caps = (scope ? scope.capitals : CAPITALS).map((c) => CAPITAL_INDEX[c]);
    this.zeroCapitals = !completeness.missingIsZero ? 0 : caps.reduce((m, i) => m | (1 << i), caps.length === 2 ? 1 : 0);
    this.zeroMeasures = !completeness.missingIsZero ? 0 : scope ? scope.measures.reduce((m, x) => m | (1 << MEASURE_INDEX[x]), 0) : 0xff;
    this.sourcesListed = completeness.missingIsZero && (!scope?.sources || SOURCES.every((x) => scope.sources!.includes(x)));
    for (const c of claims) this.index(c);
  }

  /** Replaces (or with null, removes) the claim at a cell and forgets what depended on it. */
  update(cell: Cell, claim: Claim | null, key: CellNo | null = this.cellKey(cell)): void {
    if (key === null) return;
    const old = this.stated.get(key);
    if (old) this.unindex(old, key);
    if (claim) this.index(claim, key);
    // while a book is being loaded nothing has been derived yet: nothing to forget
    if (this.memo.size > 0) this.invalidate(cell);
  }

  // ── by cell number (see cell-no.ts): what the engine's checks use ─────────
  /** The cell's number, or null for a row the tree does not have (such a cell has no value). */
  cellKey(cell: Cell): CellNo | null {
    const row = this.tree.indexOf.get(cell.rowId);
    return row === undefined ? null : cellNoAt(row, cell);
  }

  figureAt(key: CellNo): Figure | null {
    const claim = this.stated.get(key);
    if (claim) return statedFigure(claim);
    if (measureIndexOf(key) === RATE) {
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

  statedAt(key: CellNo): Claim | undefined {
    return this.stated.get(key);
  }

  deriveAt(key: CellNo, how: Derived): Dong | null {
    return this.derive(key, how);
  }

  hasChildren(key: CellNo): boolean {
    return this.childRowsOf(key).length > 0;
  }

  hasSources(key: CellNo): boolean {
    return (this.statedSourcesOf(key)?.size ?? 0) > 0;
  }

  /** The stated claims behind the operands of one derivation of a cell (for a flag). */
  contributorsOf(key: CellNo, how: Derivation, limit = 50): Claim[] {
    const out: Claim[] = [];
    for (const part of this.operandsOf(key, how)) out.push(...this.contributorsAt(part, limit - out.length));
    return out;
  }

  contributorsAt(key: CellNo, limit = 50): Claim[] {
    const out: Claim[] = [];
    const walk = (k: CellNo) => {
      if (out.length >= limit) return;
      const claim = this.stated.get(k);
      if (claim) {
        out.push(claim);
        return;
      }
      const how = this.howDerived(k);
      if (how) for (const part of this.operandsOf(k, how)) walk(part);
    };
    walk(key);
    return out;
  }

  // ── the numeric core ─────────────────────────────────────────────────────
  // Only a derived cell's value is remembered, not how it was derived (asked again for a flag's
  // contributors): an object per cell was most of the engine's garbage.
  moneyAt(key: CellNo): Dong | null {
    const claim = this.stated.get(key);
    if (claim) return claim.key.measure === 'rate' ? null : (claim.value as Dong);
    if (measureIndexOf(key) === RATE) return null;
    let v = this.memo.get(key);
    if (v === undefined) {
      v = this.derivedMoney(key);
      this.memo.set(key, v);
    }
    return v;
  }

  /** The money of a cell nobody stated: the first derivation that gives one. */
  private derivedMoney(key: CellNo): Dong | null {
    for (const how of this.waysTo(key)) {
      const v = this.derive(key, how);
      if (v !== null) return v;
    }
    return null;
  }

  /** Which derivation gives a cell nobody stated its value, if any. */
  private howDerived(key: CellNo): Derived | null {
    if (measureIndexOf(key) === RATE) return this.derivedRate(key) ? 'flow' : null;
    for (const how of this.waysTo(key)) if (this.derive(key, how) !== null) return how;
    return null;
  }

  /** The derivations of a cell in the order tried: a row without children has no choice to
   * make; a parent's own statements come before its children's sum (derivations.ts ownFirst). */
  private waysTo(key: CellNo): readonly Derived[] {
    const ways = derivationsOf(key);
    return this.childRowsOf(key).length === 0 ? ways : ownFirst(ways, (how) => this.rowStatesFor(key, how));
  }

  /** Whether the cell's own row states something that the derivation `how` of it reads. */
  private rowStatesFor(key: CellNo, how: Derived): boolean {
    if (how === 'children') return false;
    if (how === 'sources') return this.hasSources(key);
    return this.operandsOf(key, how).some((part) => this.rowStates(part));
  }

  /** Whether the row states this cell, or what its own derivations (not its children) read. */
  private rowStates(key: CellNo): boolean {
    if (this.stated.get(key)) return true;
    return (['capital', 'flow', 'sources'] as const).some((how) => this.rowStatesFor(key, how));
  }

  /** One derivation of a cell from its operands (derivations.ts). */
  private derive(key: CellNo, how: Derived): Dong | null {
    switch (how) {
      case 'capital': {
        if (!isCapitalTotal(key)) return null;
        return sum2(this.moneyAt(withCapital(key, CAPITAL_PARTS[0])), this.moneyAt(withCapital(key, CAPITAL_PARTS[1])), this.zero(key));
      }
      case 'children': {
        const kids = this.childRowsOf(key);
        if (kids.length === 0) return null;
        let total = 0;
        let any = false;
        for (const row of kids) {
          const part = withRow(key, row);
          const v = this.moneyAt(part);
          if (v === null) {
            if (!this.zero(key) || this.splitUnsaid(part)) return null;
            continue;
          }
          total += v;
          any = true;
        }
        return any ? dongOrNull(total) : null;
      }
      case 'flow': {
        const m = measureIndexOf(key);
        if (m === AVAILABLE) return this.available(key);
        if (m === CARRY_OUT) return this.carryOut(key);
        return null;
      }
      case 'sources': {
        const parts = this.statedSourcesOf(key);
        if (!parts || parts.size === 0) return null;
        // a decision of central-budget money says nothing of local money: its NSTW is not the
        // total of every source unless the origin lists them all, or states each one
        if (!this.sourcesListed && parts.size < SOURCES.length) return null;
        let total = 0;
        for (const c of parts.values()) total += c.value as Dong;
        return dongOrNull(total);
      }
    }
  }

  /** available = carry_in + allocated + adjusted: in the books once any of them is known; in
   * a document once carry-in and allocation are (adjustments are rare and stated when made) */
  private available(key: CellNo): Dong | null {
    const operands = FLOW_OPERANDS.available;
    const carryIn = withMeasure(key, operands[0]);
    const allocated = withMeasure(key, operands[1]);
    const c = this.moneyAt(carryIn);
    const a = this.moneyAt(allocated);
    if ((a === null && !this.zero(allocated)) || (c === null && !this.zero(carryIn))) return null;
    // summed pairwise: an array of three per cell was most of what a full check allocated here
    return sum2(sum2(c, a, true), this.moneyAt(withMeasure(key, operands[2])), true);
  }

  /** carry_out = available − disbursed − cancelled: not known before anything is disbursed */
  private carryOut(key: CellNo): Dong | null {
    const operands = FLOW_OPERANDS.carry_out;
    const disbursed = withMeasure(key, operands[1]);
    const a = this.moneyAt(withMeasure(key, operands[0]));
    const d = this.moneyAt(disbursed);
    const c = this.moneyAt(withMeasure(key, operands[2]));
    if (a === null || (d === null && c === null)) return null;
    if (d === null && !this.zero(disbursed)) return null;
    return dongOrNull(a - (d ?? 0) - (c ?? 0));
  }

  /** Whether an unknown figure at this cell reads as 0: the origin lists every line of a table
   * holding this capital type (for Cộng: both) and this measure. */
  private zero(key: CellNo): boolean {
    return ((this.zeroCapitals >> capitalIndexOf(key)) & 1) === 1 && ((this.zeroMeasures >> measureIndexOf(key)) & 1) === 1;
  }

  /** A source's share of a row whose total is stated without its sources (her books give the
   * line 25.000 for every source together): unknown, not 0, even where silence reads as 0. */
  private splitUnsaid(key: CellNo): boolean {
    if (isSourceTotal(key)) return false;
    const total = sourceTotalOf(key);
    return this.stated.get(total) !== undefined && !this.hasSources(total);
  }

  /** rate = disbursed / available */
  private derivedRate(key: CellNo): Rate | null {
    const operands = FLOW_OPERANDS.rate;
    const disbursed = this.moneyAt(withMeasure(key, operands[0]));
    const available = this.moneyAt(withMeasure(key, operands[1]));
    if (disbursed === null || available === null) return null;
    return computeRate(disbursed, available);
  }

  /** The cells one derivation of a cell reads, as derive() reads them. */
  private operandsOf(key: CellNo, how: Derivation): CellNo[] {
    switch (how) {
      case 'capital':
        return isCapitalTotal(key) ? CAPITAL_PARTS.map((capital) => withCapital(key, capital)) : [];
      case 'children':
        return this.childRowsOf(key).map((row) => withRow(key, row));
      case 'flow':
        return flowOperands(measureOf(key)).map((m) => withMeasure(key, m));
      case 'sources':
        return [...(this.statedSourcesOf(key)?.values() ?? [])].map((c) => withSource(key, c.key.source));
      default:
        return [];
    }
  }

  private childRowsOf(key: CellNo): readonly number[] {
    return this.children[rowOf(key)] ?? NO_ROWS;
  }

  /** the claims stated at a total's sources, by source */
  private statedSourcesOf(total: CellNo): ReadonlyMap<Source, Claim> | undefined {
    return this.bySource.get(total);
  }

  // ── keys, index, invalidation ─────────────────────────────────────────────

  private index(c: Claim, key: CellNo | null = this.cellKey(cellOfClaim(c))): void {
    if (key === null) return;
    this.stated.set(key, c);
    if (!isSourceTotal(key)) {
      const total = sourceTotalOf(key);
      const map = this.bySource.get(total) ?? new Map<Source, Claim>();
      map.set(c.key.source!, c);
      this.bySource.set(total, map);
    }
  }

  private unindex(c: Claim, key: CellNo | null): void {
    if (key === null) return;
    this.stated.delete(key);
    if (!isSourceTotal(key)) this.bySource.get(sourceTotalOf(key))?.delete(c.key.source!);
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

const statedFigure = (claim: Claim): Figure => claim.key.measure === 'rate'
  ? { kind: 'rate', rate: claim.value as Rate, stated: true }
  : { kind: 'money', dong: claim.value as Dong, stated: true };
const NO_ROWS: readonly number[] = Object.freeze([]);
// what the hot paths ask of a cell's measure, as the small integers it is held as
const RATE = MEASURE_INDEX.rate;
const AVAILABLE = MEASURE_INDEX.available;
const CARRY_OUT = MEASURE_INDEX.carry_out;
