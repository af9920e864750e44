// The value of any cell of one origin and one year: the stated claim when there is one, else a
// value derived from what was stated (parents from children, Cộng from ĐT + SN, a total from its
// sources, available and carry-out from the flow identities, the rate from disbursed /
// available). Derivation only ever looks down (to parts, never to totals), so a stated total is
// always checked against figures that do not depend on it. Nothing derived is stored.
import type { Capital, Claim, Measure, MoneyMeasure, Source } from '../claim';
import { rowKeyId } from '../catalog';
import { type Dong, dong } from '../money';
import { type Rate, computeRate } from '../rate';
import type { Tree, TreeRow } from '../sheet/tree';
import { type Cell, cellNumber, dependentMeasures } from './cell';

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
}

export type Derivation = 'stated' | 'capital' | 'children' | 'flow' | 'sources';
interface Memo {
  figure: Figure | null;
  how: Derivation | null;
}

const NOTHING: Memo = { figure: null, how: null };

export class FigureEvaluator {
  private readonly stated = new Map<number, Claim>();
  /** stated claims split by source, under the key of their source-less total */
  private readonly bySource = new Map<number, Map<Source, Claim>>();
  private readonly memo = new Map<number, Memo>();

  constructor(readonly tree: Tree, readonly completeness: Completeness, claims: Iterable<Claim> = []) {
    for (const c of claims) this.index(c);
  }

  figure(rowId: string, capital: Capital | null, source: Source | null, measure: Measure): Figure | null {
    return this.resolve({ rowId, capital, source, measure }).figure;
  }

  money(rowId: string, capital: Capital | null, source: Source | null, measure: MoneyMeasure): Dong | null {
    const f = this.figure(rowId, capital, source, measure);
    return f && f.kind === 'money' ? f.dong : null;
  }

  statedClaim(cell: Cell): Claim | undefined {
    const key = this.keyOf(cell);
    return key === null ? undefined : this.stated.get(key);
  }

  /** null for a row the tree does not have: such a cell has no value */
  private keyOf(cell: Cell): number | null {
    const row = this.tree.indexOf.get(cell.rowId);
    return row === undefined ? null : cellNumber(row, cell);
  }

  /** Replaces (or with null, removes) the claim at a cell and forgets what depended on it. */
  update(cell: Cell, claim: Claim | null): void {
    const id = this.keyOf(cell);
    if (id === null) return;
    const old = this.stated.get(id);
    if (old) this.unindex(old);
    if (claim) this.index(claim);
    // while a book is being loaded nothing has been derived yet: nothing to forget
    if (this.memo.size > 0) this.invalidate(cell);
  }

  /** The stated claims a cell's value was made of (for a flag: which figures are involved). */
  contributors(cell: Cell, limit = 50): Claim[] {
    const out: Claim[] = [];
    const walk = (c: Cell) => {
      if (out.length >= limit) return;
      const memo = this.resolve(c);
      if (memo.how === 'stated') out.push(this.stated.get(this.keyOf(c)!)!);
      else if (memo.how) for (const part of this.operands(c, memo.how)) walk(part);
    };
    walk(cell);
    return out;
  }

  private resolve(cell: Cell): Memo {
    const id = this.keyOf(cell);
    if (id === null) return NOTHING;
    let memo = this.memo.get(id);
    if (!memo) {
      memo = this.compute(cell, id);
      this.memo.set(id, memo);
    }
    return memo;
  }

  private compute(cell: Cell, id: number): Memo {
    const claim = this.stated.get(id);
    if (claim) {
      const figure: Figure = claim.key.measure === 'rate'
        ? { kind: 'rate', rate: claim.value as Rate, stated: true }
        : { kind: 'money', dong: claim.value as Dong, stated: true };
      return { figure, how: 'stated' };
    }
    if (cell.measure === 'rate') return this.derivedRate(cell);
    for (const how of this.derivationOrder(cell)) {
      const value = this.combine(cell, how);
      if (value !== null) return { figure: { kind: 'money', dong: value, stated: false }, how };
    }
    return { figure: null, how: null };
  }

  /** Cộng from the row's own ĐT + SN first: a parent may state one capital type itself while
   * its children carry the other. */
  private derivationOrder(cell: Cell): Derivation[] {
    const order: Derivation[] = [];
    if (cell.capital === null) order.push('capital');
    order.push('children', 'flow');
    if (cell.source === null) order.push('sources');
    return order;
  }

  private derivedRate(cell: Cell): Memo {
    const disbursed = this.resolve({ ...cell, measure: 'disbursed' }).figure;
    const available = this.resolve({ ...cell, measure: 'available' }).figure;
    if (disbursed?.kind !== 'money' || available?.kind !== 'money') return { figure: null, how: null };
    const rate = computeRate(disbursed.dong, available.dong);
    return rate ? { figure: { kind: 'rate', rate, stated: false }, how: 'flow' } : { figure: null, how: null };
  }

  /** The value of a cell by one derivation, whatever is stated at the cell itself: what a
   * stated total is checked against. */
  deriveBy(cell: Cell, how: 'capital' | 'children' | 'flow' | 'sources'): Dong | null {
    return this.combine(cell, how);
  }

  private combine(cell: Cell, how: Derivation): Dong | null {
    const parts = this.operands(cell, how);
    if (parts.length === 0) return null;
    if (how === 'flow' && cell.measure === 'carry_out') return this.carryOut(parts);
    if (how === 'flow') return this.available(parts);
    if (how === 'sources') return sum(parts.map((p) => this.valueOf(p)), true);
    return sum(parts.map((p) => this.valueOf(p)), this.completeness.missingIsZero);
  }

  /** available = carry_in + allocated + adjusted: in the books once any of them is known; in
   * a document once carry-in and allocation are (adjustments are rare and stated when made) */
  private available([carryIn, allocated, adjusted]: Cell[]): Dong | null {
    const a = this.valueOf(allocated!);
    const c = this.valueOf(carryIn!);
    if (!this.completeness.missingIsZero && (a === null || c === null)) return null;
    return sum([c, a, this.valueOf(adjusted!)], true);
  }

  /** carry_out = available − disbursed − cancelled: not known before anything is disbursed */
  private carryOut([available, disbursed, cancelled]: Cell[]): Dong | null {
    const a = this.valueOf(available!);
    const d = this.valueOf(disbursed!);
    const c = this.valueOf(cancelled!);
    if (a === null || (d === null && c === null)) return null;
    if (d === null && !this.completeness.missingIsZero) return null;
    return dong(a - (d ?? 0) - (c ?? 0));
  }

  private valueOf(cell: Cell): Dong | null {
    const f = this.resolve(cell).figure;
    return f && f.kind === 'money' ? f.dong : null;
  }

  operands(cell: Cell, how: Derivation): Cell[] {
    switch (how) {
      case 'capital':
        return [{ ...cell, capital: 'DT' }, { ...cell, capital: 'SN' }];
      case 'children':
        return this.summableChildren(cell.rowId).map((row) => ({ ...cell, rowId: row.id }));
      case 'flow':
        if (cell.measure === 'available') return (['carry_in', 'allocated', 'adjusted'] as const).map((measure) => ({ ...cell, measure }));
        if (cell.measure === 'carry_out') return (['available', 'disbursed', 'cancelled'] as const).map((measure) => ({ ...cell, measure }));
        if (cell.measure === 'rate') return (['disbursed', 'available'] as const).map((measure) => ({ ...cell, measure }));
        return [];
      case 'sources':
        return [...(this.bySource.get(this.keyOf(cell) ?? -1)?.keys() ?? [])].map((source) => ({ ...cell, source }));
      default:
        return [];
    }
  }

  summableChildren(rowId: string): TreeRow[] {
    const row = this.tree.byId.get(rowId);
    if (!row) return [];
    const kids: TreeRow[] = [];
    for (const id of row.childIds) {
      const child = this.tree.byId.get(id);
      if (child && !child.memo) kids.push(child);
    }
    return kids;
  }

  private index(c: Claim): void {
    const cell = cellOfClaim(c);
    const id = this.keyOf(cell);
    if (id === null) return;
    this.stated.set(id, c);
    if (cell.source !== null) {
      const totalId = this.keyOf({ ...cell, source: null })!;
      const map = this.bySource.get(totalId) ?? new Map<Source, Claim>();
      map.set(cell.source, c);
      this.bySource.set(totalId, map);
    }
  }

  private unindex(c: Claim): void {
    const cell = cellOfClaim(c);
    const id = this.keyOf(cell);
    if (id === null) return;
    this.stated.delete(id);
    if (cell.source !== null) this.bySource.get(this.keyOf({ ...cell, source: null })!)?.delete(cell.source);
  }

  /** Forgets the cell and every cell derived from it: its ancestors, Cộng, the source total,
   * and the measures computed from it. */
  private invalidate(cell: Cell): void {
    for (const c of upwardClosure(this.tree, cell)) {
      const key = this.keyOf(c);
      if (key !== null) this.memo.delete(key);
    }
  }
}

export function cellOfClaim(c: Claim): Cell {
  return { rowId: rowKeyId(c.key), capital: c.key.capital, source: c.key.source, measure: c.key.measure };
}

/** Every cell whose derived value may change when `cell` changes. */
export function upwardClosure(tree: Tree, cell: Cell): Cell[] {
  const rows: string[] = [];
  for (let id: string | null = cell.rowId; id !== null; id = tree.byId.get(id)?.parentId ?? null) {
    rows.push(id);
    if (!tree.byId.has(id)) break;
  }
  const capitals = cell.capital === null ? [null] : [cell.capital, null];
  const sources = cell.source === null ? [null] : [cell.source, null];
  const out: Cell[] = [];
  for (const rowId of rows) {
    for (const capital of capitals) {
      for (const source of sources) {
        for (const measure of dependentMeasures(cell.measure)) out.push({ rowId, capital, source, measure });
      }
    }
  }
  return out;
}

/** The sum of the known parts; with `missingIsZero` false, null as soon as one is unknown. */
export function sum(values: readonly (Dong | null)[], missingIsZero: boolean): Dong | null {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (v === null) {
      if (!missingIsZero) return null;
      continue;
    }
    total += v;
    any = true;
  }
  return any ? dong(total) : null;
}
