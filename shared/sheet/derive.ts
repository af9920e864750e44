// What a cell shows: the stated claim when there is one, otherwise a value derived from what was
// stated (parents from children, Cộng from ĐT + SN, available and carry-out from the flow
// identities, rate from disbursed / available). Derived values are never stored.
import type { Capital, Claim, MoneyMeasure } from '../claim';
import { type Dong, dong } from '../money';
import { type Rate, computeRate } from '../rate';
import { rowKeyId } from '../catalog';
import type { Tree, TreeRow } from './tree';

export type Figure =
  | { kind: 'money'; dong: Dong; stated: boolean }
  | { kind: 'rate'; rate: Rate; stated: boolean };

type CellKey = string;
const cellKey = (rowId: string, capital: Capital | null, measure: string) => `${rowId}|${capital ?? ''}|${measure}`;

/** Evaluates cells of one origin and one period over a tree, memoised. */
export class SheetEvaluator {
  private readonly stated = new Map<CellKey, Claim>();
  private readonly bySource = new Map<CellKey, Dong[]>();
  private readonly memo = new Map<CellKey, Figure | null>();

  constructor(private readonly tree: Tree, claims: Iterable<Claim>) {
    for (const c of claims) {
      const key = cellKey(rowKeyId(c.key), c.key.capital, c.key.measure);
      if (c.key.source === null) this.stated.set(key, c);
      else if (c.key.measure !== 'rate') {
        const list = this.bySource.get(key) ?? [];
        list.push(c.value as Dong);
        this.bySource.set(key, list);
      }
    }
  }

  figure(row: TreeRow, capital: Capital | null, measure: MoneyMeasure | 'rate'): Figure | null {
    const key = cellKey(row.id, capital, measure);
    if (this.memo.has(key)) return this.memo.get(key)!;
    const found = this.compute(row, capital, measure, key);
    this.memo.set(key, found);
    return found;
  }

  money(row: TreeRow, capital: Capital | null, measure: MoneyMeasure): Dong | null {
    const f = this.figure(row, capital, measure);
    return f && f.kind === 'money' ? f.dong : null;
  }

  private compute(row: TreeRow, capital: Capital | null, measure: MoneyMeasure | 'rate', key: CellKey): Figure | null {
    const claim = this.stated.get(key);
    if (claim) {
      return claim.key.measure === 'rate'
        ? { kind: 'rate', rate: claim.value as Rate, stated: true }
        : { kind: 'money', dong: claim.value as Dong, stated: true };
    }
    if (measure === 'rate') return this.derivedRate(row, capital);
    const value = this.derivedMoney(row, capital, measure, key);
    return value === null ? null : { kind: 'money', dong: value, stated: false };
  }

  private derivedRate(row: TreeRow, capital: Capital | null): Figure | null {
    const disbursed = this.money(row, capital, 'disbursed');
    const available = this.money(row, capital, 'available');
    if (disbursed === null || available === null) return null;
    const rate = computeRate(disbursed, available);
    return rate ? { kind: 'rate', rate, stated: false } : null;
  }

  private derivedMoney(row: TreeRow, capital: Capital | null, measure: MoneyMeasure, key: CellKey): Dong | null {
    // Cộng from the row's own ĐT + SN first: a parent may state one capital type itself
    // while its children carry the other
    if (capital === null) {
      const split = sumDefined([this.money(row, 'DT', measure), this.money(row, 'SN', measure)]);
      if (split !== null) return split;
    }
    const parts = this.summableChildren(row);
    if (parts.length > 0) {
      const sum = sumDefined(parts.map((child) => this.money(child, capital, measure)));
      if (sum !== null) return sum;
    }
    const flow = this.flowIdentity(row, capital, measure);
    if (flow !== null) return flow;
    return sumDefined(this.bySource.get(key) ?? []);
  }

  /** available = carry_in + allocated + adjusted; carry_out = available − disbursed − cancelled */
  private flowIdentity(row: TreeRow, capital: Capital | null, measure: MoneyMeasure): Dong | null {
    if (measure === 'available') {
      return sumDefined([
        this.money(row, capital, 'carry_in'),
        this.money(row, capital, 'allocated'),
        this.money(row, capital, 'adjusted'),
      ]);
    }
    if (measure === 'carry_out') {
      const available = this.money(row, capital, 'available');
      const disbursed = this.money(row, capital, 'disbursed');
      const cancelled = this.money(row, capital, 'cancelled');
      // with nothing spent or cancelled yet, carry-out is not known, not "everything"
      if (available === null || (disbursed === null && cancelled === null)) return null;
      return dong(available - (disbursed ?? 0) - (cancelled ?? 0));
    }
    return null;
  }

  private summableChildren(row: TreeRow): TreeRow[] {
    const kids: TreeRow[] = [];
    for (const id of row.childIds) {
      const child = this.tree.byId.get(id);
      if (child && !child.memo) kids.push(child);
    }
    return kids;
  }
}

function sumDefined(values: readonly (Dong | null)[]): Dong | null {
  let total = 0;
  let any = false;
  for (const v of values) {
    if (v === null) continue;
    total += v;
    any = true;
  }
  return any ? dong(total) : null;
}
