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
    const perLine = Math.max(4, ((ws.getColumn(col).width ?? 9) * 1.4 * 11) / size - 2 * (cell.alignment.indent ?? 0));
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
