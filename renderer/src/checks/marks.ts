// Where each flag shows in the grid: the cell of the stated claim it sits on, when that claim
// belongs to the sheet being looked at (same origin and year, no particular source).
import type { Flag, Severity } from '../../../shared/reconcile/flag';
import type { ColumnId } from '../../../shared/sheet/columns';
import { RULES, type RuleId } from '../../../shared/reconcile/rules';

export interface CellMark {
  severity: Severity;
  /** every flag on the cell is explained */
  explained: boolean;
  messages: string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, rounding: 2 };

export function flagCell(f: Flag): { rowId: string; column: ColumnId; origin: string; year: number | null } | null {
  const site = f.claims[0];
  if (!site || site.source !== null) return null;
  const rowId = site.unit === null ? site.node : `${site.node}@${site.unit}`;
  return { rowId, column: `${site.measure}:${site.capital ?? 'ALL'}` as ColumnId, origin: site.origin, year: site.year ?? null };
}

export function cellMarks(flags: readonly Flag[], origin: string, year: number): Map<string, Map<ColumnId, CellMark>> {
  const marks = new Map<string, Map<ColumnId, CellMark>>();
  for (const f of flags) {
    const at = flagCell(f);
    if (!at || at.origin !== origin || at.year !== year) continue;
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
