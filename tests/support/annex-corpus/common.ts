// What every family shares: a seeded draw of choices (each recorded for the failure message),
// the table-wide style a province picks (scale, how figures are typed, zeros, merges), money in
// the table's unit, and the bytes of the finished workbook.
import ExcelJS from 'exceljs';
import { formatVi } from '../../../shared/decimal';
import { prng } from '../consistent-book';
import type { AnnexCase, ExpectedFigure, Family } from './types';

export type Scale = 'trieu' | 'nghin' | 'dong';
/** An amount in đồng, written in the table's unit; a rate is a percentage, never expected. */
export interface Money { dong: number }
export interface Rate { rate: number }
export type Cell = string | number | null | Money | Rate;
export type Figure = Omit<ExpectedFigure, 'dong'>;

const SCALE_TEXT: Record<Scale, string[]> = {
  trieu: ['ĐVT: Triệu đồng', 'Đơn vị tính: triệu đồng', '(Đơn vị tính: Triệu đồng)', 'ĐVT: triệu đồng'],
  nghin: ['ĐVT: Nghìn đồng', 'Đơn vị tính: nghìn đồng'],
  dong: ['Đơn vị tính: đồng', 'ĐVT: Đồng'],
};

export class Ctx {
  readonly r: () => number;
  private readonly parts: string[] = [];
  readonly year: number;
  readonly scale: Scale;
  readonly scaleText: string;
  readonly form: 'number' | 'text' | 'formula' | 'mixed';
  readonly numFmt: boolean;
  readonly zero: 'blank' | 'dash' | 'zero';
  /** a rate as 0.8182 formatted 0.00% rather than 81.82 */
  readonly rateAsFraction: boolean;

  constructor(readonly family: string, readonly seed: number) {
    // the family's name in the seed: seed 1 of two families are different draws
    this.r = prng((seed * 0x9e3779b1) ^ [...family].reduce((h, ch) => Math.imul(h, 31) + ch.charCodeAt(0), 7));
    this.year = this.pick([2022, 2023, 2024, 2025], 'year');
    this.scale = this.pick(['trieu', 'trieu', 'trieu', 'nghin', 'dong', 'dong'] as const, 'scale');
    this.scaleText = this.pick(SCALE_TEXT[this.scale]);
    this.form = this.pick(['number', 'number', 'text', 'formula', 'mixed'] as const, 'figures');
    this.numFmt = this.chance(0.5, 'numFmt');
    this.zero = this.pick(['blank', 'dash', 'zero'] as const, 'zeros');
    this.rateAsFraction = this.chance(0.3);
  }

  pick<T>(xs: readonly T[], label?: string): T {
    const x = xs[Math.floor(this.r() * xs.length)]!;
    if (label) this.note(label, x);
    return x;
  }

  chance(p: number, label?: string): boolean {
    const yes = this.r() < p;
    if (label) this.note(label, yes);
    return yes;
  }

  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }

  /** a few of `xs`, keeping their order; at least `min` */
  some<T>(xs: readonly T[], p: number, min = 1): T[] {
    const out = xs.filter(() => this.r() < p);
    for (const x of xs) if (out.length < min && !out.includes(x)) out.push(x);
    return xs.filter((x) => out.includes(x));
  }

  note(label: string, value: unknown): void {
    const text = (v: unknown) => (v === null ? 'Σ' : String(v));
    this.parts.push(`${label}=${Array.isArray(value) ? value.map(text).join('+') : text(value)}`);
  }

  describe(): string {
    return this.parts.join(' ');
  }

  /** up to `maxTrieu` million đồng, exact in the table's unit (whole thousands unless in đồng) */
  amount(maxTrieu: number, zeroChance = 0): number {
    if (this.r() < zeroChance) return 0;
    return this.scale === 'dong' ? Math.floor(this.r() * maxTrieu * 1e6) : Math.floor(this.r() * maxTrieu * 1000) * 1000;
  }

  /** a part of `dong`, exact in the table's unit */
  share(dong: number, fraction: number): number {
    const step = this.scale === 'dong' ? 1 : 1000;
    return Math.floor((dong * fraction) / step) * step;
  }

  /** a zero as the province writes it: left blank and "-" state nothing, 0 states 0 */
  money(dong: number): Cell {
    if (dong !== 0) return { dong };
    return this.zero === 'blank' ? null : this.zero === 'dash' ? '-' : { dong: 0 };
  }
}

export const isMoney = (c: Cell): c is Money => typeof c === 'object' && c !== null && 'dong' in c;

/** A Money cell is a figure; blank, "-" and text are not. */
export function record(out: ExpectedFigure[], cell: Cell, figure: Figure | null): void {
  if (figure && isMoney(cell)) out.push({ ...figure, dong: cell.dong });
}

/** A money cell in the table's unit, as number, Vietnamese text or formula with its cached result. */
export function writeMoney(ctx: Ctx, cell: ExcelJS.Cell, m: Money): void {
  const shift = { trieu: 6, nghin: 3, dong: 0 }[ctx.scale];
  const decimals = shift === 6 ? 3 : 0;
  const coefficient = BigInt(m.dong) / 10n ** BigInt(shift - decimals);
  const number = Number(coefficient) / 10 ** decimals;
  // a formula's cached 0 is a 0 she sees, as any other
  const form = ctx.form === 'mixed' ? ctx.pick(['number', 'text', 'formula'] as const) : ctx.form;
  if (form === 'text') {
    cell.value = formatVi(coefficient, decimals);
    return;
  }
  cell.value = form === 'number' ? number : { formula: `ROUND(${number}*1,${decimals})`, result: number, date1904: false };
  if (ctx.numFmt) cell.numFmt = decimals ? '#,##0.000' : '#,##0';
}

export function writeRate(ctx: Ctx, cell: ExcelJS.Cell, r: Rate): void {
  cell.value = ctx.rateAsFraction ? Number((r.rate / 100).toFixed(4)) : Number(r.rate.toFixed(2));
  cell.numFmt = ctx.rateAsFraction ? '0.00%' : '0.00';
}

export function writeCell(ctx: Ctx, cell: ExcelJS.Cell, v: Cell): void {
  if (v === null) return;
  if (typeof v === 'object') return 'dong' in v ? writeMoney(ctx, cell, v) : writeRate(ctx, cell, v);
  cell.value = v;
}

/** A family from a draft that writes its table on a sheet it is given (later-sheet and
 * legacy-font put other families' tables on their own sheets). */
export type Draft = (ctx: Ctx, ws: ExcelJS.Worksheet) => ExpectedFigure[];

export function familyOf(name: string, description: string, draft: Draft): Family & { draft: Draft } {
  return {
    name, description, draft,
    async make(seed) {
      const ctx = new Ctx(name, seed);
      const wb = new ExcelJS.Workbook();
      const expected = draft(ctx, wb.addWorksheet(ctx.pick(['PL01', 'Phụ lục 01', 'Biểu 02', 'Sheet1'])));
      return finish(ctx, wb, expected);
    },
  };
}

export async function finish(ctx: Ctx, wb: ExcelJS.Workbook, expected: ExpectedFigure[]): Promise<AnnexCase> {
  const unit = ctx.pick(['Phong Thổ', 'Huyện Phong Thổ', 'Ủy ban nhân dân huyện Phong Thổ'], 'book');
  const seen = new Set<string>();
  for (const e of expected) {
    const key = `${e.node}|${e.capital}|${e.source}|${e.measure}`;
    if (seen.has(key) || !Number.isSafeInteger(e.dong)) throw new Error(`${ctx.family} ${ctx.seed}: the generator expects ${key} twice or not in đồng`);
    seen.add(key);
  }
  // fixed dates: the same seed gives the same bytes, so dump.ts shows what the test read
  wb.creator = 'Sở Tài chính tỉnh Lai Châu';
  wb.created = wb.modified = new Date(Date.UTC(ctx.year, 0, 10));
  const bytes = stableZip(Buffer.from(await wb.xlsx.writeBuffer()));
  return { family: ctx.family, seed: ctx.seed, describe: ctx.describe(), fileName: `${ctx.family}-${ctx.seed}.xlsx`, bytes, unit, year: ctx.year, expected };
}

/** JSZip stamps every entry with the time of writing: set them all to 1 Jan 2020, 00:00. */
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
