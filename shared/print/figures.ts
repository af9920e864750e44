// The figures of a sheet as printed: each money column rounded to the display unit so that a
// total prints as the sum of its printed parts (see rounding.ts), Cộng as ĐT + SN.
import type { Capital, Measure } from '../claim';
import { columnId } from '../sheet/columns';
import type { SheetRow } from '../sheet/sheet';
import { type PrintScale, toUnits } from './format';
import { roundTree } from './rounding';

export interface PrintedColumn {
  units: Map<string, bigint>;
  adjusted: Set<string>;
}

/** The printed figures of one measure × capital column over the rows shown. */
export function printedColumn(rows: readonly SheetRow[], measure: Measure, capital: Capital | null, scale: PrintScale): PrintedColumn {
  const dong = (c: Capital | null) => {
    const byId = new Map(rows.map((r) => {
      const cell = r.cells[columnId(measure, c)];
      return [r.id, cell?.kind === 'money' ? cell.dong : undefined] as const;
    }));
    return (id: string) => byId.get(id);
  };
  const lines = rows.map((r) => ({ id: r.id, parentId: r.parentId }));
  if (capital !== null) return roundTree(lines, dong(capital), scale);
  // Cộng prints as printed ĐT + printed SN wherever the book's Cộng is exactly ĐT + SN
  const [dt, sn, all] = [roundTree(lines, dong('DT'), scale), roundTree(lines, dong('SN'), scale), roundTree(lines, dong(null), scale)];
  const [dDt, dSn, dAll] = [dong('DT'), dong('SN'), dong(null)];
  for (const r of rows) {
    const [a, b, t] = [dDt(r.id), dSn(r.id), dAll(r.id)];
    if (a === undefined || b === undefined || t === undefined || a + b !== t) continue;
    const sum = dt.units.get(r.id)! + sn.units.get(r.id)!;
    all.units.set(r.id, sum);
    if (sum !== toUnits(t, scale)) all.adjusted.add(r.id);
    else all.adjusted.delete(r.id);
  }
  return all;
}

export const ROUNDING_NOTE = 'Một số dòng được làm tròn lại (đánh dấu *) để số tổng bằng tổng các số in sau khi làm tròn theo đơn vị tính.';
