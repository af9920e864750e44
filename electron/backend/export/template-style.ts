// Small touches of style a filled cell needs, without changing the template's look: exceljs
// shares a style object among cells (and writes each object once), so a changed cell gets its own,
// and changed styles are made once per original and shared again.
import type ExcelJS from 'exceljs';

/** The name cell's style with the item's indent: one object per style and depth, shared by
 * every row at that depth (exceljs writes a style once per object). */
const indentedStyles = new WeakMap<Partial<ExcelJS.Style>, Map<number, Partial<ExcelJS.Style>>>();
export function indented(style: Partial<ExcelJS.Style>, indent: number): Partial<ExcelJS.Style> {
  let byDepth = indentedStyles.get(style);
  if (!byDepth) indentedStyles.set(style, (byDepth = new Map()));
  let out = byDepth.get(indent);
  if (!out) byDepth.set(indent, (out = { ...style, alignment: { ...style.alignment, indent: (style.alignment?.indent ?? 0) + indent } }));
  return out;
}

/** Excel fits a row to wrapped text only when it draws it; LibreOffice and print keep the
 * row's height, so a long name would be cut: the row is given the lines its longest text needs. */
export function fitHeight(ws: ExcelJS.Worksheet, r: number): void {
  const row = ws.getRow(r);
  let lines = 1;
  row.eachCell((cell, col) => {
    if (typeof cell.value !== 'string' || !cell.alignment?.wrapText || cell.isMerged) return;
    const size = cell.font?.size ?? 11;
    // a width unit holds about 1,15 letters of Times New Roman 11 (1,4 was a digit's: long names were cut)
    const perLine = Math.max(4, ((ws.getColumn(col).width ?? 9) * 1.15 * 11) / size - 2 * (cell.alignment.indent ?? 0));
    lines = Math.max(lines, Math.ceil(cell.value.length / perLine));
  });
  const line = 15;
  if (lines > 1) row.height = Math.max(row.height ?? 0, line * lines);
}

export function isPercent(cell: ExcelJS.Cell): boolean {
  return typeof cell.numFmt === 'string' && cell.numFmt.includes('%');
}

/** exceljs shares one style object among the cells of one format (and among copied rows):
 * a cell gets its own before one of its parts changes, or its neighbours would change too. */
export function own(cell: ExcelJS.Cell): ExcelJS.Cell {
  cell.style = { ...cell.style };
  return cell;
}

/** "#,##0.###" means "up to three decimals", but Excel draws a whole number with a trailing
 * point ("71,570."): each figure gets the decimals it has (71,570 · 1,070.5), no more. */
const UP_TO = /^(#,##0|0)\.(#+)$/;
const decimalStyles = new WeakMap<Partial<ExcelJS.Style>, Map<number, Partial<ExcelJS.Style>>>();
export function fitDecimals(cell: ExcelJS.Cell, value: number): void {
  const m = typeof cell.numFmt === 'string' ? UP_TO.exec(cell.numFmt) : null;
  if (!m) return;
  const fraction = String(value).split('.')[1] ?? '';
  const decimals = Math.min(m[2]!.length, fraction.length);
  const style = cell.style;
  let byDecimals = decimalStyles.get(style);
  if (!byDecimals) decimalStyles.set(style, (byDecimals = new Map()));
  let out = byDecimals.get(decimals);
  if (!out) byDecimals.set(decimals, (out = { ...style, numFmt: decimals ? `${m[1]}.${'0'.repeat(decimals)}` : m[1]! }));
  cell.style = out;
}

// ── The page rule of the built-in reports ────────────────────────────────────────────────────
// Fit-to-width squeezed a report of 21-26 columns to 5 pt type, and put the signatures alone
// under a repeated header on a page of their own. As Excel users do by hand: a scale no smaller
// than keeps the body's 11 pt at 8 pt, the columns split over pages with the row labels repeated
// (print titles: rows and columns), and the last rows of the table kept with the signatures.
// Fit-to-page would also make Excel ignore the page break that does that.

/** 11 pt × 73 % ≈ 8 pt */
export const MIN_SCALE = 73;
/** A4 landscape between the margins of NĐ 30/2020 (30 mm left, 15 right, 20 top and bottom), in points */
export const PAGE_WIDTH_PT = (11.69 - 1.18 - 0.59) * 72;
export const PAGE_HEIGHT_PT = (8.27 - 2 * 0.79) * 72;
const DEFAULT_ROW_PT = 15;
/** body rows kept with the signatures: a closing page always shows the table it signs */
const KEPT_ROWS = 2;

/** A column's printed width at 100 %: Excel's width is in characters of the default font. */
export function columnPt(width: number | undefined): number {
  return Math.trunc((width ?? 8.43) * 7 + 5) * 0.75;
}

/** The scale that fits columns of these widths on the page's width, in whole per cent, two short
 * of exact: Excel and LibreOffice round a column to pixels each their own way, and a last column
 * a hair too wide would print alone on a page of its own. */
export function fitScale(widths: readonly (number | undefined)[]): number {
  const total = widths.reduce((sum: number, w) => sum + columnPt(w), 0);
  return Math.floor((PAGE_WIDTH_PT * 100) / total) - 2;
}

/** Scale, print titles and the signatures' page, once the rows are filled. `labels`: the columns
 * that name a row (STT and the name), repeated on each page when the columns split. */
export function readablePages(ws: ExcelJS.Worksheet, labels = 2): void {
  const setup = ws.pageSetup;
  const width = lastColumn(ws);
  const fit = fitScale(Array.from({ length: width }, (_, i) => ws.getColumn(i + 1).width));
  setup.fitToPage = false;
  setup.scale = Math.min(100, Math.max(MIN_SCALE, fit));
  if (fit < MIN_SCALE) setup.printTitlesColumn = `A:${columnLetter(labels)}`;
  keepClosingWithTable(ws, setup.scale);
}

function lastColumn(ws: ExcelJS.Worksheet): number {
  const area = /:\$?([A-Z]+)\$?\d+$/.exec(ws.pageSetup.printArea ?? '');
  if (!area) return ws.columnCount;
  return [...area[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnLetter(n: number): string {
  let out = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
}

/** Where the signatures would begin a page (under the repeated header, nothing to sign) or
 * straddle two, the page breaks before the table's last rows instead. */
export function keepClosingWithTable(ws: ExcelJS.Worksheet, scale: number): void {
  const last = /\$?(\d+)$/.exec(ws.pageSetup.printArea ?? '')?.[1];
  const end = last ? Number(last) : ws.rowCount;
  const tableEnd = lastBorderedRow(ws, end);
  if (tableEnd === null || tableEnd >= end) return;
  const titles = (ws.pageSetup.printTitlesRow ?? '').split(':').map((x) => Number(x.replace(/\$/g, '')));
  const titleEnd = titles.length === 2 && titles[1]! > 0 ? titles[1]! : 0;
  const height = (r: number) => ws.getRow(r).height ?? DEFAULT_ROW_PT;
  const titlePt = titleEnd ? Array.from({ length: titleEnd - titles[0]! + 1 }, (_, i) => height(titles[0]! + i)).reduce((a, b) => a + b, 0) : 0;
  const room = (PAGE_HEIGHT_PT * 100) / scale;
  const pageOf = new Map<number, number>();
  let page = 0;
  let used = 0;
  for (let r = 1; r <= end; r++) {
    if (used + height(r) > room && used > 0) {
      page++;
      used = titleEnd && r > titleEnd ? titlePt : 0;
    }
    used += height(r);
    pageOf.set(r, page);
  }
  if (pageOf.get(end) === pageOf.get(tableEnd)) return;
  const breakAfter = tableEnd - KEPT_ROWS;
  if (breakAfter <= titleEnd + 1) return;
  ws.getRow(breakAfter).addPageBreak();
}

/** The table's last row: the last with a border under its first cell. */
function lastBorderedRow(ws: ExcelJS.Worksheet, end: number): number | null {
  for (let r = end; r > 0; r--) if (ws.getCell(r, 1).border?.bottom) return r;
  return null;
}
