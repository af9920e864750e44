// Claim rows as SQLite returns them (raw arrays: objects with named fields cost as much as the
// scan itself) into claims. A programme is hundreds of thousands of rows naming a few thousand
// lines, a handful of origins and years: each distinct string and period is kept once, so a
// book's claims hold no copies of them and the garbage collector has less to keep.
import type { Capital, Claim, ClaimKey, Measure, Period, Source } from '../../../shared/claim';
import { dong } from '../../../shared/money';

/** the columns of `CLAIM_COLUMNS` in store.ts, in order */
export type RawClaimRow = [string, string, number, number, string, string, string, string, string, number, number | null, string, string | null];

export class ClaimRows {
  private readonly strings = new Map<string, string>();
  private readonly periods = new Map<number, Period>();

  claim(r: RawClaimRow): Claim {
    const key = {
      origin: this.string(r[0]), program: this.string(r[1]), period: this.period(r[2], r[3]), node: this.string(r[4]),
      unit: r[5] ? this.string(r[5]) : null, capital: (r[6] ? this.string(r[6]) : null) as Capital | null,
      source: (r[7] ? this.string(r[7]) : null) as Source | null, measure: this.string(r[8]) as Measure,
    };
    const asOf = r[11] || null;
    if (r[8] === 'rate') return { key: key as ClaimKey<'rate'>, value: { coefficient: BigInt(r[9]), decimals: r[10] ?? 0 }, asOf, note: r[12] };
    return { key: key as ClaimKey<Exclude<Measure, 'rate'>>, value: dong(r[9]), asOf, note: r[12] };
  }

  private string(s: string): string {
    const kept = this.strings.get(s);
    if (kept !== undefined) return kept;
    this.strings.set(s, s);
    return s;
  }

  /** Shared between claims: a period is a value, never changed in place. */
  private period(from: number, to: number): Period {
    const id = from * 10_000 + to;
    let p = this.periods.get(id);
    if (!p) {
      p = { from, to };
      this.periods.set(id, p);
    }
    return p;
  }
}

/** Every row of a statement, one at a time: the rows themselves are never all held at once. */
export function readClaimRows(rows: Iterable<unknown>): Claim[] {
  const reader = new ClaimRows();
  const out: Claim[] = [];
  for (const r of rows) out.push(reader.claim(r as RawClaimRow));
  return out;
}
