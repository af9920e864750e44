// A sheet as a grid she would read: every cell of a merged range shows the range's value (the
// province merges "Dự án 1" over its two sub-project columns), and text is compared without
// diacritics or case, as the import's matching does throughout.
import type { Cell, Sheet } from './sheet-model';
import { foldText } from '../fold';

const WIDTH = 1 << 14; // Excel's column limit: a key per (row, column)

export class SheetGrid {
  private readonly byPos = new Map<number, Cell>();

  constructor(readonly sheet: Sheet) {
    for (const c of sheet.cells) this.byPos.set(c.row * WIDTH + c.col, c);
    for (const m of sheet.merges) {
      const top = this.byPos.get(m.top * WIDTH + m.left);
      if (!top) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) if (!this.byPos.has(r * WIDTH + c)) this.byPos.set(r * WIDTH + c, top);
      }
    }
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
    for (let c = 1; c <= this.sheet.columnCount; c++) {
      const cell = this.at(row, c);
      if (cell && cell.value.trim() !== '') out.push(cell);
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
