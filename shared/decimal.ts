// Exact decimal numbers as written by people: "1.234,5", "81,82", "1,234.5", "(2.000)".
// Kept as an integer coefficient and a count of decimals so nothing passes through a float.

export interface Decimal {
  readonly coefficient: bigint;
  /** how many digits were written after the decimal mark */
  readonly decimals: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const GROUPED = /^\d{1,3}(?:[.,\s]\d{3})+$/;

/**
 * Parses the number forms an accountant types or pastes: Vietnamese (`1.234.567,5`),
 * English (`1,234,567.5`), plain (`1234567.5`), with spaces as group separators, a leading
 * sign or accounting parentheses, and a trailing `%`.
 * A lone dot followed by exactly three digits is a Vietnamese thousands separator
 * ("12.060" is twelve thousand sixty), because that is how our users write.
 */
export function parseDecimal(text: string): ParseResult<Decimal> {
  let s = text.replace(/[\u00a0\u202f]/g, ' ').trim();
  if (s === '') return fail('ô trống');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  s = s.replace(/\s*%$/, '');
  if (!/^[\d.,\s]+$/.test(s) || !/\d/.test(s)) return fail('không phải là số');

  const split = splitIntegerAndFraction(s);
  if (!split) return fail('dấu phân cách hàng nghìn không hợp lệ');
  const [integer, fraction] = split;
  const digits = (integer + fraction).replace(/^0+(?=\d)/, '') || '0';
  const coefficient = BigInt(digits);
  return { ok: true, value: { coefficient: negative ? -coefficient : coefficient, decimals: fraction.length } };
}

/** Returns [integer digits, fraction digits] or null when grouping is malformed. */
function splitIntegerAndFraction(s: string): [string, string] | null {
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let decimalMark: '.' | ',' | null = null;
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ',';
  else if (lastComma >= 0) decimalMark = count(s, ',') > 1 ? null : ',';
  else if (lastDot >= 0) decimalMark = count(s, '.') > 1 || looksLikeThousands(s) ? null : '.';

  const at = decimalMark ? s.lastIndexOf(decimalMark) : -1;
  const integerPart = at >= 0 ? s.slice(0, at) : s;
  const fraction = at >= 0 ? s.slice(at + 1) : '';
  if (!/^\d*$/.test(fraction)) return null;
  if (/[.,\s]/.test(integerPart) && !GROUPED.test(integerPart)) return null;
  const integer = integerPart.replace(/[.,\s]/g, '');
  if (integer === '' && fraction === '') return null;
  return [integer || '0', fraction];
}

function looksLikeThousands(s: string): boolean {
  return /^\d{1,3}\.\d{3}$/.test(s) && !s.startsWith('0.');
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function fail(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Rounds coefficient / 10^shift half away from zero. */
export function roundShift(value: bigint, shift: number): bigint {
  if (shift <= 0) return value * pow10(-shift);
  const div = pow10(shift);
  const q = value / div;
  const r = value % div;
  const twice = (r < 0n ? -r : r) * 2n;
  if (twice >= div) return value < 0n ? q - 1n : q + 1n;
  return q;
}

/** Writes an integer coefficient with `decimals` places the Vietnamese way: 1.234.567,5 */
export function formatVi(coefficient: bigint, decimals: number, trimZeros = true): string {
  const negative = coefficient < 0n;
  const digits = (negative ? -coefficient : coefficient).toString().padStart(decimals + 1, '0');
  const integer = digits.slice(0, digits.length - decimals);
  let fraction = digits.slice(digits.length - decimals);
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + grouped + (fraction ? ',' + fraction : '');
}

/** A JSON number is plain notation (1.234 is one point two three four), never Vietnamese. */
export function decimalFromNumber(n: number): ParseResult<Decimal> {
  if (!Number.isFinite(n)) return fail('không phải là số');
  const text = n.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return fail('không phải là số');
  const fraction = m[3] ?? '';
  const coefficient = BigInt(m[2]! + fraction);
  return { ok: true, value: { coefficient: m[1] ? -coefficient : coefficient, decimals: fraction.length } };
}
