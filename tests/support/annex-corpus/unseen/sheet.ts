// The unseen families' sheet writer: a block (lines above, header, column-number row, body) written
// from any row, so that a sheet can hold two tables; header labels may be blank ('' writes nothing
// and merges with nothing: a group caption's own total column) or hold line breaks; a lead caption
// may span the lead columns (a "TỔNG CỘNG" merged over STT and name); money can be rendered by the
// family (text with spaces, negatives in brackets) instead of the corpus's writeCell.
import type ExcelJS from 'exceljs';
import { type Cell, type Ctx, writeCell } from '../common';

export interface Line {
  text: string;
  /** title: bold, centred, merged over the table; note: italic, centred; scale: at the right;
   * corner / heading: in the first column, plain / bold */
  kind: 'title' | 'note' | 'scale' | 'corner' | 'heading';
  /** a title cell merged over this many rows */
  rows?: number;
}
export interface BodyRow { cells: Cell[]; bold?: boolean; hidden?: boolean; spanLead?: boolean }
export interface Block {
  lines: Line[];
  header: string[][];
  lead: number;
  /** the column-number row, one text per column */
  numbers?: string[];
  rows: BodyRow[];
}
export type Render = (ctx: Ctx, cell: ExcelJS.Cell, v: Cell) => void;
export interface BlockStyle { merge: boolean; mergeTitle: boolean; gap: boolean; render?: Render }

export function blockStyle(ctx: Ctx): BlockStyle {
  return { merge: ctx.chance(0.75, 'merged'), mergeTitle: ctx.chance(0.6), gap: ctx.chance(0.5) };
}

/** Writes the block from row `top`; returns the next free row and the sheet row of each body row. */
export function writeBlock(ctx: Ctx, ws: ExcelJS.Worksheet, top: number, b: Block, o: BlockStyle): { next: number; body: number[] } {
  const width = b.header.length;
  let r = top;
  for (const line of b.lines) {
    const rows = line.rows ?? 1;
    if (line.kind === 'scale') {
      const c = ws.getCell(r++, Math.max(width - 1, 2));
      c.value = line.text;
      c.font = { italic: true };
      continue;
    }
    const c = ws.getCell(r, 1);
    c.value = line.text;
    if (line.kind === 'corner' || line.kind === 'heading') {
      c.font = { bold: line.kind === 'heading' };
      r++;
      continue;
    }
    c.font = line.kind === 'title' ? { bold: true, size: 13 } : { italic: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    if (o.mergeTitle || rows > 1) ws.mergeCells(r, 1, r + rows - 1, width);
    r += rows;
  }
  if (o.gap) r++;
  r = writeHeader(ws, r, b.header, o.merge);
  if (b.numbers) {
    b.numbers.forEach((n, c) => { ws.getCell(r, c + 1).value = n; });
    ws.getRow(r).font = { italic: true };
    r++;
  }
  const body: number[] = [];
  const render = o.render ?? writeCell;
  for (const row of b.rows) {
    let cells = row.cells;
    const span = row.spanLead && b.lead > 1;
    if (span) cells = [cells[b.lead - 1]!, ...Array<Cell>(b.lead - 1).fill(null), ...cells.slice(b.lead)];
    cells.forEach((v, c) => render(ctx, ws.getCell(r, c + 1), v));
    if (span) ws.mergeCells(r, 1, r, b.lead);
    if (row.bold) ws.getRow(r).font = { bold: true };
    if (row.hidden) ws.getRow(r).hidden = true;
    body.push(r++);
  }
  return { next: r, body };
}

function writeHeader(ws: ExcelJS.Worksheet, top: number, paths: string[][], merge: boolean): number {
  const depth = paths[0]!.length;
  const done = new Set<string>();
  const samePrefix = (a: number, b: number, d: number) => paths[a]!.slice(0, d + 1).every((l, i) => l === paths[b]![i]);
  for (let d = 0; d < depth; d++) {
    for (let c = 0; c < paths.length; c++) {
      if (done.has(`${d},${c}`)) continue;
      const label = paths[c]![d]!;
      if (label === '') continue;
      let c1 = c;
      while (c1 + 1 < paths.length && samePrefix(c1 + 1, c, d)) c1++;
      let d1 = d;
      const cols = Array.from({ length: c1 - c + 1 }, (_, i) => c + i);
      while (d1 + 1 < depth && cols.every((cc) => paths[cc]![d1 + 1] === label)) d1++;
      for (let dd = d; dd <= d1; dd++) for (const cc of cols) done.add(`${dd},${cc}`);
      const put = (row: number, col: number) => {
        const cell = ws.getCell(row, col);
        cell.value = label;
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      };
      if (merge || (c1 === c && d1 === d)) {
        put(top + d, c + 1);
        if (c1 > c || d1 > d) ws.mergeCells(top + d, c + 1, top + d1, c1 + 1);
      } else {
        for (let dd = d; dd <= d1; dd++) for (const cc of cols) put(top + dd, cc + 1);
      }
    }
  }
  for (let d = 0; d < depth; d++) ws.getRow(top + d).font = { bold: true };
  return top + depth;
}

/** The column-number row: A, B for the lead columns and 1, 2, ... after, or (1), (2); a column
 * that adds others may say so ("3=4+5") when `sums` gives, per value column, the value columns it adds. */
export function numberRow(ctx: Ctx, width: number, lead: number, sums: (number[] | undefined)[] = []): string[] | undefined {
  const style = ctx.pick(['none', 'none', 'A1', '(1)', 'formula'] as const, 'numberRow');
  if (style === 'none') return undefined;
  return Array.from({ length: width }, (_, c) => {
    const paren = (s: string) => (style === '(1)' ? `(${s})` : s);
    if (c < lead) return paren(String.fromCharCode(65 + c));
    const n = c - lead + 1;
    const parts = sums[c - lead];
    return style === 'formula' && parts?.length ? `${n}=${parts.map((p) => p + 1).join('+')}` : paren(String(n));
  });
}

/** Footnotes and signatures under a table, as table.ts writes them. */
export function footer(ctx: Ctx, ws: ExcelJS.Worksheet, row: number, width: number): number {
  let r = row + (ctx.chance(0.7) ? 1 : 0);
  if (ctx.chance(0.5, 'footnote')) {
    ws.getCell(r++, 2).value = ctx.pick(['Ghi chú: Số liệu phân bổ theo định mức tại Nghị quyết số 12/2022/NQ-HĐND.', '(*) Các đơn vị chịu trách nhiệm về tính chính xác của số liệu.']);
  }
  if (ctx.chance(0.5, 'signatures')) {
    r++;
    ws.getCell(r, 2).value = 'NGƯỜI LẬP BIỂU';
    ws.getCell(r++, Math.max(width - 1, 3)).value = ctx.pick(['KT. CHỦ TỊCH', 'TM. ỦY BAN NHÂN DÂN']);
    ws.getCell(r, Math.max(width - 1, 3)).value = 'PHÓ CHỦ TỊCH';
    r += 4;
    ws.getCell(r, 2).value = 'Lò Văn Hùng';
    ws.getCell(r++, Math.max(width - 1, 3)).value = 'Hà Trọng Hải';
  }
  return r;
}

/** The unit of money as provinces write it, more spellings than the first corpus uses. */
export function scaleSpellings(ctx: Ctx): string {
  return ctx.pick({
    trieu: ['ĐVT: Triệu đồng', 'ĐVT: Tr.đồng', 'Đơn vị: triệu đồng', 'ĐVT: Tr đồng', 'Đơn vị tính: Triệu đồng.'],
    nghin: ['ĐVT: 1.000 đồng', 'ĐVT: Nghìn đồng', 'Đơn vị tính: 1000 đồng', 'ĐVT: Ngàn đồng'],
    dong: ['ĐVT: Đồng', 'Đơn vị tính: VNĐ', 'ĐVT: đồng'],
  }[ctx.scale]);
}

/** The decision the annex belongs to. */
export function decisionLine(ctx: Ctx): string {
  const [day, month, year] = ctx.pick([[10, 1, ctx.year], [15, 12, ctx.year - 1], [6, 4, ctx.year]] as const);
  return `(Kèm theo Quyết định số ${ctx.int(12, 2900)}/QĐ-UBND ngày ${day}/${String(month).padStart(2, '0')}/${year} của UBND tỉnh Lai Châu)`;
}
