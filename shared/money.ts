// Money is integer đồng, always. Reports speak triệu đồng; the conversion happens here only.
import { type Decimal, type ParseResult, formatVi, pow10, readNumber, roundShift } from './decimal';

declare const dongBrand: unique symbol;
/** An amount in whole đồng. Only `dong()` and the parsers here make one. */
export type Dong = number & { readonly [dongBrand]: true };

export const SCALES = { dong: 0, nghin: 3, trieu: 6, ty: 9 } as const;
export type Scale = keyof typeof SCALES;
export const SCALE_NAMES = Object.keys(SCALES) as Scale[];

export function dong(n: number): Dong {
  if (!Number.isSafeInteger(n)) throw new RangeError(`Số tiền phải là số nguyên đồng: ${n}`);
  return n as Dong;
}

/** The largest amount a figure may state: a million tỷ đồng, half the whole state budget of a
 * year. Beyond it a figure is a typing slip (a unit of đồng read as triệu), and a total of ten such
 * would no longer be an exact number: refused where it is typed, pasted or read. */
export const MAX_AMOUNT = 1_000_000_000_000_000;

/** A sum or difference of amounts, or null where it is past what a number holds exactly (only
 * figures refused at entry could make one; a total nobody can know is unknown, never a crash). */
export function dongOrNull(n: number): Dong | null {
  return Number.isSafeInteger(n) ? (n as Dong) : null;
}

/** Converts a written decimal in the given scale to đồng; refuses fractions of a đồng. */
export function decimalToDong(value: Decimal, scale: Scale): ParseResult<Dong> {
  const shift = SCALES[scale] - value.decimals;
  const exact = shift >= 0 ? value.coefficient * pow10(shift) : null;
  if (exact === null) {
    const div = pow10(-shift);
    if (value.coefficient % div !== 0n) {
      return { ok: false, reason: 'số tiền lẻ dưới một đồng' };
    }
    return toSafe(value.coefficient / div);
  }
  return toSafe(exact);
}

function toSafe(v: bigint): ParseResult<Dong> {
  if (v > BigInt(MAX_AMOUNT) || v < -BigInt(MAX_AMOUNT)) {
    return { ok: false, reason: 'số tiền quá lớn (quá 1.000.000 tỷ đồng, hơn mọi ngân sách)' };
  }
  return { ok: true, value: dong(Number(v)) };
}

/** Parses money as typed or pasted ("1.234,5" in triệu → 1 234 500 000 đồng). */
export function parseMoney(text: string, scale: Scale): ParseResult<Dong> {
  const read = readNumber(text);
  if (!read.ok) return read;
  // "50%" typed in an amount column is a rate in the wrong place, not fifty.
  if (read.value.percent) return { ok: false, reason: 'số tiền không có dấu %' };
  return decimalToDong(read.value.value, scale);
}

/** vi-VN text of an amount in a display scale, rounded to at most `maxDecimals`. */
export function formatMoney(amount: Dong, scale: Scale, maxDecimals = 3): string {
  const shift = SCALES[scale];
  const decimals = Math.min(shift, maxDecimals);
  const rounded = roundShift(BigInt(amount), shift - decimals);
  return formatVi(rounded, decimals);
}
