// What both readers (exceljs for .xlsx, SheetJS for .xls) share: turning what a library found in
// a cell into the sheet model, legacy text converted on the way, and the cell budget that stops a
// huge workbook before it fills memory.
import { toUnicode, type ConvertedText } from '../../../shared/import/legacy-text';
import { numberText, type Cell, type CellRange, type Sheet, type SheetState } from '../../../shared/import/sheet-model';
import { IMPORT_MSG } from '../../../shared/i18n/import';
import { UserError } from '../user-error';
import { SHEET_CAPS } from './sheet-size';

/** A run of text with its own font: rich text can mix ".VnTime" and "Times New Roman" in one cell. */
export interface TextRun {
  text: string;
  font?: string;
}

export type FoundValue =
  | { kind: 'number'; number: number }
  | { kind: 'text'; runs: TextRun[] }
  | { kind: 'boolean'; boolean: boolean }
  | { kind: 'date'; date: Date }
  | { kind: 'error'; code: string }
  | { kind: 'empty' };

export interface FoundCell {
  row: number;
  col: number;
  value: FoundValue;
  formula?: string;
  numFmt?: string;
  font?: string;
  bold: boolean;
}

/** One count of cells for the whole workbook, so fifty sheets of 10 000 cells are refused too. */
export class CellBudget {
  private used = 0;
  constructor(readonly file: string, private readonly max: number) {}

  take(sheet: string): void {
    if (++this.used > this.max) throw new UserError(IMPORT_MSG.tooManyCells(this.file, sheet, this.max));
  }
}

export class SheetBuilder {
  private readonly cells: Cell[] = [];
  private readonly merges: CellRange[] = [];
  private readonly hiddenRows = new Set<number>();
  private readonly hiddenColumns = new Set<number>();
  private mergedCells = 0;

  constructor(private readonly name: string, private readonly state: SheetState, private readonly budget: CellBudget) {}

  add(found: FoundCell): void {
    this.budget.take(this.name);
    const { text, legacy, raw, kind } = valueOf(found.value, found.font);
    const cell: Cell = { row: found.row, col: found.col, kind, value: text, raw, bold: found.bold };
    if (legacy) cell.legacy = legacy;
    if (found.formula) cell.formula = found.formula;
    if (found.numFmt && found.numFmt !== 'General') cell.numFmt = found.numFmt;
    if (found.font) cell.font = found.font;
    this.cells.push(cell);
  }

  /** The caps the .xlsx's XML was counted by hold for an .xls too: SheetJS reads merges cheaply,
   * but the grid copies a range's value into each of its cells. */
  merge(range: CellRange): void {
    this.merges.push(range);
    this.mergedCells += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    const file = this.budget.file;
    if (this.merges.length > SHEET_CAPS.merges) throw new UserError(IMPORT_MSG.tooManyMerges(file, this.name, SHEET_CAPS.merges));
    if (this.mergedCells > SHEET_CAPS.mergedCells) throw new UserError(IMPORT_MSG.mergesTooLarge(file, this.name, SHEET_CAPS.mergedCells));
  }

  hideRow(row: number): void {
    this.hiddenRows.add(row);
  }

  hideColumn(col: number): void {
    this.hiddenColumns.add(col);
  }

  build(): Sheet {
    const cells = this.cells.sort((a, b) => a.row - b.row || a.col - b.col);
    let rowCount = 0, columnCount = 0; // a loop: spreading 200 000 cells into Math.max overflows the stack
    for (const c of cells) [rowCount, columnCount] = [Math.max(rowCount, c.row), Math.max(columnCount, c.col)];
    for (const m of this.merges) [rowCount, columnCount] = [Math.max(rowCount, m.bottom), Math.max(columnCount, m.right)];
    const within = (set: Set<number>, max: number) => [...set].filter((n) => n <= max).sort((a, b) => a - b);
    return {
      name: this.name, state: this.state, rowCount, columnCount, cells,
      merges: this.merges.sort((a, b) => a.top - b.top || a.left - b.left),
      hiddenRows: within(this.hiddenRows, rowCount),
      hiddenColumns: within(this.hiddenColumns, columnCount),
    };
  }
}

type Converted = ConvertedText & { raw: string; kind: Cell['kind'] };

function valueOf(value: FoundValue, font: string | undefined): Converted {
  switch (value.kind) {
    case 'number': return plain('number', numberText(value.number));
    case 'boolean': return plain('boolean', value.boolean ? 'TRUE' : 'FALSE');
    case 'date': return dateValue(value.date);
    case 'error': return plain('error', value.code);
    case 'empty': return plain('empty', '');
    case 'text': return { ...textOf(value.runs, font), raw: value.runs.map((r) => r.text).join(''), kind: 'text' };
  }
}

const plain = (kind: Cell['kind'], text: string): Converted => ({ kind, text, raw: text });

/** Each run under its own font; the whole text guessed at once when no run names a font. */
function textOf(runs: TextRun[], cellFont: string | undefined): ConvertedText {
  if (runs.length === 1 || runs.every((r) => !r.font)) return toUnicode(runs.map((r) => r.text).join(''), runs[0]?.font ?? cellFont);
  const parts = runs.map((r) => toUnicode(r.text, r.font ?? cellFont));
  const legacy = parts.find((p) => p.legacy)?.legacy;
  const text = parts.map((p) => p.text).join('').normalize('NFC');
  return legacy ? { text, legacy } : { text };
}

/** ISO date, with the time only when there is one; to the second, as Excel shows it at most. */
function dateValue(date: Date): Converted {
  const ms = Math.round(date.getTime() / 1000) * 1000;
  if (!Number.isFinite(ms)) return plain('error', '#VALUE!');
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 19);
  return plain('date', time === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)}T${time}`);
}
