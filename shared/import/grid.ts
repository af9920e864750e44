// A sheet as a grid she would read: every cell of a merged range shows the range's value (the
// province merges "Dự án 1" over its two sub-project columns), and text is compared without
// diacritics or case, as the import's matching does throughout.
import type { Cell, Sheet } from './sheet-model';
import { foldText } from '../fold';

const WIDTH = 1 << 14; // Excel's column limit: a key per (row, column)
/** A merged range shows its value in every cell up to this size; a larger one (a merge over
 * A1:XFD1048576 is seventeen billion cells) keeps it on its top-left cell alone. */
const MAX_MERGE_CELLS = 10_000;

export class SheetGrid {
  private readonly byPos = new Map<number, Cell>();
  /** each row's columns that show something, ascending: a row is read cell by cell, never by
   * walking the 16 384 columns a stray far-away cell declares */
  private readonly columnsOf = new Map<number, number[]>();

  constructor(readonly sheet: Sheet) {
    for (const c of sheet.cells) this.put(c.row, c.col, c);
    for (const m of sheet.merges) {
      const top = this.byPos.get(m.top * WIDTH + m.left);
      if (!top || (m.bottom - m.top + 1) * (m.right - m.left + 1) > MAX_MERGE_CELLS) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (!this.byPos.has(r * WIDTH + c)) this.put(r, c, top);
      }
    }
    for (const cols of this.columnsOf.values()) cols.sort((a, b) => a - b);
  }

  private put(row: number, col: number, cell: Cell): void {
    this.byPos.set(row * WIDTH + col, cell);
    const cols = this.columnsOf.get(row);
    if (cols) cols.push(col);
    else this.columnsOf.set(row, [col]);
  }

  at(row: number, col: number): Cell | undefined {
    return this.byPos.get(row * WIDTH + col);
  }

  text(row: number, col: number): string {
    return this.at(row, col)?.value.trim() ?? '';
  }

  /** The row's non-empty cells, merged copies included, left to right. */
  row(row: number): Cell[] {
    const out: Cell[] = [];
    for (const c of this.columnsOf.get(row) ?? NO_COLUMNS) {
      const cell = this.at(row, c)!;
      if (cell.value.trim() !== '') out.push(cell);
    }
    return out;
  }

  hiddenRow(row: number): boolean {
    return this.sheet.hiddenRows.includes(row);
  }

  hiddenColumn(col: number): boolean {
    return this.sheet.hiddenColumns.includes(col);
  }
}

const NO_COLUMNS: readonly number[] = Object.freeze([]);

/** "Huyện Phong Thổ" → "huyen phong tho": for comparing, never for showing. A caption is asked
 * for its role, its unit and its line, each folding it again: the folded texts are kept (a
 * province annex of 5 000 units folded each caption a dozen times, most of the reading's time). */
export function fold(text: string): string {
  let folded = folds.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    if (folds.size >= MAX_FOLDS) folds.clear();
    folds.set(text, folded);
  }
  return folded;
}

const folds = new Map<string, string>();
const MAX_FOLDS = 50_000;
