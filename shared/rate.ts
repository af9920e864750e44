// A disbursement rate in percent, kept with the precision it was written with:
// "81,82" was stated to two decimals and is checked at two decimals.
import { type Decimal, type ParseResult, formatVi, pow10, readNumber, roundShift } from './decimal';
import type { Dong } from './money';

export type Rate = Decimal;

export const COMPUTED_RATE_DECIMALS = 2;

/** A stated rate keeps at most this many decimals. */
export const MAX_RATE_DECIMALS = 6;
/**
 * The largest rate in percent. A disbursement rate is near 0–100 %; the bound is generous but
 * keeps every coefficient (at most 10^4 · 10^6) far inside SQLite's 64-bit integer.
 */
export const MAX_RATE_PERCENT = 10_000;

/** Parses a rate as typed or pasted: "81,82", "81,82 %", "100". */
export function parseRate(text: string): ParseResult<Rate> {
  const read = readNumber(text);
  if (!read.ok) return read;
  return checkRate(read.value.value);
}

/** Whether a number read elsewhere (a JSON number, an interchange string) can be a rate. */
export function checkRate(value: Decimal): ParseResult<Rate> {
  if (value.decimals > MAX_RATE_DECIMALS) return { ok: false, reason: 'tỷ lệ có quá nhiều chữ số thập phân' };
  const max = BigInt(MAX_RATE_PERCENT) * pow10(value.decimals);
  if (value.coefficient < 0n || value.coefficient > max) {
    return { ok: false, reason: `tỷ lệ phải từ 0 đến ${formatVi(BigInt(MAX_RATE_PERCENT), 0)} %` };
  }
  return { ok: true, value };
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
