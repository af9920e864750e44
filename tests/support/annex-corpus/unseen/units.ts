// Units as rows for the unseen families: each unit draws its leaf amounts (keyed by the family:
// "DA1.1", "DA1.1|DT", "allocated|SN"), a column is a sum of some leaves (or a rate of two sums),
// a section or total row is the sum of its units. Her row's money cells are the figures.
import { type Cell, type Ctx, type Figure, record } from '../common';
import type { ExpectedFigure } from '../types';
import { MINE, someDistricts, unitSpelling } from '../words';
import type { BodyRow } from './sheet';

export type Leaves = Map<string, number>;
export interface UCol {
  path: string[];
  figure: Figure | null;
  amount?: (l: Leaves) => number;
  /** a percentage, never a figure */
  rate?: (l: Leaves) => number | null;
  /** the value columns this one adds (for a "3=4+5" column-number row) */
  sums?: number[];
}
export interface URow { stt: string; name: string; leaves: Leaves; mine?: boolean; bold?: boolean; spanLead?: boolean; hidden?: boolean }

export function sumLeaves(xs: { leaves: Leaves }[]): Leaves {
  const out: Leaves = new Map();
  for (const x of xs) for (const [k, v] of x.leaves) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

export const keysSum = (keys: string[]) => (l: Leaves) => keys.reduce((s, k) => s + (l.get(k) ?? 0), 0);

/** The body rows (STT column or not) and her row's figures. */
export function unitsBody(ctx: Ctx, rows: URow[], cols: UCol[], stt: boolean): { rows: BodyRow[]; expected: ExpectedFigure[] } {
  const expected: ExpectedFigure[] = [];
  const body = rows.map((row): BodyRow => {
    const cells: Cell[] = cols.map((c) => {
      if (c.rate) {
        const r = c.rate(row.leaves);
        return r === null ? null : { rate: r };
      }
      return ctx.money(c.amount!(row.leaves));
    });
    if (row.mine) cells.forEach((cell, i) => record(expected, cell, cols[i]!.figure));
    return { cells: [...(stt ? [row.stt || null] : []), row.name, ...cells], bold: row.bold, spanLead: row.spanLead, hidden: row.hidden };
  });
  return { rows: body, expected };
}

/** Lai Châu's districts (hers among them) numbered 1, 2, ..., and a total row on top or below. */
export function districtRows(ctx: Ctx, draw: () => Leaves, min = 3, spell = unitSpelling(ctx)): URow[] {
  const rows: URow[] = someDistricts(ctx, min).map((d, i) => ({ stt: String(i + 1), name: spell(d), leaves: draw(), mine: d === MINE }));
  const total: URow = { stt: '', name: ctx.pick(['TỔNG SỐ', 'Tổng cộng', 'TỔNG CỘNG', 'Cộng']), leaves: sumLeaves(rows), bold: true, spanLead: ctx.chance(0.4, 'totalSpansLead') };
  return ctx.chance(0.5, 'totalOnTop') ? [total, ...rows] : [...rows, total];
}

/** A rate as the province rounds it, or nothing where the denominator is 0. */
export const rateOf = (num: number, den: number): number | null => (den > 0 ? Math.round((num / den) * 10000) / 100 : null);
