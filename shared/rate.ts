// A disbursement rate in percent, kept with the precision it was written with:
// "81,82" was stated to two decimals and is checked at two decimals.
import { type Decimal, type ParseResult, formatVi, parseDecimal, pow10, roundShift } from './decimal';
import type { Dong } from './money';

export type Rate = Decimal;

export const COMPUTED_RATE_DECIMALS = 2;

export function parseRate(text: string): ParseResult<Rate> {
  const parsed = parseDecimal(text);
  if (!parsed.ok) return parsed;
  if (parsed.value.decimals > 6) return { ok: false, reason: 'tỷ lệ có quá nhiều chữ số thập phân' };
  return parsed;
}

/** disbursed / available in percent, rounded half up to `decimals`; null when available is 0. */
export function computeRate(disbursed: Dong, available: Dong, decimals = COMPUTED_RATE_DECIMALS): Rate | null {
  if (available === 0) return null;
  const scaled = BigInt(disbursed) * 100n * pow10(decimals + 1);
  const raw = scaled / BigInt(available); // one extra digit, truncated
  return { coefficient: roundShift(raw, 1), decimals };
}

/** Same ratio cut (not rounded) at `decimals`: a stated rate equal to this is a rounding slip. */
export function truncateRate(disbursed: Dong, available: Dong, decimals: number): Rate | null {
  if (available === 0) return null;
  return { coefficient: (BigInt(disbursed) * 100n * pow10(decimals)) / BigInt(available), decimals };
}

export function formatRate(rate: Rate): string {
  return formatVi(rate.coefficient, rate.decimals, false);
}

export function rateToNumber(rate: Rate): number {
  return Number(rate.coefficient) / 10 ** rate.decimals;
}

export function sameRate(a: Rate, b: Rate): boolean {
  const d = Math.max(a.decimals, b.decimals);
  return a.coefficient * pow10(d - a.decimals) === b.coefficient * pow10(d - b.decimals);
}
