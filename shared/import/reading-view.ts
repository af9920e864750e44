// The reading drawn over the sheet for the wizard: the table's own cells (header rows, then the
// rows it read), a line above each column saying what it is read as, each row's role at its
// left, and her figures' cells to highlight. Plain text and flags: the renderer only draws it.
import { ROW_ROLE_LABEL, columnMeaning, decisionText, doubtText } from '../i18n/import';
import type { Capital, Measure } from '../claim';
import { formatVi } from '../decimal';
import { cellDecimal } from './cell-value';
import type { SheetGrid } from './grid';
import type { Located } from './locate';
import type { Reading } from './reading';
import { columnLetter } from './sheet-model';

export interface ReadingView {
  decisions: string[];
  doubts: string[];
  /** `label`: the key of her reading of it; `measure`, `capital` as read ('ALL': every capital
   * together), for her to change; `corrected`: read as she said */
  columns: { at: string; meaning: string; read: boolean; label: string; measure: Measure | null; capital: Capital | 'ALL' | null; corrected: boolean }[];
  /** [header row][column]: the text that starts there ('' under a merged cell) */
  header: string[][];
  rows: { row: number; role: string; mine: boolean; sure: boolean; cells: string[] }[];
  /** the table goes on below what is shown */
  more: number;
}

/** A sheet of a few hundred rows is what she scrolls through; beyond, the figures list is the check. */
const MAX_ROWS = 300;
const MAX_COLUMNS = 40;

/** `below`: the sheet's other tables, drawn under the first with their own title and header rows. */
export function readingView(grid: SheetGrid, located: Located, reading: Reading, below: readonly Located[] = []): ReadingView {
  const notes = new Map(reading.columns.map((c) => [c.at, c]));
  const first = Math.min(located.sttCol ?? located.labelCol, located.labelCol);
  const last = Math.min(grid.sheet.columnCount, first + MAX_COLUMNS - 1);
  const cols = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((c) => !grid.hiddenColumn(c));
  const text = (row: number, col: number) => {
    const cell = grid.at(row, col);
    if (!cell || cell.row !== row || cell.col !== col) return '';
    // a number as she sees it in Excel: "1.500,5", not the file's "1500.5"
    const figure = cell.kind === 'number' ? cellDecimal(cell) : null;
    return figure ? formatVi(figure.coefficient, figure.decimals) : cell.value.trim();
  };
  const roles = new Map(reading.rows.map((r) => [r.row, r]));
  const all = [...located.dataRows, ...below.flatMap((t) => [...t.titleRows, ...t.headerRows, ...t.dataRows])];
  const shown = all.slice(0, MAX_ROWS);
  return {
    decisions: reading.decisions.map(decisionText),
    doubts: reading.doubts.map(doubtText),
    columns: cols.map((c) => {
      const note = notes.get(columnLetter(c));
      return {
        at: columnLetter(c), meaning: note ? columnMeaning(note) : '', read: note?.read ?? false, label: note?.label ?? '',
        measure: note?.measure ?? null, capital: note?.capital === undefined ? null : note.capital ?? 'ALL', corrected: note?.corrected ?? false,
      };
    }),
    header: located.headerRows.map((r) => cols.map((c) => text(r, c))),
    rows: shown.map((r) => {
      const note = roles.get(r);
      return { row: r, role: note ? ROW_ROLE_LABEL[note.role] : '', mine: note?.mine ?? false, sure: note?.sure ?? true, cells: cols.map((c) => text(r, c)) };
    }),
    more: all.length - shown.length,
  };
}
