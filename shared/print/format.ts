// Figures and dates as a printed sheet writes them: vi-VN numbers (1.234.567,5), zero as "-",
// "ngày 05 tháng 01 năm 2026".
import { formatVi, roundShift } from '../decimal';
import { SCALES } from '../money';

/** The display units a sheet is printed in: the Treasury's sheets are in đồng, reports in triệu. */
export const PRINT_SCALES = ['dong', 'trieu'] as const;
export type PrintScale = (typeof PRINT_SCALES)[number];

/** Triệu are printed with up to three decimals (down to a thousand đồng), as reports write them. */
const DECIMALS: Record<PrintScale, number> = { dong: 0, trieu: 3 };

/** An amount in đồng as the whole number of the smallest printed step (1 đồng, or 1.000 đồng). */
export function toUnits(dong: number, scale: PrintScale): bigint {
  return roundShift(BigInt(dong), SCALES[scale] - DECIMALS[scale]);
}

/** How many đồng one printed step is. */
export function stepDong(scale: PrintScale): number {
  return 10 ** (SCALES[scale] - DECIMALS[scale]);
}

export function formatUnits(units: bigint, scale: PrintScale): string {
  return units === 0n ? '-' : formatVi(units, DECIMALS[scale]);
}

/** A percentage with the decimals it was written (or computed) with. */
export function formatPercent(percent: number, decimals: number): string {
  return percent.toFixed(decimals).replace('.', ',');
}

/** 2026-01-05 → "ngày 05 tháng 01 năm 2026". NĐ 30/2020: a day below 10 and the months 1 and 2
 * take a leading zero (so no one can add a digit), the other months do not ("tháng 3"). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = String(d).padStart(2, '0');
  const month = m <= 2 ? String(m).padStart(2, '0') : String(m);
  return `ngày ${day} tháng ${month} năm ${y}`;
}
