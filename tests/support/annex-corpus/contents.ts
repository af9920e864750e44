// A table of contents as rows (the programme's projects and sub-projects, numbered I / 1 / 1.1 /
// a) / - / + in an STT column or in the caption, a total row, memo rows "Trong đó: ..."), whatever
// its columns. Amounts are drawn per sub-project (or undivided project) and column key; every
// other row is their sum, so the province's arithmetic adds up. Her columns' cells are figures.
import type ExcelJS from 'exceljs';
import { type Cell, type Ctx, type Figure, record } from './common';
import { type TableRow, writeTable } from './table';
import type { ExpectedFigure } from './types';
import { PROJECTS, naming } from './words';

export interface ContentRow { node: string | null; stt: string; caption: string; bold?: boolean; memoOf?: string; share?: number }
export interface ContentCol {
  path: string[];
  /** what her import reads from this column; null: not hers */
  figure: Figure | null;
  /** the column's amount for a leaf line, in đồng */
  leaf(code: string): number;
  /** a rate column: disbursed over available, in percent */
  rate?: { num: ContentCol; den: ContentCol };
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];
const MEMOS: Record<string, string> = {
  DA1: 'Trong đó: Duy tu, bảo dưỡng các công trình', 'DA1.1': 'Trong đó: Duy tu, bảo dưỡng công trình sau đầu tư',
  DA2: 'Trong đó: Hỗ trợ hộ nghèo, hộ cận nghèo', 'DA4.1': 'Trong đó: Đào tạo nghề cho người lao động', DA5: 'Trong đó: Hỗ trợ xây mới nhà ở',
};

/** The rows, and the leaf lines amounts are drawn for. `keep` filters the projects (an
 * investment table lists Dự án 1 and Dự án 4 only). */
export interface Contents { rows: ContentRow[]; leaves: string[]; sttCol: boolean }

export function contentRows(ctx: Ctx, keep: (code: string) => boolean = () => true): Contents {
  const name = naming(ctx);
  const sttCol = ctx.chance(0.7, 'sttColumn');
  const style = ctx.pick(['I/1', 'I/1', '1/1.1', 'I/a', 'I/-', '1/+'] as const, 'numbering');
  const byName = ctx.chance(0.15, 'captionsByName');
  const projects = ctx.some(PROJECTS.filter((p) => keep(p.code)), 0.6, 2);
  const rows: ContentRow[] = [];
  const leaves: string[] = [];
  const caption = (num: string, text: string, sep: string) => (sttCol ? { stt: num, caption: text } : { stt: '', caption: `${num}${sep}${text}` });
  projects.forEach((p, i) => {
    const num = style.startsWith('I') ? ROMAN[i]! : String(i + 1);
    const text = byName && p.code !== 'DA1' ? p.name : name.project(p);
    rows.push({ node: p.code, bold: true, ...caption(num, text, '. ') });
    const subs = p.subs.filter((s) => keep(s.code) && ctx.chance(0.75));
    if (subs.length === 0) leaves.push(p.code);
    else if (MEMOS[p.code] && ctx.chance(0.25)) rows.push({ node: null, stt: '', caption: MEMOS[p.code]!, memoOf: p.code, share: 0.1 + ctx.r() * 0.3 });
    subs.forEach((s, j) => {
      leaves.push(s.code);
      const sub = style.endsWith('/1') ? String(j + 1) : style.endsWith('1.1') ? `${i + 1}.${j + 1}` : style.endsWith('a') ? 'abcdefg'[j]! : style.slice(-1);
      const sep = /^[a-g]$/.test(sub) ? ') ' : /[-+]/.test(sub) ? ' ' : '. ';
      rows.push({ node: s.code, ...caption(sub, byName && !s.code.startsWith('DA1') ? s.name : name.sub(p, s), sep) });
      if (MEMOS[s.code] && ctx.chance(0.3)) rows.push({ node: null, stt: '', caption: MEMOS[s.code]!, memoOf: s.code, share: 0.2 + ctx.r() * 0.5 });
    });
    if (subs.length === 0 && MEMOS[p.code] && ctx.chance(0.25)) rows.push({ node: null, stt: '', caption: MEMOS[p.code]!, memoOf: p.code, share: 0.3 });
  });
  const total: ContentRow = { node: 'GNBV', stt: '', caption: ctx.pick(['TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG', 'Tổng số']), bold: true };
  if (ctx.chance(0.75, 'totalOnTop')) rows.unshift(total);
  else rows.push(total);
  return { rows, leaves, sttCol };
}

const under = (leaf: string, node: string) => node === 'GNBV' || leaf === node || leaf.startsWith(`${node}.`);

/** Writes the table; her columns' cells in catalogue rows are the expected figures. */
export function contentsTable(ctx: Ctx, ws: ExcelJS.Worksheet, title: string[], table: Contents, cols: ContentCol[]): ExpectedFigure[] {
  const depth = cols[0]!.path.length;
  const { sttCol } = table;
  const head = ctx.pick(['Nội dung', 'Nội dung, dự án', 'Dự án, tiểu dự án', 'Chỉ tiêu']);
  const lead = [...(sttCol ? [ctx.pick(['STT', 'TT'])] : []), head].map((l) => Array<string>(depth).fill(l));
  const sum = (col: ContentCol, node: string) => table.leaves.filter((l) => under(l, node)).reduce((s, l) => s + col.leaf(l), 0);
  const expected: ExpectedFigure[] = [];
  const hide = ctx.chance(0.2, 'hiddenRow') ? ctx.int(1, table.rows.length - 1) : -1;
  const rows: TableRow[] = table.rows.map((row, i) => {
    const cells: Cell[] = cols.map((col) => {
      const node = row.node ?? row.memoOf!;
      if (col.rate) {
        const den = sum(col.rate.den, node);
        return den > 0 ? { rate: Math.round((sum(col.rate.num, node) / den) * 10000) / 100 } : null;
      }
      const whole = sum(col, node);
      return ctx.money(row.node ? whole : ctx.share(whole, row.share!));
    });
    if (row.node) cells.forEach((cell, c) => record(expected, cell, cols[c]!.figure && { ...cols[c]!.figure!, node: row.node! }));
    return { cells: [...(sttCol ? [row.stt] : []), row.caption, ...cells], bold: row.bold, hidden: i === hide };
  });
  writeTable(ctx, ws, { title, header: [...lead, ...cols.map((c) => c.path)], lead: lead.length, rows });
  return expected;
}

/** Amounts drawn once per key, whichever column asks first: "Tổng số" is then ĐT + SN exactly. */
export function amounts(draw: (key: string) => number): (key: string) => number {
  const memo = new Map<string, number>();
  return (key) => {
    if (!memo.has(key)) memo.set(key, draw(key));
    return memo.get(key)!;
  };
}
