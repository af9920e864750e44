// What the third unseen province's families share: a family that gets the whole workbook (several
// sheets, hidden sheets) and may name her unit differently (a commune after 2025), the programme's
// lines as rows with their level known (project, sub-project, memo), and the sums of a column over
// the leaves under a row.
import ExcelJS from 'exceljs';
import { type Cell, Ctx, type Figure, record } from '../common';
import type { AnnexCase, ExpectedFigure, Family } from '../types';
import { PROJECTS, type Project } from '../words';

export const HER_BOOK = ['Phong Thổ', 'Huyện Phong Thổ', 'Ủy ban nhân dân huyện Phong Thổ'];

export interface Drafted { expected: ExpectedFigure[]; unit?: string; year?: number }
export type Draft2 = (ctx: Ctx, wb: ExcelJS.Workbook) => Drafted;

export function family2(name: string, description: string, draft: Draft2): Family {
  return {
    name, description,
    async make(seed) {
      const ctx = new Ctx(name, seed);
      const wb = new ExcelJS.Workbook();
      const d = draft(ctx, wb);
      const unit = d.unit ?? ctx.pick(HER_BOOK, 'book');
      return finish2(ctx, wb, d.expected, unit, d.year ?? ctx.year);
    },
  };
}

async function finish2(ctx: Ctx, wb: ExcelJS.Workbook, expected: ExpectedFigure[], unit: string, year: number): Promise<AnnexCase> {
  const seen = new Set<string>();
  for (const e of expected) {
    const key = `${e.node}|${e.capital}|${e.source}|${e.measure}`;
    if (seen.has(key) || !Number.isSafeInteger(e.dong)) throw new Error(`${ctx.family} ${ctx.seed}: the generator expects ${key} twice or not in đồng`);
    seen.add(key);
  }
  wb.creator = 'Sở Tài chính tỉnh Lai Châu';
  wb.created = wb.modified = new Date(Date.UTC(year, 0, 10));
  const bytes = stableZip(Buffer.from(await wb.xlsx.writeBuffer()));
  return { family: ctx.family, seed: ctx.seed, describe: ctx.describe(), fileName: `${ctx.family}-${ctx.seed}.xlsx`, bytes, unit, year, expected };
}

/** JSZip stamps every entry with the time of writing: set them all to 1 Jan 2020 (as common.ts). */
function stableZip(bytes: Buffer): Buffer {
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = bytes.readUInt16LE(end + 10);
  const time = 0, date = ((2020 - 1980) << 9) | (1 << 5) | 1;
  for (let i = 0, p = bytes.readUInt32LE(end + 16); i < count; i++) {
    bytes.writeUInt16LE(time, p + 12);
    bytes.writeUInt16LE(date, p + 14);
    const local = bytes.readUInt32LE(p + 42);
    bytes.writeUInt16LE(time, local + 10);
    bytes.writeUInt16LE(date, local + 12);
    p += 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return bytes;
}

/** A programme row: the total (level 0), a project (1), a sub-project (2), or a memo of a line. */
export interface PRow { node: string | null; level: 0 | 1 | 2; project?: Project; sub?: Project['subs'][number]; memoOf?: string; share?: number; memo?: string }
export interface PTable { rows: PRow[]; leaves: string[] }

const MEMOS: Record<string, string> = {
  DA1: 'Trong đó: Duy tu, bảo dưỡng các công trình', 'DA1.1': 'Trong đó: Duy tu, bảo dưỡng công trình sau đầu tư',
  DA2: 'Trong đó: Hỗ trợ hộ nghèo, hộ cận nghèo', DA5: 'Trong đó: Hỗ trợ xây mới nhà ở',
};

/** Some projects, some of their sub-projects, memo rows now and then, the total first or last. */
export function programmeRows(ctx: Ctx, keep: (code: string) => boolean = () => true, opts: { memos?: boolean; forceDA1?: boolean } = {}): PTable {
  let projects = ctx.some(PROJECTS.filter((p) => keep(p.code)), 0.6, 2);
  if (opts.forceDA1 && !projects.includes(PROJECTS[0]!)) projects = [PROJECTS[0]!, ...projects];
  const rows: PRow[] = [];
  const leaves: string[] = [];
  for (const p of projects) {
    rows.push({ node: p.code, level: 1, project: p });
    let subs = p.subs.filter((s) => keep(s.code) && ctx.chance(0.75));
    if (opts.forceDA1 && p.code === 'DA1' && !subs.some((s) => s.code === 'DA1.1')) subs = [p.subs[0]!, ...subs];
    if (subs.length === 0) leaves.push(p.code);
    if (opts.memos && MEMOS[p.code] && ctx.chance(0.25)) rows.push({ node: null, level: 2, memoOf: p.code, share: 0.1 + ctx.r() * 0.3, memo: MEMOS[p.code] });
    for (const s of subs) {
      leaves.push(s.code);
      rows.push({ node: s.code, level: 2, project: p, sub: s });
      if (opts.memos && MEMOS[s.code] && ctx.chance(0.3)) rows.push({ node: null, level: 2, memoOf: s.code, share: 0.2 + ctx.r() * 0.5, memo: MEMOS[s.code] });
    }
  }
  const total: PRow = { node: 'GNBV', level: 0 };
  return { rows: ctx.chance(0.75, 'totalOnTop') ? [total, ...rows] : [...rows, total], leaves };
}

export const under = (leaf: string, node: string) => node === 'GNBV' || leaf === node || leaf.startsWith(`${node}.`);

export interface PCol { path: string[]; figure: Figure | null; leaf(code: string): number; rate?: { num: PCol; den: PCol } }

/** A programme row's cells over the columns; her columns' cells on catalogue rows go to `expected`. */
export function programmeCells(ctx: Ctx, t: PTable, row: PRow, cols: PCol[], expected: ExpectedFigure[]): Cell[] {
  const node = row.node ?? row.memoOf!;
  const sum = (c: PCol) => t.leaves.filter((l) => under(l, node)).reduce((s, l) => s + c.leaf(l), 0);
  const cells: Cell[] = cols.map((c) => {
    if (c.rate) {
      const den = sum(c.rate.den);
      return den > 0 ? { rate: Math.round((sum(c.rate.num) / den) * 10000) / 100 } : null;
    }
    return ctx.money(row.node ? sum(c) : ctx.share(sum(c), row.share!));
  });
  if (row.node) cells.forEach((cell, i) => record(expected, cell, cols[i]!.figure && { ...cols[i]!.figure!, node: row.node! }));
  return cells;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'];

/** The STT texts of the rows: I / 1, 1 / 1.1, I / a), 1 / -; memo and total rows have none. */
export function numbering(ctx: Ctx, rows: PRow[]): string[] {
  const style = ctx.pick(['I/1', 'I/1', '1/1.1', 'I/a', '1/-'] as const, 'numbering');
  let p = 0, s = 0;
  return rows.map((r) => {
    if (r.level === 0 || !r.node) return '';
    if (r.level === 1) { p++; s = 0; return style.startsWith('I') ? ROMAN[p - 1]! : String(p); }
    s++;
    return style === 'I/1' ? String(s) : style === '1/1.1' ? `${p}.${s}` : style === 'I/a' ? `${'abcdefg'[s - 1]})` : '-';
  });
}

/** Amounts drawn once per key, whichever column asks first. */
export function memo(draw: (key: string) => number): (key: string) => number {
  const m = new Map<string, number>();
  return (k) => {
    if (!m.has(k)) m.set(k, draw(k));
    return m.get(k)!;
  };
}
