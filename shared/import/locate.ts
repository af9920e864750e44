// Where the table is on the sheet: the title lines above it, the unit line ("ĐVT: Triệu đồng"),
// the header rows (merged, two or three deep), the column-number row (A, B, 1, 2, 3=1+2), the
// data rows, and the column of row captions. Footnotes and signatures below the table end it.
import type { Scale } from '../money';
import { cellDecimal } from './cell-value';
import { SheetGrid, fold } from './grid';

export interface Located {
  titleRows: number[];
  /** the unit the figures are written in, and where it was read */
  scale: { scale: Scale; row: number; col: number } | null;
  headerRows: number[];
  numberRow: number | null;
  dataRows: number[];
  /** the column of row captions (Tên đơn vị, Nội dung) and of STT, when there is one */
  labelCol: number;
  /** the last column of captions: "Nội dung" merged over B:C, projects in B and sub-projects in C */
  labelEnd: number;
  sttCol: number | null;
}

// "ĐVT: Triệu đồng", "Đơn vị tính: 1.000 đồng", "(ĐVT: Tr.đồng)" inside a title, "Đơn vị: VNĐ"
const MONEY_UNIT = '(trieu dong|tr\\.? ?dong|trd|1\\.?000\\.?000 dong|nghin dong|ngan dong|1\\.?000 dong|ty dong|vnd|dong)';
const UNIT_WORDS = `(?:dvt|don vi tinh|don vi)\\s*[:.]?\\s*${MONEY_UNIT}(?![a-z])`;
/** a line of its own that says the unit: it ends the header above the table, it is no title */
const SCALE_LINE = new RegExp(`^\\(?${UNIT_WORDS}`);
/** the unit said anywhere in a cell: "… NĂM 2023 (ĐVT: Tr.đồng)" in the title */
const SCALE = new RegExp(`(?:^|\\()${UNIT_WORDS}`);
/** a column's own unit in its header: "Số tiền (triệu đồng)", "Kinh phí (đồng)" */
const HEADER_SCALE = new RegExp(`\\(${MONEY_UNIT}\\)`);
// "Dự án" heads a column of works' names; "Dự án 3: ..." is a project's column of figures
const LABEL_HEADER = /^(ten don vi|don vi|dia phuong|dia ban|noi dung|ten du an|danh muc|du an(?!\s*\d)|chi tieu|ten|huyen|cac huyen)/;
const STT_HEADER = /^(stt|tt|so tt|so thu tu)$/;
/** Rows from a line that may open a table to its first figures: a title, a unit line, a header. */
const NEXT_TABLE_WITHIN = 12;
const END_OF_TABLE = /^(ghi chu|chu thich|nguoi lap|ke toan|thu truong|tm\.|kt\.|t\/m|\*|\(\*+\))/;

/** The first table at or below row `from` (a sheet may hold a second table under the first). */
export function locateTable(grid: SheetGrid, from = 1, lookUntil = grid.sheet.rowCount): Located | null {
  const rows = grid.sheet.rowCount;
  const firstData = findFirstDataRow(grid, from, Math.min(rows, lookUntil));
  if (firstData === null) return null;
  const numberRow = isNumberRow(grid, firstData) ? firstData : firstData - 1 >= from && isNumberRow(grid, firstData - 1) ? firstData - 1 : null;
  const dataStart = numberRow === firstData ? firstData + 1 : firstData;
  const headerRows = headerAbove(grid, numberRow === firstData - 1 ? firstData - 1 : dataStart, from);
  if (headerRows.length === 0) return null;
  const { labelCol, sttCol } = labelColumns(grid, headerRows);
  const labelEnd = captionSpan(grid, headerRows, labelCol);
  return {
    titleRows: rowsAbove(grid, from, headerRows[0]!).filter((r) => !scaleOf(grid, r)),
    scale: findScale(grid, from, dataStart),
    headerRows,
    numberRow,
    dataRows: dataRowsFrom(grid, dataStart, rows, labelCol),
    labelCol,
    labelEnd,
    sttCol,
  };
}

/** The first row with two figures or more in it (not counting a column-number row's 1, 2, 3). */
function findFirstDataRow(grid: SheetGrid, from: number, rows: number): number | null {
  for (let r = from; r <= rows; r++) {
    const figures = grid.row(r).filter((c) => cellDecimal(c) !== null);
    if (figures.length >= 2 && !isNumberRow(grid, r)) return r;
  }
  return null;
}

/** "A | B | 1 | 2 | 3=1+2": letters, (n), small consecutive numbers, formulas of them. */
function isNumberRow(grid: SheetGrid, r: number): boolean {
  if (r < 1) return false;
  const cells = grid.row(r);
  if (cells.length < 3) return false;
  return cells.every((c) => /^(\(?[A-Z]\)?|\(?\d{1,2}\)?|\(?\d{1,2}\s*=\s*[\d+\-*/() ]+\)?)$/.test(c.value.trim()));
}

function headerAbove(grid: SheetGrid, row: number, from: number): number[] {
  const out: number[] = [];
  for (let r = row - 1; r >= from; r--) {
    // a title merged across the table shows in every cell of its row, but is one cell
    const cells = new Set(grid.row(r));
    if (cells.size < 2 || scaleOf(grid, r)) break;
    out.unshift(r);
  }
  return out;
}

function rowsAbove(grid: SheetGrid, from: number, row: number): number[] {
  const out: number[] = [];
  for (let r = from; r < row; r++) if (grid.row(r).length) out.push(r);
  return out;
}

/** A row's caption: the first text in the columns of captions (a sub-project indented one column). */
export function caption(grid: SheetGrid, located: Pick<Located, 'labelCol' | 'labelEnd'>, r: number): string {
  for (let c = located.labelCol; c <= located.labelEnd; c++) {
    const text = grid.text(r, c);
    const cell = grid.at(r, c);
    if (text && cell?.row === r && cell.col === c) return text;
  }
  return grid.text(r, located.labelCol);
}

/** The caption column's header merged over the columns right of it ("Chỉ tiêu" over B:C). */
function captionSpan(grid: SheetGrid, headerRows: number[], labelCol: number): number {
  let end = labelCol;
  const top = grid.at(headerRows[0]!, labelCol);
  while (top && end < grid.sheet.columnCount && headerRows.every((r) => grid.at(r, end + 1) === grid.at(r, labelCol))) end++;
  return end;
}

function labelColumns(grid: SheetGrid, headerRows: number[]): { labelCol: number; sttCol: number | null } {
  let labelCol: number | null = null;
  let sttCol: number | null = null;
  for (let c = 1; c <= Math.min(grid.sheet.columnCount, 4); c++) {
    const text = fold(headerRows.map((r) => grid.text(r, c)).find((t) => t) ?? '');
    if (sttCol === null && STT_HEADER.test(text)) sttCol = c;
    else if (labelCol === null && LABEL_HEADER.test(text)) labelCol = c;
  }
  return { labelCol: labelCol ?? (sttCol !== null ? sttCol + 1 : 1), sttCol };
}

/** Below row `r`, within a title's and a header's height, a header of its own and figures under
 * it: another table begins there. Looked for near only: a sheet of many stray lines would
 * otherwise be searched to its end from each of them. */
function opensTable(grid: SheetGrid, r: number): boolean {
  const next = locateTable(grid, r, r + NEXT_TABLE_WITHIN);
  return next !== null && next.headerRows[0]! > r;
}

function dataRowsFrom(grid: SheetGrid, start: number, rows: number, labelCol: number): number[] {
  const out: number[] = [];
  let blanks = 0;
  for (let r = start; r <= rows; r++) {
    const cells = grid.row(r);
    if (cells.length === 0) {
      if (++blanks >= 2) break;
      continue;
    }
    const caption = fold(grid.text(r, labelCol) || cells[0]!.value);
    const noFigure = cells.every((c) => cellDecimal(c) === null);
    if (END_OF_TABLE.test(caption) && noFigure) break;
    // after a blank row, a line of its own with no figure (a title, "II. VỐN SỰ NGHIỆP") opens
    // the next table of the sheet, not more of this one
    if (blanks > 0 && noFigure && new Set(cells).size === 1 && opensTable(grid, r)) break;
    blanks = 0;
    out.push(r);
  }
  return out;
}

function scaleOf(grid: SheetGrid, r: number): Scale | null {
  for (const c of grid.row(r)) {
    const m = SCALE_LINE.exec(fold(c.value));
    if (m) return scaleNamed(m[1]!);
  }
  return null;
}

/** The unit line above the table, or else the unit its header cells name. */
function findScale(grid: SheetGrid, from: number, before: number): Located['scale'] {
  for (const pattern of [SCALE, HEADER_SCALE]) {
    for (let r = from; r < before; r++) {
      for (const c of grid.row(r)) {
        const m = pattern.exec(fold(c.value));
        if (m) return { scale: scaleNamed(m[1]!), row: c.row, col: c.col };
      }
    }
  }
  return null;
}

function scaleNamed(words: string): Scale {
  const w = words.replace(/[.\s]/g, '');
  if (/^(trieudong|trdong|trd|1000000dong)$/.test(w)) return 'trieu';
  if (/^(nghindong|ngandong|1000dong)$/.test(w)) return 'nghin';
  return w === 'tydong' ? 'ty' : 'dong';
}
