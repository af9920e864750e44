// The figure a cell holds, exactly: a number cell's canonical text ("59347.79", see
// sheet-model.ts), or a figure typed as text the Vietnamese way ("1.234,5", "(2.000)").
import { type Decimal, parseDecimal } from '../decimal';
import type { Cell } from './sheet-model';

const CANONICAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** `percent`: a rate's cell, where "68,8%" typed as text is 68,8 (the percentage it shows). */
export function cellDecimal(cell: Cell | undefined, percent = false): Decimal | null {
  if (!cell) return null;
  if (cell.kind === 'number') {
    const m = CANONICAL.exec(cell.value);
    if (!m) return null;
    const fraction = m[3] ?? '';
    const coefficient = BigInt(m[2]! + fraction);
    return { coefficient: m[1] ? -coefficient : coefficient, decimals: fraction.length };
  }
  if (cell.kind !== 'text' || !/\d/.test(cell.value)) return null;
  // a leading apostrophe is Excel's mark for "keep this as text", not part of the figure
  const text = cell.value.trim().replace(/^'/, '');
  const parsed = parseDecimal(percent ? text.replace(/\s*%$/, '') : text);
  return parsed.ok ? parsed.value : null;
}
