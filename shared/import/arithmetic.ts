// The province's own arithmetic, asked when the words allow two readings: a column is the sum of
// others when it is on (nearly) every row that states it. Figures compared exactly, in the
// table's unit; a blank part is 0, as she would add it.
import type { Decimal } from '../decimal';
import { cellDecimal } from './cell-value';
import type { PlanRequest } from './plan-model';

/** Rows on which a province's slip may sit (a total typed over) without changing the reading. */
const SLIPS = 0.2;

export function columnAdds(req: PlanRequest, total: number, parts: readonly number[]): boolean {
  let stated = 0;
  let held = 0;
  for (const row of req.located.dataRows) {
    const whole = valueAt(req, row, total);
    if (whole === null) continue;
    const values = parts.map((c) => valueAt(req, row, c));
    if (values.every((v) => v === null)) continue;
    stated++;
    if (whole === values.reduce<bigint>((a, v) => a + (v ?? 0n), 0n)) held++;
  }
  return stated > 0 && held >= stated * (1 - SLIPS);
}

/** A cell's figure in millionths of the table's unit (triệu with three decimals is whole đồng). */
function valueAt(req: PlanRequest, row: number, col: number): bigint | null {
  const cell = req.grid.at(row, col);
  const d: Decimal | null = cell && cell.row === row && cell.col === col ? cellDecimal(cell) : null;
  if (!d || d.decimals > 6) return null;
  return d.coefficient * 10n ** BigInt(6 - d.decimals);
}
