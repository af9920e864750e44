// Claim rows as SQLite returns them (raw arrays: objects with named fields cost as much as the
// scan itself) into claims. A programme is hundreds of thousands of rows naming a few thousand
// lines, a handful of origins and years: each distinct string and period is kept once, so a
// book's claims hold no copies of them and the garbage collector has less to keep. Capital,
// source and measure come as numbers, and the programme not at all (see CLAIM_ROW_COLUMNS in
// claim-table.ts): a string made per value and thrown away was most of the reading.
import { CAPITALS, type Claim, type ClaimKey, MEASURES, type Measure, type Period, SOURCES } from '../../../shared/claim';
import { dong } from '../../../shared/money';

/** The columns of `CLAIM_ROW_COLUMNS` in claim-table.ts, in order: capital and source as their
 * positions in CAPITALS and SOURCES counted from 1 (null: none), measure as its position in
 * MEASURES. */
export type ClaimRow = [string, number, number, string, string, number | null, number | null, number, number, number | null, string, string | null];

const NO_CAPITAL_OR_SOURCE = 0;
const CAPITAL = [null, ...CAPITALS] as const;
const SOURCE = [null, ...SOURCES] as const;

/** A column's distinct strings, each kept once. The rows of one line come together (the table
 * is written line by line), so the previous row's string is tried first: one comparison, where
 * hashing each new string to look it up was a tenth of reading a book. */
class KeptStrings {
  private readonly kept = new Map<string, string>();
  private last = '';
  private lastKept = '';

  of(s: string): string {
    if (s === this.last) return this.lastKept;
    let kept = this.kept.get(s);
    if (kept === undefined) this.kept.set(s, (kept = s));
    this.last = s;
    this.lastKept = kept;
    return kept;
  }
}

export class ClaimRows {
  private readonly origins = new KeptStrings();
  private readonly nodes = new KeptStrings();
  private readonly units = new KeptStrings();
  private readonly periods = new Map<number, Period>();
  private lastPeriod: Period = { from: 0, to: 0 };

  constructor(private readonly program: string) {}

  claim(r: ClaimRow): Claim {
    const measure: Measure = MEASURES[r[7]]!;
    const key = {
      origin: this.origins.of(r[0]), program: this.program, period: this.period(r[1], r[2]), node: this.nodes.of(r[3]),
      unit: r[4] ? this.units.of(r[4]) : null, capital: CAPITAL[r[5] ?? NO_CAPITAL_OR_SOURCE]!, source: SOURCE[r[6] ?? NO_CAPITAL_OR_SOURCE]!, measure,
    };
    const asOf = r[10] || null;
    if (measure === 'rate') return { key: key as ClaimKey<'rate'>, value: { coefficient: BigInt(r[8]), decimals: r[9] ?? 0 }, asOf, note: r[11] };
    return { key: key as ClaimKey<Exclude<Measure, 'rate'>>, value: dong(r[8]), asOf, note: r[11] };
  }

  /** Shared between claims: a period is a value, never changed in place. */
  private period(from: number, to: number): Period {
    if (from === this.lastPeriod.from && to === this.lastPeriod.to) return this.lastPeriod;
    const id = from * 10_000 + to;
    let p = this.periods.get(id);
    if (!p) {
      p = { from, to };
      this.periods.set(id, p);
    }
    this.lastPeriod = p;
    return p;
  }
}

/** Every row of a statement over `CLAIM_ROW_COLUMNS` of one programme, one at a time: the rows
 * themselves are never all held at once. */
export function readClaimRows(rows: Iterable<unknown>, program: string): Claim[] {
  const reader = new ClaimRows(program);
  const out: Claim[] = [];
  for (const r of rows) out.push(reader.claim(r as ClaimRow));
  return out;
}

/** A claim's key as the columns of the claims table (and the log's claim targets) hold it: no
 * unit, capital or source is '' there, not NULL, so the key's unique index sees them. */
export function keyParams(k: ClaimKey) {
  return {
    origin: k.origin, program: k.program, year_from: k.period.from, year_to: k.period.to, node: k.node,
    unit: k.unit ?? '', capital: k.capital ?? '', source: k.source ?? '', measure: k.measure,
  };
}
