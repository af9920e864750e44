// A statement's rows to her lines, then to claims of the `treasury` origin as of the period's end:
// the codes she mapped, or the line a row's content names; a code neither gives is refused with
// every such code and its cell.
import type { Claim, MoneyMeasure } from '../../../shared/claim';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import { type MappedLine, type TreasuryKey, lineOf, treasuryKey } from '../../../shared/treasury/mapping';
import type { TreasuryPeriod } from '../../../shared/treasury/period';
import type { StatementRow } from '../../../shared/treasury/statement';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import { catalogOf, knownNodes } from '../book/tree-of-book';
import type { StatementFile } from './read-statement';

export const treasuryOriginId = (p: TreasuryPeriod) => `kbnn-${p.id}`;
export const lineId = (node: string, capital: string | null) => `${node}|${capital ?? ''}`;

export interface MappedRow {
  row: StatementRow;
  key: TreasuryKey;
  line: MappedLine;
  set: boolean;
}

export function mapRows(book: Book, program: string, s: StatementFile): MappedRow[] {
  const catalog = catalogOf(book, program);
  const map = book.tables.treasuryMap() ?? {};
  const nodes = knownNodes(book, program);
  // a code is one line: its rows of other expense items (02a's mã NDKT), often without content,
  // go where the first row that names it goes
  const byKey = new Map<TreasuryKey, { line: MappedLine; set: boolean }>();
  for (const row of s.rows) {
    const key = treasuryKey(row.codes);
    const found = byKey.has(key) ? null : lineOf(map, key, row.content, catalog);
    if (found && nodes.has(found.line.node)) byKey.set(key, found);
  }
  const missing: { key: string; at: string; content: string }[] = [];
  const rows: MappedRow[] = [];
  for (const row of s.rows) {
    const key = treasuryKey(row.codes);
    const found = byKey.get(key);
    if (!found) missing.push({ key, at: row.at, content: row.content });
    else rows.push({ row, key, ...found });
  }
  if (missing.length) throw new UserError(TREASURY_MSG.unmapped(s.file, missing), undefined, { unmapped: [...new Set(missing.map((m) => m.key))] });
  return rows;
}

/** The statement's figures by her line, capital type and measure (keys of one line add up). */
export function claimsOf(rows: readonly MappedRow[], program: string, period: TreasuryPeriod, s: StatementFile): Claim[] {
  const byCell = new Map<string, { claim: Claim; codes: string[] }>();
  for (const r of rows) {
    for (const [measure, dong] of Object.entries(r.row.figures) as [MoneyMeasure, number][]) {
      const id = `${lineId(r.line.node, r.line.capital)}|${measure}`;
      const was = byCell.get(id);
      const value = (was ? (was.claim.value as number) : 0) + dong;
      const codes = [...(was?.codes ?? []), r.key];
      const key = { origin: treasuryOriginId(period), program, period: { from: period.year, to: period.year }, node: r.line.node, unit: null, capital: r.line.capital, source: null, measure };
      byCell.set(id, { codes, claim: { key, value: value as never, asOf: period.end, note: TREASURY_MSG.note(codes.join(', '), s.file, r.row.at) } });
    }
  }
  return [...byCell.values()].map((v) => v.claim);
}
