// Where each flag shows in the grid: the cell of the stated claim it sits on, and, when it sets
// that figure against another origin, the same cell of that origin (her books' cell too: she
// works there). A cell shows only in the sheet of its origin and year, with no particular source.
import type { Flag, Severity } from '../../../shared/reconcile/flag';
import { type ColumnId, columnId } from '../../../shared/sheet/columns';
import { rowKeyId } from '../../../shared/catalog';
import { RULES, type RuleId } from '../../../shared/reconcile/rules';

export interface CellMark {
  severity: Severity;
  /** every flag on the cell is explained */
  explained: boolean;
  messages: string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, rounding: 2 };

export interface FlagCell {
  rowId: string;
  column: ColumnId;
  origin: string;
  year: number | null;
}

export function flagCell(f: Flag): FlagCell | null {
  const site = f.claims[0];
  if (!site || site.source !== null) return null;
  return { rowId: rowKeyId(site), column: columnId(site.measure, site.capital), origin: site.origin, year: site.year ?? null };
}

/** Every cell a flag involves: its site, and the same cell in each origin it is set against. */
export function flagCells(f: Flag): FlagCell[] {
  const site = flagCell(f);
  if (!site) return [];
  if (f.rule !== 'cross-origin') return [site];
  const others = new Set(f.claims.slice(1).map((c) => c.origin).filter((o) => o !== site.origin));
  return [site, ...[...others].map((origin) => ({ ...site, origin }))];
}

/** The cell of a flag in the origin she is looking at, if the flag involves it. */
export function flagCellIn(f: Flag, origin: string): FlagCell | null {
  return flagCells(f).find((c) => c.origin === origin) ?? null;
}

export function cellMarks(flags: readonly Flag[], origin: string, year: number): Map<string, Map<ColumnId, CellMark>> {
  const marks = new Map<string, Map<ColumnId, CellMark>>();
  for (const f of flags) {
    const at = flagCellIn(f, origin);
    if (!at || at.year !== year) continue;
    const row = marks.get(at.rowId) ?? new Map<ColumnId, CellMark>();
    const mark = row.get(at.column);
    const text = `${RULES[f.rule as RuleId]?.title ?? f.rule}. ${f.message}${f.explained ? ` Đã giải trình: ${f.explained}` : ''}`;
    if (!mark) row.set(at.column, { severity: f.severity, explained: f.explained !== null, messages: [text] });
    else {
      if (RANK[f.severity] < RANK[mark.severity]) mark.severity = f.severity;
      mark.explained &&= f.explained !== null;
      mark.messages.push(text);
    }
    marks.set(at.rowId, row);
  }
  return marks;
}
