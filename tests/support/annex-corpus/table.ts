// A province table on a sheet: title block (annex number, title, the decision it belongs to, the
// unit of money), header rows merged as the province merges them (or the merged text repeated in
// every cell), an optional column-number row, the body, a hidden note column, footnotes and the
// signatures. The family gives the header paths and the cells; the look is drawn here.
import type ExcelJS from 'exceljs';
import { type Cell, type Ctx, writeCell } from './common';

export interface TableRow { cells: Cell[]; hidden?: boolean; bold?: boolean; note?: string }
export interface TableSpec {
  title: string[];
  /** a path of labels per column, top to bottom, all of the header's depth; equal labels next to
   * each other under the same parent are one merged cell */
  header: string[][];
  /** how many columns on the left are STT and captions (lettered A, B in a column-number row) */
  lead: number;
  rows: TableRow[];
}

const NOTES = ['Bổ sung theo Nghị quyết HĐND tỉnh', 'Đã trừ kinh phí thu hồi', 'Điều chỉnh nội bộ', 'Giao đợt 2'];

/** Writes the table; returns the sheet row of each body row (for a family that hides or checks). */
export function writeTable(ctx: Ctx, ws: ExcelJS.Worksheet, spec: TableSpec): number[] {
  const noteCol = ctx.chance(0.3, 'hiddenNotes');
  const width = spec.header.length + (noteCol ? 1 : 0);
  let r = 1;
  if (ctx.chance(0.3)) ws.getCell(r++, 1).value = ctx.pick(['Phụ lục 01', 'Biểu số 01', 'Phụ lục II']);
  const mergeTitle = ctx.chance(0.6);
  const line = (text: string, style: Partial<ExcelJS.Font>) => {
    ws.getCell(r, 1).value = text;
    ws.getCell(r, 1).font = style;
    if (mergeTitle) ws.mergeCells(r, 1, r, width);
    r++;
  };
  for (const t of spec.title) line(t, { bold: true, size: 13 });
  if (ctx.chance(0.6, 'decision')) {
    const [day, month, year] = ctx.pick([[10, 1, ctx.year], [15, 12, ctx.year - 1], [6, 4, ctx.year]] as const);
    line(`(Kèm theo Quyết định số ${ctx.int(12, 2900)}/QĐ-UBND ngày ${day}/${String(month).padStart(2, '0')}/${year} của UBND tỉnh Lai Châu)`, { italic: true });
  }
  ws.getCell(r++, Math.max(width - 1, 2)).value = ctx.scaleText;
  if (ctx.chance(0.5)) r++;
  const header = noteCol ? [...spec.header, spec.header[0]!.map(() => 'Ghi chú')] : spec.header;
  r = writeHeader(ctx, ws, r, header);
  if (ctx.chance(0.35, 'numberRow')) {
    const paren = ctx.chance(0.3);
    header.forEach((_p, c) => {
      const n = c < spec.lead ? String.fromCharCode(65 + c) : String(c - spec.lead + 1);
      ws.getCell(r, c + 1).value = paren ? `(${n})` : n;
    });
    r++;
  }
  const at: number[] = [];
  for (const row of spec.rows) {
    row.cells.forEach((v, c) => writeCell(ctx, ws.getCell(r, c + 1), v));
    if (row.bold) ws.getRow(r).font = { bold: true };
    if (row.hidden) ws.getRow(r).hidden = true;
    if (noteCol && (row.note || ctx.chance(0.2))) ws.getCell(r, width).value = row.note ?? ctx.pick(NOTES);
    at.push(r++);
  }
  if (noteCol) ws.getColumn(width).hidden = true;
  footer(ctx, ws, r, width);
  return at;
}

function writeHeader(ctx: Ctx, ws: ExcelJS.Worksheet, top: number, paths: string[][]): number {
  const merge = ctx.chance(0.75, 'merged');
  const depth = paths[0]!.length;
  const done = new Set<string>();
  const samePrefix = (a: number, b: number, d: number) => paths[a]!.slice(0, d + 1).every((l, i) => l === paths[b]![i]);
  for (let d = 0; d < depth; d++) {
    for (let c = 0; c < paths.length; c++) {
      if (done.has(`${d},${c}`)) continue;
      const label = paths[c]![d]!;
      let c1 = c;
      while (c1 + 1 < paths.length && samePrefix(c1 + 1, c, d)) c1++;
      let d1 = d;
      const cols = Array.from({ length: c1 - c + 1 }, (_, i) => c + i);
      while (d1 + 1 < depth && cols.every((cc) => paths[cc]![d1 + 1] === label)) d1++;
      for (let dd = d; dd <= d1; dd++) for (const cc of cols) done.add(`${dd},${cc}`);
      if (merge || (c1 === c && d1 === d)) {
        ws.getCell(top + d, c + 1).value = label;
        if (c1 > c || d1 > d) ws.mergeCells(top + d, c + 1, top + d1, c1 + 1);
      } else {
        for (let dd = d; dd <= d1; dd++) for (const cc of cols) ws.getCell(top + dd, cc + 1).value = label;
      }
    }
  }
  for (let d = 0; d < depth; d++) ws.getRow(top + d).font = { bold: true };
  return top + depth;
}

function footer(ctx: Ctx, ws: ExcelJS.Worksheet, row: number, width: number): void {
  let r = row + (ctx.chance(0.7) ? 1 : 0);
  if (ctx.chance(0.5, 'footnote')) {
    ws.getCell(r++, 2).value = ctx.pick(['Ghi chú: Số liệu phân bổ theo định mức tại Nghị quyết số 12/2022/NQ-HĐND.', '(*) Kinh phí đã bao gồm 120 triệu đồng giao đợt 2.']);
    if (ctx.chance(0.3)) ws.getCell(r++, 2).value = 'Các đơn vị chịu trách nhiệm về tính chính xác của số liệu.';
  }
  if (ctx.chance(0.5, 'signatures')) {
    r++;
    ws.getCell(r, 2).value = 'NGƯỜI LẬP BIỂU';
    ws.getCell(r++, Math.max(width - 1, 3)).value = ctx.pick(['KT. CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN']);
    ws.getCell(r, Math.max(width - 1, 3)).value = 'PHÓ CHỦ TỊCH';
    r += 4;
    ws.getCell(r, 2).value = 'Lò Văn Hùng';
    ws.getCell(r, Math.max(width - 1, 3)).value = 'Hà Trọng Hải';
  }
}
