// The marks and footnotes of a filled report whose figure breaks its column's identity: the
// mark is part of the cell's number format, so the figure stays a number Excel can add up.
import type ExcelJS from 'exceljs';
import { TPL_NOTE } from '../../../shared/i18n/template';
import { insertCopies } from './template-rows';
import { own } from './template-style';

/** "#,##0.000" → '#,##0.000"(1)"' (each numeric section; text sections left alone). */
export function markCell(cell: ExcelJS.Cell, no: number): void {
  const format = typeof cell.numFmt === 'string' && cell.numFmt ? cell.numFmt : 'General';
  const mark = `"${TPL_NOTE.mark(no)}"`;
  own(cell).numFmt = format.split(';').map((s) => (s.includes('@') ? s : `${s}${mark}`)).join(';');
}

/** The footnotes in rows of their own under the table's last figure row (rows below move down,
 * formulas and the print area with them), one blank row first. */
export function writeFootnotes(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, after: number, lines: readonly string[]): void {
  insertCopies(wb, ws, after, lines.length + 1, false);
  const font = ws.getRow(after).getCell(1).font ?? {};
  lines.forEach((text, i) => {
    const row = ws.getRow(after + 2 + i);
    row.height = 15;
    const cell = row.getCell(1);
    cell.value = text;
    cell.style = { font: { name: font.name ?? 'Times New Roman', size: font.size ?? 11, italic: true }, alignment: { vertical: 'top', wrapText: false } };
  });
}
