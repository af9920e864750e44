// Issue 28: the page rule of the built-in reports (template-style.ts), on a worksheet made here:
// a scale no smaller than 73 % with the row labels repeated when the columns are too many, and
// the signatures never on a page of their own under the repeated header.
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { MIN_SCALE, readablePages } from '../../electron/backend/export/template-style';

const THIN = { style: 'thin' } as const;

/** `rows` bordered table rows (the first two its header, repeated), then eight rows of signatures. */
function sheet(rows: number, columns: number, width = 11): ExcelJS.Worksheet {
  const ws = new ExcelJS.Workbook().addWorksheet('x');
  for (let c = 1; c <= columns; c++) ws.getColumn(c).width = c === 2 ? 40 : width;
  for (let r = 1; r <= rows; r++) ws.getCell(r, 1).border = { top: THIN, bottom: THIN };
  for (let r = rows + 1; r <= rows + 8; r++) ws.getCell(r, 1).value = r === rows + 1 ? 'NGƯỜI LẬP BIỂU' : '';
  ws.pageSetup.printTitlesRow = '1:2';
  ws.pageSetup.printArea = `A1:${String.fromCharCode(64 + columns)}${rows + 8}`;
  ws.pageSetup.fitToPage = true;
  return ws;
}

const breaks = (ws: ExcelJS.Worksheet) => ((ws as unknown as { rowBreaks: { id: number }[] }).rowBreaks ?? []).map((b) => b.id);

it('a report that fits at 73 % or more: that scale, no fit-to-page, no repeated columns', () => {
  const ws = sheet(10, 12);
  readablePages(ws);
  expect(ws.pageSetup.fitToPage).toBe(false);
  expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(MIN_SCALE);
  expect(ws.pageSetup.printTitlesColumn).toBeUndefined();
});

it('23 columns: 73 %, the columns split over pages with STT and the name repeated', () => {
  const ws = sheet(10, 23);
  readablePages(ws);
  expect(ws.pageSetup.scale).toBe(MIN_SCALE);
  expect(ws.pageSetup.printTitlesColumn).toBe('A:B');
});

it('signatures that would start a page: the last two rows of the table go with them', () => {
  // 15 pt rows; 482 pt of page at 100 %: 32 rows to the first page, the signatures from row 31
  const ws = sheet(30, 10, 8);
  readablePages(ws);
  expect(ws.pageSetup.scale).toBe(100);
  expect(breaks(ws)).toEqual([28]);
});

it('signatures on the page the table ends on: no break', () => {
  const ws = sheet(12, 10, 8);
  readablePages(ws);
  expect(breaks(ws)).toEqual([]);
});
