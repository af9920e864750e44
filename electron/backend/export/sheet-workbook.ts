// "Bảng tính như trên màn hình": the year's sheet as she sees it (origin, project, folding,
// display unit, and the columns she shows, in her order) written as an .xlsx she can send or print. Figures are written in đồng, exact
// integers, and shown in her unit by the cell's number format (Excel's trailing commas divide by
// a thousand each), so nothing passes through a float; computed figures italic, as on screen.
import type ExcelJS from 'exceljs';
import type { BookSettings } from '../../../shared/settings';
import { APP_NAME, CAPITAL_LABEL, CHECK_CODE_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';
import type { CheckCode } from '../../../shared/check-code';
import { SHEET_EXPORT } from '../../../shared/i18n/export';
import type { Scale } from '../../../shared/money';
import { COLUMN_IDS, type ColumnId, columnRuns, sheetColumn } from '../../../shared/sheet/columns';
import type { Sheet, SheetCell, SheetRow } from '../../../shared/sheet/sheet';
import { lazily } from '../lazy';
import type { Flag } from '../../../shared/reconcile/flag';
import { SheetBreaks } from '../../../shared/template/breaks';
import { TPL_NOTE } from '../../../shared/i18n/template';
import { markCell } from './template-notes';
import { columnPt, MIN_SCALE, PAGE_WIDTH_PT, readablePages } from './template-style';

const exceljs = lazily(() => import('exceljs'));

export interface SheetExport {
  sheet: Sheet;
  /** the rows shown (folding applied) */
  rows: readonly SheetRow[];
  scale: Scale;
  settings: BookSettings;
  originLabel: string;
  /** the figure columns as the grid shows them; default every column, by capital type */
  columns?: readonly ColumnId[];
  /** the book's findings, asked for where a figure breaks its column's formula (a footnote names them) */
  flags?: () => readonly Flag[];
  /** the book's history as exported (check-code.ts): under the table and in the page footer */
  checkCode?: CheckCode;
}

const MONEY_FORMAT: Record<Scale, string> = {
  dong: '#,##0', nghin: '#,##0.###,', trieu: '#,##0.###,,', ty: '#,##0.###,,,',
};
const FONT = 'Times New Roman';
const FIRST_FIGURE_COL = 3;
/** about how many characters of Times New Roman 11 the label column (width 60) holds on a line */
const LABEL_CHARS = 66;

export async function sheetWorkbook(x: SheetExport): Promise<Buffer> {
  const { default: Excel } = await exceljs();
  const book = new Excel.Workbook();
  book.creator = APP_NAME;
  const ws = book.addWorksheet(SHEET_EXPORT.sheetName(x.sheet.year), {
    pageSetup: { paperSize: 9, orientation: 'landscape', printTitlesRow: '5:6' },
    views: [{ state: 'frozen', xSplit: 2, ySplit: 6 }],
  });
  const columns = x.columns?.length ? x.columns : COLUMN_IDS;
  const width = FIRST_FIGURE_COL - 1 + columns.length;
  ws.getColumn(1).width = 10;
  ws.getColumn(2).width = 60;
  for (let c = FIRST_FIGURE_COL; c <= width; c++) ws.getColumn(c).width = 14;
  titleBlock(ws, x, Math.min(width, firstPageColumns(ws, width)));
  header(ws, columns);
  const breaks = new SheetBreaks(x.rows, { origin: x.sheet.origin, year: x.sheet.year, ...(x.flags && { flags: x.flags }) });
  x.rows.forEach((row, i) => dataRow(ws, 7 + i, row, x.scale, columns, breaks));
  const noted = footnotes(ws, 7 + x.rows.length + 1, breaks.notes.lines());
  if (x.checkCode) checkCodeLine(ws, 7 + x.rows.length + 1 + noted + 1, x.checkCode);
  // 26 columns fitted to one page's width printed at 5 pt: the same page rule as the reports
  readablePages(ws, 2);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function titleBlock(ws: ExcelJS.Worksheet, x: SheetExport, width: number): void {
  ws.getCell('A1').value = x.settings.unitName || x.settings.title;
  ws.getCell('A1').font = { name: FONT, bold: true };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell('A2').value = SHEET_EXPORT.title(x.sheet.year, x.originLabel, x.sheet.project);
  ws.getCell('A2').font = { name: FONT, bold: true, size: 13 };
  ws.getCell('A2').alignment = { horizontal: 'center' };
  ws.getCell(3, width).value = SHEET_EXPORT.scale(x.scale);
  ws.getCell(3, width).font = { name: FONT, italic: true };
  ws.getCell(3, width).alignment = { horizontal: 'right' };
}

function header(ws: ExcelJS.Worksheet, columns: readonly ColumnId[]): void {
  const top = 5;
  for (const [c, text] of [[1, SHEET_EXPORT.code], [2, SHEET_EXPORT.content]] as const) {
    ws.mergeCells(top, c, top + 1, c);
    ws.getCell(top, c).value = text;
  }
  let first = FIRST_FIGURE_COL;
  for (const run of columnRuns(columns)) {
    if (run.columns.length > 1) ws.mergeCells(top, first, top, first + run.columns.length - 1);
    ws.getCell(top, first).value = run.by === 'measure' ? MEASURE_LABEL[run.measure!] : CAPITAL_LABEL[run.capital ?? 'ALL'];
    run.columns.forEach((c, i) => {
      ws.getCell(top + 1, first + i).value = run.by === 'measure' ? CAPITAL_LABEL[c.capital ?? 'ALL'] : MEASURE_LABEL[c.measure];
    });
    first += run.columns.length;
  }
  // Excel sizes a row to wrapped text only when it draws it; LibreOffice and print need a height
  ws.getRow(top + 1).height = 32;
  for (const r of [top, top + 1]) {
    ws.getRow(r).eachCell((cell) => {
      cell.font = { name: FONT, bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
  }
}

/** The columns that print on the first page at the least scale: the title stays over them. */
function firstPageColumns(ws: ExcelJS.Worksheet, width: number): number {
  let room = (PAGE_WIDTH_PT * 100) / MIN_SCALE;
  let c = 0;
  while (c < width && room >= columnPt(ws.getColumn(c + 1).width)) room -= columnPt(ws.getColumn(++c).width);
  return Math.max(c, FIRST_FIGURE_COL);
}

/** "Ghi chú: …" and a line per mark, under the table; how many rows they took. */
function footnotes(ws: ExcelJS.Worksheet, first: number, lines: readonly string[]): number {
  if (lines.length === 0) return 0;
  [TPL_NOTE.heading, ...lines].forEach((text, i) => {
    const cell = ws.getCell(first + i, 1);
    cell.value = text;
    cell.font = { name: FONT, italic: true };
  });
  return lines.length + 1;
}

/** The check code under the table, and at the foot of every printed page. */
function checkCodeLine(ws: ExcelJS.Worksheet, row: number, code: CheckCode): void {
  const text = `${CHECK_CODE_LABEL}: ${code}`;
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { name: FONT, size: 9, color: { argb: 'FF444444' } };
  ws.headerFooter.oddFooter = `&L&8${text}&R&8Trang &P/&N`;
}

function dataRow(ws: ExcelJS.Worksheet, r: number, row: SheetRow, scale: Scale, columns: readonly ColumnId[], breaks: SheetBreaks): void {
  const bold = row.kind === 'program' || row.kind === 'project';
  ws.getCell(r, 1).value = row.code;
  ws.getCell(r, 2).value = row.label;
  ws.getCell(r, 2).alignment = { indent: row.depth, wrapText: true, vertical: 'top' };
  ws.getRow(r).height = 15 * Math.max(1, Math.ceil((row.label.length + 2 * row.depth) / LABEL_CHARS));
  columns.forEach((id, i) => {
    const cell = ws.getCell(r, FIRST_FIGURE_COL + i);
    const value = row.cells[id];
    figure(cell, value, scale);
    const { measure, capital } = sheetColumn(id);
    const mark = value?.kind === 'money' ? breaks.mark(row, measure, capital, value.dong) : null;
    if (mark !== null) markCell(cell, mark);
  });
  ws.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
    cell.font = { ...cell.font, name: FONT, bold };
    cell.border = { left: { style: 'thin' }, right: { style: 'thin' }, bottom: { style: 'hair' } };
  });
}

function figure(cell: ExcelJS.Cell, value: SheetCell | undefined, scale: Scale): void {
  if (!value) return;
  if (value.kind === 'money') {
    cell.value = value.dong;
    cell.numFmt = MONEY_FORMAT[scale];
  } else {
    cell.value = value.percent;
    cell.numFmt = value.decimals ? `0.${'0'.repeat(value.decimals)}` : '0';
  }
  if (!value.stated) cell.font = { italic: true };
}
