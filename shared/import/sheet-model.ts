// A workbook as read from the province's file, before anything is interpreted: the first step of
// the import pipeline (read → locate → layout → map → claims → preview → commit) hands this on.
// Plain data, so it crosses any transport and every later step is a pure function of it.

import type { LegacyEncoding } from './legacy-text';

export interface Workbook {
  /** the file's name as she chose it, for messages ("Tệp "QĐ 413.xls", trang PL01, ô C8") */
  file: string;
  format: 'xlsx' | 'xls';
  sheets: Sheet[];
}

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface Sheet {
  name: string;
  /** annexes hidden by the province are still read: the wizard decides whether to offer them */
  state: SheetState;
  /** last row and column holding a value or a merge (1-based; 0 for an empty sheet) */
  rowCount: number;
  columnCount: number;
  /** non-empty cells in reading order (row, then column); a merge's value sits on its top-left cell */
  cells: Cell[];
  merges: CellRange[];
  /** hidden rows and columns within rowCount × columnCount, ascending */
  hiddenRows: number[];
  hiddenColumns: number[];
}

/** Inclusive, 1-based, like Excel's A1:C3. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `empty` is a formula whose result the file did not store (plain blank cells are left out). */
export type CellKind = 'text' | 'number' | 'boolean' | 'date' | 'error' | 'empty';

export interface Cell {
  row: number;
  col: number;
  kind: CellKind;
  /**
   * The value, as text for every kind, so that money never passes through float arithmetic again:
   * - number: the stored (for a formula, cached) value as plain decimal text with "." as the mark,
   *   no grouping and no exponent ("1234567.5", "-0.001"), to Excel's 15 significant digits (see
   *   `numberText`). Read it as canonical, not with the vi-VN reader (`readNumber` takes "1.234"
   *   for 1 234);
   * - text: Unicode NFC, legacy fonts already converted; a number stored as text ("1.234,5") stays
   *   text, as written;
   * - date: ISO "2024-06-30" (with "T08:30:00" when it has a time);
   * - boolean: "TRUE" / "FALSE"; error: the Excel code ("#DIV/0!"); empty: "".
   */
  value: string;
  /** what the file holds: the text before legacy conversion ("QuyÕt ®Þnh sè"); else equals value */
  raw: string;
  /** set when the text was converted, and why we believed it was legacy text */
  legacy?: { encoding: LegacyEncoding; by: 'font' | 'text' };
  /** the formula without "=", when the value is a formula's cached result */
  formula?: string;
  /** Excel's number format ("#,##0.000", "0.00%"), when not General */
  numFmt?: string;
  /** the font the cell is drawn with, as the file names it; absent when the file does not say */
  font?: string;
  bold: boolean;
}

/** "C8" for row 8, column 3: how messages and the wizard name a cell. */
export function cellRef(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "C" for column 3: how the wizard and --explain name a column. */
export function columnLetter(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** "A1:P1" */
export function rangeRef(range: CellRange): string {
  return `${cellRef(range.top, range.left)}:${cellRef(range.bottom, range.right)}`;
}

/**
 * A double as plain decimal text, to the 15 significant digits Excel calculates and shows with. The
 * file may store 17 ("6199.0599999999995" for 2292 + 1822.06 + 2085) but she sees, checks and
 * signs 6199.06; no exponent either, since "1e-7" is not how a figure is written and would defeat
 * every decimal reader downstream.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  if (n === 0) return '0';
  // Most figures already print in at most 15 digits without an exponent: take the fast way.
  const shortest = String(n);
  if (shortest.length <= 16 && !shortest.includes('e') && (shortest.includes('.') || Math.abs(n) < 1e15)) return shortest;
  const [mantissa = '', exponent = '0'] = n.toExponential(14).split('e');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace(/[-.]/g, '').replace(/0+$/, '');
  const point = 1 + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Cells by position, for steps that look around ("the cell under this header"). */
export function cellIndex(sheet: Sheet): Map<string, Cell> {
  return new Map(sheet.cells.map((c) => [cellRef(c.row, c.col), c]));
}
