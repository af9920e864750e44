// A table of units as rows (Cấp tỉnh: departments; Cấp huyện: districts), whatever its columns:
// each unit draws its own leaf amounts, every column is a sum of some of them, so section rows
// and the total row really are the sums of the units below. Her row's cells are the figures.
import type ExcelJS from 'exceljs';
import { type Cell, type Ctx, type Figure, record } from './common';
import { writeTable } from './table';
import type { ExpectedFigure } from './types';
import { MINE, someDistricts, unitSpelling } from './words';

export type Leaves = Map<string, number>;
export interface UnitCol { path: string[]; figure: Figure; value(leaves: Leaves): number }

const DEPARTMENTS = ['Sở Lao động - Thương binh và Xã hội', 'Sở Nông nghiệp và Phát triển nông thôn', 'Ban Dân tộc tỉnh', 'Sở Thông tin và Truyền thông'];

interface UnitRow { stt: string; name: string; leaves: Leaves; mine?: boolean; bold?: boolean }

/** Writes the table with `cols` after the lead columns (their paths already of `depth`). */
export function unitsRowsTable(ctx: Ctx, ws: ExcelJS.Worksheet, title: string[], cols: UnitCol[], draw: () => Leaves): ExpectedFigure[] {
  const depth = cols[0]!.path.length;
  const spell = unitSpelling(ctx);
  const stt = ctx.chance(0.85, 'sttColumn');
  const districts = someDistricts(ctx).map((d) => ({ name: spell(d), leaves: draw(), mine: d === MINE }));
  const sections = ctx.chance(0.3, 'sections');
  const rows: UnitRow[] = [];
  const sum = (xs: { leaves: Leaves }[]): Leaves => {
    const out: Leaves = new Map();
    for (const x of xs) for (const [k, v] of x.leaves) out.set(k, (out.get(k) ?? 0) + v);
    return out;
  };
  const numbered = (xs: { name: string; leaves: Leaves; mine?: boolean }[]) => xs.map((x, i) => ({ ...x, stt: String(i + 1) }));
  let units: { leaves: Leaves }[] = districts;
  if (sections) {
    const departments = ctx.some(DEPARTMENTS, 0.5).map((name) => ({ name, leaves: draw() }));
    rows.push({ stt: 'I', name: 'Cấp tỉnh', leaves: sum(departments), bold: true }, ...numbered(departments));
    rows.push({ stt: 'II', name: ctx.pick(['Cấp huyện', 'Các huyện, thành phố']), leaves: sum(districts), bold: true }, ...numbered(districts));
    units = [...departments, ...districts];
  } else {
    rows.push(...numbered(districts));
  }
  const total: UnitRow = { stt: '', name: ctx.pick(['TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG', 'Cộng']), leaves: sum(units), bold: true };
  if (ctx.chance(0.5, 'totalOnTop')) rows.unshift(total);
  else rows.push(total);
  const hide = ctx.pick(['none', 'none', 'hers', 'other'] as const, 'hiddenRow');
  const other = rows.find((r) => !r.mine && !r.bold);

  const captionHead = ctx.pick(['Tên đơn vị', 'Đơn vị', 'Đơn vị thực hiện', 'Địa phương']);
  const lead = [...(stt ? [ctx.pick(['STT', 'TT'])] : []), captionHead].map((l) => Array<string>(depth).fill(l));
  const expected: ExpectedFigure[] = [];
  const body = rows.map((row) => {
    const cells: Cell[] = cols.map((c) => ctx.money(c.value(row.leaves)));
    if (row.mine) cells.forEach((cell, i) => record(expected, cell, cols[i]!.figure));
    return { cells: [...(stt ? [row.stt] : []), row.name, ...cells], bold: row.bold, hidden: (hide === 'hers' && row.mine) || (hide === 'other' && row === other) };
  });
  writeTable(ctx, ws, { title, header: [...lead, ...cols.map((c) => c.path)], lead: lead.length, rows: body });
  return expected;
}

/** Extra header rows over the value columns ("Chia ra"), for a deeper header (at most 4 rows in all). */
export function groupRows(ctx: Ctx, max = 2): string[] {
  return ctx.pick([[], [], ['Chia ra'], ['Chi tiết theo dự án'], ['Phân bổ cho các dự án, tiểu dự án', 'Chia ra']].filter((g) => g.length <= max));
}

/** A total column's path: its label down the whole depth. */
export const whole = (label: string, depth: number) => Array<string>(depth).fill(label);
