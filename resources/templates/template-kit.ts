// The pieces every bundled template shares: an A4 landscape sheet in Times New Roman, the
// heading of Nghị định 30/2020, a title block, header rows, a column-number row, signers.
import type ExcelJS from 'exceljs';
import { MIN_SCALE, fitScale } from '../../electron/backend/export/template-style';

export interface Sheet {
  ws: ExcelJS.Worksheet;
  width: number;
  /** the columns of the first printed page: the heading, title and signers stay within them
   * when the columns split over pages */
  span: number;
  /** the last row written so far */
  last: number;
}

const FONT = 'Times New Roman';
const THIN = { style: 'thin' } as const;
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** A scale, not fit-to-width (see template-style.ts, the page rule): no smaller than keeps 8 pt
 * type; wider than that, the columns split over pages with STT and the name repeated. */
export function newSheet(wb: ExcelJS.Workbook, name: string, width: number, widths: number[]): Sheet {
  const fit = fitScale(widths);
  const scale = Math.min(100, Math.max(MIN_SCALE, fit));
  // split: as many columns as the smallest scale prints on the first page, with the same room to spare
  let span = fit >= MIN_SCALE ? width : 0;
  while (span < width && fitScale(widths.slice(0, span + 1)) >= MIN_SCALE) span++;
  const ws = wb.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, orientation: 'landscape', fitToPage: false, scale,
      // inches: 20 mm top and bottom, 30 mm left, 15 mm right
      margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
      ...(span < width && { printTitlesColumn: 'A:B' }),
    },
  });
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  for (let c = 1; c <= width; c++) ws.getColumn(c).font = { name: FONT, size: 11 };
  return { ws, width, span, last: 0 };
}

function text(s: Sheet, r: number, c1: number, c2: number, value: string, font: Partial<ExcelJS.Font>, align: Partial<ExcelJS.Alignment> = { horizontal: 'center' }): void {
  if (c2 > c1) s.ws.mergeCells(r, c1, r, c2);
  const cell = s.ws.getCell(r, c1);
  cell.value = value;
  cell.font = { name: FONT, size: 12, ...font };
  cell.alignment = { vertical: 'middle', wrapText: true, ...align };
  s.last = Math.max(s.last, r);
}

/** Parent agency and unit top left; the national motto top right; the form code above it. */
export function motto(s: Sheet, form: string, basis?: string): void {
  const w = s.span;
  // split columns repeat A:B on every page: the unit's name kept within them prints whole there
  const left = s.span < s.width ? 2 : Math.max(2, Math.floor(w * 0.3));
  const right = Math.max(left + 1, w - Math.floor(w * 0.45));
  text(s, 1, right, w, form, { bold: true, size: 11 }, { horizontal: 'right' });
  if (basis) text(s, 2, right, w, basis, { italic: true, size: 10 }, { horizontal: 'right' });
  text(s, 3, 1, left, '{{cơ quan chủ quản in hoa}}', { size: 12 });
  text(s, 3, right, w, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 });
  text(s, 4, 1, left, '{{tên đơn vị in hoa}}', { bold: true, size: 12 });
  text(s, 4, right, w, 'Độc lập - Tự do - Hạnh phúc', { bold: true, size: 13, underline: true });
  text(s, 5, right, w, '{{địa danh ngày lập}}', { italic: true, size: 12 });
  s.ws.getRow(3).height = 18;
  s.ws.getRow(4).height = 18;
}

export function title(s: Sheet, main: string, sub: string, unit: string): void {
  text(s, 7, 1, s.span, main, { bold: true, size: 14 });
  text(s, 8, 1, s.span, sub, { italic: true, size: 12 });
  s.ws.getRow(8).height = 30;
  text(s, 9, 1, s.span, unit, { italic: true, size: 11 }, { horizontal: 'right' });
}

/** Two header rows: single columns spanning both, then groups with their sub-columns, then more
 * single columns; returns the first header row. The header repeats on every printed page. */
/** Columns under one heading ("Dự toán năm được chi" › Tổng số, Năm trước chuyển sang, …); a
 * plain string among the groups is a column of its own between them. */
export type HeaderGroup = { label: string; subs: readonly string[] } | string;

export function header2(s: Sheet, singles: string[], groups: HeaderGroup[], after: string[] = []): number {
  const top = s.last + 1;
  let c = 1;
  const single = (label: string) => {
    s.ws.mergeCells(top, c, top + 1, c);
    head(s.ws.getCell(top, c), label);
    head(s.ws.getCell(top + 1, c), '');
    c++;
  };
  singles.forEach(single);
  for (const g of groups) {
    if (typeof g === 'string') {
      single(g);
      continue;
    }
    s.ws.mergeCells(top, c, top, c + g.subs.length - 1);
    head(s.ws.getCell(top, c), g.label);
    g.subs.forEach((sub, i) => {
      head(s.ws.getCell(top + 1, c + i), sub);
      if (i > 0) head(s.ws.getCell(top, c + i), '');
    });
    c += g.subs.length;
  }
  after.forEach(single);
  s.ws.getRow(top).height = 45;
  s.ws.getRow(top + 1).height = 45;
  s.ws.pageSetup.printTitlesRow = `${top}:${top + 2}`;
  s.last = top + 1;
  return top;
}

function head(cell: ExcelJS.Cell, value: string): void {
  if (value) cell.value = value;
  cell.font = { name: FONT, bold: true, size: 10 };
  cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  cell.border = BOX;
}

/** The row of column numbers under the header: A, B, then 1, 2, 3... */
export function columnNumbers(s: Sheet, r: number, width: number): void {
  bodyRow(s, r, Array.from({ length: width }, (_, i) => (i < 2 ? String.fromCharCode(65 + i) : String(i - 1))), { center: true, italic: true });
}

export function bodyRow(s: Sheet, r: number, values: (string | { formula: string })[], o: { bold?: boolean; italic?: boolean; center?: boolean; rate?: number[]; height?: number; money?: string }): void {
  if (o.height) s.ws.getRow(r).height = o.height;
  values.forEach((v, i) => {
    const cell = s.ws.getCell(r, i + 1);
    if (v !== '') cell.value = typeof v === 'string' ? v : ({ formula: v.formula } as ExcelJS.CellFormulaValue);
    cell.font = { name: FONT, size: 11, bold: o.bold ?? false, italic: o.italic ?? false };
    cell.border = BOX;
    const figure = i >= 2 && !o.center;
    cell.alignment = { vertical: 'middle', wrapText: true, horizontal: o.center || i === 0 ? 'center' : figure ? 'right' : 'left' };
    // "up to three decimals": the filler gives each figure the decimals it has (see template-style.ts)
    if (figure) cell.numFmt = o.rate?.includes(i + 1) ? '0.00' : (o.money ?? '#,##0.###');
  });
  s.last = Math.max(s.last, r);
}

/** Signers: preparer, chief accountant, head of unit; a Treasury sheet adds the Treasury's side. */
export function addSigners(s: Sheet, r: number, treasury: boolean): void {
  const w = s.span;
  // split columns repeat A:B on every page: signatures there would be signed twice
  const from = s.span < s.width ? 3 : 1;
  const third = from - 1 + Math.floor((w - from + 1) / 3);
  const blocks: [number, number, string, string][] = [
    [from, third, '{{chức danh người lập biểu in hoa}}', '{{người lập biểu}}'],
    [third + 1, 2 * third - from + 1, '{{chức danh kế toán trưởng in hoa}}', '{{kế toán trưởng}}'],
    [2 * third - from + 2, w, '{{chức danh thủ trưởng in hoa}}', '{{thủ trưởng}}'],
  ];
  let row = r;
  if (treasury) {
    text(s, row, from, w, 'XÁC NHẬN CỦA ĐƠN VỊ', { bold: true });
    row++;
  }
  for (const [c1, c2, who, name] of blocks) {
    text(s, row, c1, c2, who, { bold: true });
    text(s, row + 1, c1, c2, c2 === w ? '(Ký, họ tên, đóng dấu)' : '(Ký, họ tên)', { italic: true });
    text(s, row + 5, c1, c2, name, { bold: true });
  }
  if (treasury) {
    const t = row + 7;
    text(s, t, from, w, 'XÁC NHẬN CỦA KHO BẠC NHÀ NƯỚC ......', { bold: true });
    const kb: [number, number, string][] = [[from, third, 'KẾ TOÁN'], [third + 1, 2 * third - from + 1, 'KẾ TOÁN TRƯỞNG'], [2 * third - from + 2, w, 'GIÁM ĐỐC']];
    for (const [c1, c2, who] of kb) {
      text(s, t + 1, c1, c2, who, { bold: true });
      text(s, t + 2, c1, c2, c2 === w ? '(Ký, họ tên, đóng dấu)' : '(Ký, họ tên)', { italic: true });
    }
    s.last = t + 6;
  }
  s.ws.pageSetup.printArea = `A1:${colName(s.width)}${s.last}`;
}

function colName(n: number): string {
  let out = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) out = String.fromCharCode(65 + ((x - 1) % 26)) + out;
  return out;
}
