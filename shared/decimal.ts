// Exact decimal numbers as written by people: "1.234,5", "81,82", "1,234.5", "(2.000)".
// Kept as an integer coefficient and a count of decimals so nothing passes through a float.
// This is the one reader of typed numbers: the grid, the CLI, the interchange format and
// import all come through `readNumber`, so a number means the same thing everywhere.

export interface Decimal {
  readonly coefficient: bigint;
  /** how many digits were written after the decimal mark */
  readonly decimals: number;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A number as written, and whether it ended with a percent sign (only a rate may). */
export interface WrittenNumber {
  readonly value: Decimal;
  readonly percent: boolean;
}

/** Longer text is refused before any work: a cell holds a figure, not a paragraph. */
export const MAX_NUMBER_LENGTH = 64;

// Reasons end up in `Giá trị "…" không hợp lệ: <reason>.`; they never repeat the input.
const WHY = {
  empty: 'ô trống',
  tooLong: `quá dài (tối đa ${MAX_NUMBER_LENGTH} ký tự)`,
  pasted: 'có dấu tab hoặc xuống dòng: có vẻ là nhiều ô được dán vào một ô',
  control: 'có ký tự điều khiển không in được',
  notNumber: 'không phải là số',
  parenAndMinus: 'vừa có dấu ngoặc vừa có dấu trừ',
  parenAndPlus: 'vừa có dấu ngoặc vừa có dấu cộng',
  space: 'dấu cách chỉ dùng để tách nhóm ba chữ số',
  mixedMarks: 'lẫn lộn dấu chấm và dấu phẩy',
  mixedGroups: 'lẫn lộn dấu cách với dấu chấm hoặc dấu phẩy để tách nhóm',
  grouping: 'dấu phân cách hàng nghìn không hợp lệ',
  percent: 'dấu % chỉ dùng cho tỷ lệ',
  exponent: 'số viết dạng lũy thừa (có chữ e)',
} as const;

const NBSP = /[\u00a0\u202f]/g;
/** A cell boundary: what separates cells and rows when a block is copied from a spreadsheet. */
const CELL_BREAK = /[\t\n\v\f\r\u0085\u2028\u2029]/;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Reads the number forms an accountant types or pastes: Vietnamese (`1.234.567,5`),
 * English (`1,234,567.5`), plain (`1234567.5`), spaces as group separators, a leading sign
 * or accounting parentheses, and a trailing `%` (reported, so the caller decides if it fits).
 */
export function readNumber(text: string): ParseResult<WrittenNumber> {
  // Checked first, so everything below runs on at most 64 characters.
  if (text.length > MAX_NUMBER_LENGTH) return fail(WHY.tooLong);
  const s = trimSpaces(stripCopiedLineEnd(text).replace(NBSP, ' '));
  if (CELL_BREAK.test(s)) return fail(WHY.pasted);
  if (CONTROL.test(s)) return fail(WHY.control);
  if (s === '') return fail(WHY.empty);

  const percent = s.endsWith('%');
  const signed = readSign(percent ? trimSpaces(s.slice(0, -1)) : s);
  if (!signed.ok) return signed;
  const { negative, body } = signed.value;
  if (!/^[\d., ]+$/.test(body) || !/\d/.test(body)) return fail(WHY.notNumber);

  const split = splitIntegerAndFraction(body);
  if (!split.ok) return split;
  const [integer, fraction] = split.value;
  const coefficient = BigInt((integer + fraction).replace(/^0+(?=\d)/, ''));
  return ok({ value: { coefficient: negative ? -coefficient : coefficient, decimals: fraction.length }, percent });
}

/**
 * A plain number: no percent sign. Money and rates have their own readers
 * (`parseMoney`, `parseRate`); pass `{ percent: true }` when a rate is being read.
 */
export function parseDecimal(text: string, options: { percent?: boolean } = {}): ParseResult<Decimal> {
  const read = readNumber(text);
  if (!read.ok) return read;
  if (read.value.percent && !options.percent) return fail(WHY.percent);
  return ok(read.value.value);
}

/** Excel ends the copy of a single cell with a line break; that one is not a second cell. */
function stripCopiedLineEnd(s: string): string {
  if (s.endsWith('\r\n')) return s.slice(0, -2);
  if (s.endsWith('\n')) return s.slice(0, -1);
  return s;
}

/** Only spaces: a tab or a line break at either end is a cell boundary and must be seen. */
function trimSpaces(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === ' ') start++;
  while (end > start && s[end - 1] === ' ') end--;
  return s.slice(start, end);
}

/** One sign, written either way: "-5", "−5", "+5" or "(5)". Both at once is ambiguous. */
function readSign(s: string): ParseResult<{ negative: boolean; body: string }> {
  const outer = leadingSign(s);
  const body = outer ? trimSpaces(s.slice(1)) : s;
  if (!(body.startsWith('(') && body.endsWith(')'))) return ok({ negative: outer === 'minus', body });
  const inner = trimSpaces(body.slice(1, -1));
  const sign = outer ?? leadingSign(inner);
  if (sign) return fail(sign === 'minus' ? WHY.parenAndMinus : WHY.parenAndPlus);
  return ok({ negative: true, body: inner });
}

function leadingSign(s: string): 'minus' | 'plus' | null {
  if (s.startsWith('-') || s.startsWith('\u2212')) return 'minus';
  return s.startsWith('+') ? 'plus' : null;
}

type Mark = '.' | ',';

/** Returns [integer digits, fraction digits], or why the separators cannot be read. */
function splitIntegerAndFraction(s: string): ParseResult<[string, string]> {
  const mark = decimalMark(s);
  if (!mark.ok) return mark;
  const at = mark.value ? s.lastIndexOf(mark.value) : -1;
  const integerPart = at >= 0 ? s.slice(0, at) : s;
  const fraction = at >= 0 ? s.slice(at + 1) : '';
  if (fraction.includes(' ')) {
    // "1.234 567": groups of three after the mark mean dots and spaces were both used to group.
    return fail(/^\d{3}(?: \d{3})+$/.test(fraction) ? WHY.mixedGroups : WHY.space);
  }
  const integer = ungroup(integerPart);
  if (!integer.ok) return integer;
  if (integer.value === '' && fraction === '') return fail(WHY.notNumber);
  return ok([integer.value || '0', fraction]);
}

/**
 * Which of '.' and ',' is the decimal mark, null when there is none:
 * - both occur: the last one, which must occur once; the other can only group thousands;
 * - ',' once: the decimal mark ("1,234" is one point two three four, the Vietnamese reading);
 * - '.' once: a thousands separator in "12.060" (1–3 digits, no leading 0, then exactly
 *   three), because that is how our users write; otherwise the decimal mark ("0.5", "1234.5");
 * - either of them several times: it groups thousands.
 */
function decimalMark(s: string): ParseResult<Mark | null> {
  const dots = count(s, '.');
  const commas = count(s, ',');
  if (dots > 0 && commas > 0) {
    const last: Mark = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    return count(s, last) === 1 ? ok(last) : fail(WHY.mixedMarks);
  }
  if (commas > 0) return ok(commas === 1 ? ',' : null);
  if (dots === 1) return ok(/^[1-9]\d{0,2}\.\d{3}$/.test(s) ? null : '.');
  return ok(null);
}

/** The digits of an integer part; its separators are all one kind and cut groups of exactly three. */
function ungroup(part: string): ParseResult<string> {
  const separators = [...new Set(part.replace(/\d/g, ''))];
  if (separators.length === 0) return ok(part);
  if (separators.length > 1) return fail(WHY.mixedGroups);
  const separator = separators[0]!;
  const [first = '', ...rest] = part.split(separator);
  const grouped = /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
  if (!grouped) return fail(separator === ' ' ? WHY.space : WHY.grouping);
  return ok(first + rest.join(''));
}

function count(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
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
  if (!Number.isFinite(n)) return fail(WHY.notNumber);
  // String(n) is the shortest text that reads back as n. From 1e21 up and below 1e-6 it uses an
  // exponent; writing those out in full would invent digits the file never had.
  const text = String(n);
  if (text.includes('e')) return fail(WHY.exponent);
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return fail(WHY.notNumber);
  const fraction = m[3] ?? '';
  const coefficient = BigInt(m[2]! + fraction);
  return ok({ coefficient: m[1] ? -coefficient : coefficient, decimals: fraction.length });
}
