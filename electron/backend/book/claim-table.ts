// The claims of a book: every figure any origin states, one row per key and as-of date.
import { CAPITALS, type Claim, type ClaimKey, MEASURES, SOURCES } from '../../../shared/claim';
import type { ClaimState } from '../../../shared/book-change';
import { dong } from '../../../shared/money';
import type { Steps } from '../../../shared/steps';
import type { BookFile } from './book-file';
import { type ClaimRow, ClaimRows, keyParams, readClaimRows } from './claim-rows';

export interface ClaimFilter {
  program: string;
  origin?: string;
  year?: number;
  /** in the order they were written (exports); otherwise in index order, which is cheaper */
  ordered?: boolean;
  /** only claims about a period of several years (a report template asks for them apart) */
  periods?: boolean;
  /** in whatever order is cheapest to read a whole programme in (the table's): for the engine,
   * whose flags do not depend on the order of the claims */
  anyOrder?: boolean;
}

const CLAIM_COLUMNS = 'origin, program, year_from, year_to, node, unit, capital, source, measure, amount, decimals, as_of, note';

/** SQL giving a text column as the position of its value in `values`, counted from `from` (any
 * other value, '' among them: NULL). The columns' CHECK constraints keep them to these values. */
function position(column: string, values: readonly string[], from: number): string {
  return `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i + from}`).join(' ')} END`;
}

/** The columns of a read of many claims, as claim-rows.ts takes them: capital, source and
 * measure as numbers, and no programme (the query names it). */
const CLAIM_ROW_COLUMNS = [
  'origin', 'year_from', 'year_to', 'node', 'unit', position('capital', CAPITALS, 1), position('source', SOURCES, 1),
  position('measure', MEASURES, 0), 'amount', 'decimals', 'as_of', 'note',
].join(', ');

/** The columns of a claim's key after programme, year and origin, in the order of its index:
 * a page of a year's claims ends at one of these. */
const KEY_TAIL = ['node', 'unit', 'capital', 'source', 'measure', 'as_of'] as const;

/** Claims read at once between two turns of a window's back end (a few milliseconds). */
const CLAIM_PAGE = 1000;

const KEY_WHERE = 'program = @program AND year_from = @year_from AND origin = @origin AND year_to = @year_to AND node = @node AND unit = @unit AND capital = @capital AND source = @source AND measure = @measure';

export class ClaimTable {
  constructor(private readonly file: BookFile) {}

  select(filter: ClaimFilter): Claim[] {
    const where = ['program = @program'];
    if (filter.origin !== undefined) where.push('origin = @origin');
    if (filter.year !== undefined) where.push('year_from = @year AND year_to = @year');
    if (filter.periods) where.push('year_from <> year_to');
    const order = filter.ordered ? ' ORDER BY id' : '';
    const params = { program: filter.program, origin: filter.origin, year: filter.year };
    // a whole programme is most of the table: reading the table through is cheaper than
    // following the index to every row
    const plan = filter.anyOrder ? 'NOT INDEXED ' : '';
    const rows = this.file.statement(`SELECT ${CLAIM_ROW_COLUMNS} FROM claims ${plan}WHERE ${where.join(' AND ')}${order}`).raw(true);
    return readClaimRows(rows.iterate(params), filter.program);
  }

  /** A year's claims of one origin, as `select` gives them, read a page at a time in the
   * order of the claims' key (its index): the caller may let other work through between pages.
   * Each page is a statement run to its end, so the book is free between them; a write between
   * two pages shows in the book's write stamp, and the caller then throws the read away. */
  *yearInSteps(program: string, origin: string, year: number, pageSize = CLAIM_PAGE): Steps<Claim[]> {
    const reader = new ClaimRows(program);
    const claims: Claim[] = [];
    const base = `SELECT ${CLAIM_ROW_COLUMNS}, ${KEY_TAIL.join(', ')} FROM claims WHERE program = @program AND year_from = @year AND origin = @origin AND year_to = @year`;
    const order = ` ORDER BY ${KEY_TAIL.join(', ')} LIMIT @pageSize`;
    const first = this.file.statement(base + order).raw(true);
    const next = this.file.statement(`${base} AND (${KEY_TAIL.join(', ')}) > (${KEY_TAIL.map((c) => `@${c}`).join(', ')})${order}`).raw(true);
    const params = { program, origin, year, pageSize };
    let page = first.all(params) as unknown[][];
    for (;;) {
      for (const row of page) claims.push(reader.claim(row as ClaimRow));
      if (page.length < pageSize) return claims;
      yield;
      // where the last page ended: the key's columns after those of the query, as stored
      const last = page.at(-1)!.slice(-KEY_TAIL.length);
      page = next.all({ ...params, ...Object.fromEntries(KEY_TAIL.map((c, i) => [c, last[i]])) }) as unknown[][];
    }
  }

  /** Whether an origin names a source of money in any of its figures of the programme. */
  splitsBySource(program: string, origin: string): boolean {
    return this.file.statement("SELECT 1 FROM claims WHERE program = ? AND origin = ? AND source <> '' LIMIT 1").get(program, origin) !== undefined;
  }

  /** The years the programme has figures of one year for (a period's figures are not a year's).
   * Year by year along the claims' index, each step a seek to the next year: DISTINCT would read
   * the whole index on every window's first question. */
  years(program: string): number[] {
    const rows = this.file.statement(`WITH RECURSIVE years(y) AS (
        SELECT (SELECT min(year_from) FROM claims WHERE program = @program)
        UNION ALL SELECT (SELECT min(year_from) FROM claims WHERE program = @program AND year_from > y) FROM years WHERE y IS NOT NULL)
      SELECT y FROM years
      WHERE y IS NOT NULL AND EXISTS (SELECT 1 FROM claims WHERE program = @program AND year_from = y AND year_to = y)
      ORDER BY y`).all({ program }) as { y: number }[];
    return rows.map((r) => r.y);
  }

  /** The figure of this key in every origin, at every date it was stated ("đến 30/6", "đến 31/12"). */
  ofFigure(key: ClaimKey): Claim[] {
    // origin by origin: the key's index leads with the origin after the year
    const statement = this.readClaims(`WHERE ${KEY_WHERE}`);
    const origins = this.file.statement('SELECT id FROM origins ORDER BY rowid').pluck().all() as string[];
    return origins.flatMap((origin) => (statement.all(keyParams({ ...key, origin })) as RawClaimRow[]).map(rawToClaim));
  }

  find(key: ClaimKey): Claim | null {
    const row = this.readClaims(`WHERE ${KEY_WHERE} ORDER BY as_of DESC LIMIT 1`).get(keyParams(key)) as RawClaimRow | undefined;
    return row ? rawToClaim(row) : null;
  }

  /** The as-of dates a key is stated for (null: undated). */
  datesOf(key: ClaimKey): (string | null)[] {
    const rows = this.file.statement(`SELECT as_of FROM claims WHERE ${KEY_WHERE}`).all(keyParams(key)) as { as_of: string }[];
    return rows.map((r) => r.as_of || null);
  }

  /** A node's claims, or one implementing unit's share of it. */
  ofNode(program: string, node: string, unit: string | null): Claim[] {
    const unitWhere = unit === null ? '' : ' AND unit = @unit';
    return (this.readClaims(`WHERE program = @program AND node = @node${unitWhere}`).all({ program, node, unit: unit ?? '' }) as RawClaimRow[]).map(rawToClaim);
  }

  /** A claim's state as the action log records it. */
  state(key: ClaimKey, asOf: string | null): ClaimState | null {
    const row = this.file.statement(`SELECT amount, decimals, note FROM claims WHERE ${KEY_WHERE} AND as_of = @as_of`).safeIntegers(true)
      .get({ ...keyParams(key), as_of: asOf ?? '' }) as { amount: bigint; decimals: bigint | null; note: string | null } | undefined;
    return row ? { amount: row.amount.toString(), decimals: row.decimals === null ? null : Number(row.decimals), note: row.note } : null;
  }

  /** Every claim as the action log records claim states, for `verify`. */
  *states(): Generator<{ key: ClaimKey; asOf: string | null; state: ClaimState }> {
    const rows = this.file.statement(`SELECT ${CLAIM_COLUMNS} FROM claims`).raw(true).safeIntegers(true).iterate() as IterableIterator<unknown[]>;
    for (const r of rows) {
      const key: ClaimKey = {
        origin: r[0] as string, program: r[1] as string, period: { from: Number(r[2]), to: Number(r[3]) }, node: r[4] as string,
        unit: (r[5] as string) || null, capital: ((r[6] as string) || null) as ClaimKey['capital'], source: ((r[7] as string) || null) as ClaimKey['source'], measure: r[8] as ClaimKey['measure'],
      };
      yield { key, asOf: (r[11] as string) || null, state: { amount: String(r[9]), decimals: r[10] === null ? null : Number(r[10]), note: r[12] as string | null } };
    }
  }

  // ── writes: through an Edit (edit.ts), or a new book's first contents (Book.create) ──
  setState(key: ClaimKey, asOf: string | null, state: ClaimState | null): void {
    if (state === null) {
      this.file.statement(`DELETE FROM claims WHERE ${KEY_WHERE} AND as_of = @as_of`).run({ ...keyParams(key), as_of: asOf ?? '' });
      return;
    }
    const amount = state.decimals === null ? Number(state.amount) : BigInt(state.amount);
    this.upsert({ ...keyParams(key), amount, decimals: state.decimals, as_of: asOf ?? '', note: state.note });
  }

  put(claim: Claim): void {
    this.upsert({ ...keyParams(claim.key), ...valueParams(claim), as_of: claim.asOf ?? '', note: claim.note });
  }

  /** The one statement that writes a claim: a new key is added, a known one (and date) replaced. */
  private upsert(p: ReturnType<typeof keyParams> & { amount: number | bigint; decimals: number | null; as_of: string; note: string | null }): void {
    this.file.statement(`INSERT INTO claims (${CLAIM_COLUMNS}) VALUES (@origin, @program, @year_from, @year_to, @node, @unit, @capital, @source, @measure, @amount, @decimals, @as_of, @note)
      ON CONFLICT (program, year_from, origin, year_to, node, unit, capital, source, measure, as_of)
      DO UPDATE SET amount = excluded.amount, decimals = excluded.decimals, note = excluded.note`).run(p);
  }

  /** Claims come back as raw arrays: a programme is hundreds of thousands of rows, and objects
   * with named fields cost as much as the scan itself. */
  private readClaims(rest: string) {
    return this.file.statement(`SELECT ${CLAIM_COLUMNS} FROM claims ${rest}`).raw(true);
  }
}


function valueParams(c: Claim): { amount: number | bigint; decimals: number | null } {
  if (c.key.measure === 'rate') {
    const rate = c.value as { coefficient: bigint; decimals: number };
    return { amount: rate.coefficient, decimals: rate.decimals };
  }
  return { amount: c.value as number, decimals: null };
}

type RawClaimRow = [string, string, number, number, string, string, string, string, string, number, number | null, string, string | null];

function rawToClaim(r: RawClaimRow): Claim {
  const key = {
    origin: r[0], program: r[1], period: { from: r[2], to: r[3] }, node: r[4], unit: r[5] || null,
    capital: (r[6] || null) as ClaimKey['capital'], source: (r[7] || null) as ClaimKey['source'], measure: r[8] as ClaimKey['measure'],
  };
  const asOf = r[11] || null;
  if (r[8] === 'rate') return { key: key as ClaimKey<'rate'>, value: { coefficient: BigInt(r[9]), decimals: r[10] ?? 0 }, asOf, note: r[12] };
  return { key: key as ClaimKey<Exclude<ClaimKey['measure'], 'rate'>>, value: dong(r[9]), asOf, note: r[12] };
}
