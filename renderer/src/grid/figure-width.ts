// How wide her figures are in the display unit, so a column shows them whole: a programme of a
// hundred billion đồng is "161.128" in triệu but "161.128.000" in nghìn đồng, and a fixed width
// per unit cut the larger ones to "116.200.0…". Counted, not written out: formatting the 60 000
// figures of a large book on every load cost as much as drawing the grid.
import { SCALES, type Scale } from '../../../shared/money';
import type { SheetRow } from '../../../shared/sheet/sheet';

/** How wide a sheet's texts are, in characters: its money in the display unit, rates, codes. */
export interface SheetChars {
  money: number;
  rate: number;
  code: number;
}

/** formatMoney's: a figure shows at most three decimals of its unit. */
const MAX_DECIMALS = 3;

/** The characters formatMoney(amount, scale) writes: digits, thousands dots, a comma and the
 * decimals left after trailing zeros, a minus. */
export function moneyChars(amount: number, scale: Scale): number {
  const shift = SCALES[scale];
  const decimals = Math.min(shift, MAX_DECIMALS);
  // rounded half away from zero, as roundShift does; exact below 2^53 (a step is a power of ten)
  const units = Math.round(Math.abs(amount) / 10 ** (shift - decimals));
  if (units === 0) return 1;
  const whole = Math.floor(units / 10 ** decimals);
  let fraction = units % 10 ** decimals;
  let fractionDigits = fraction === 0 ? 0 : decimals;
  while (fraction !== 0 && fraction % 10 === 0) {
    fraction /= 10;
    fractionDigits--;
  }
  const digits = whole === 0 ? 1 : String(whole).length;
  return (amount < 0 ? 1 : 0) + digits + Math.floor((digits - 1) / 3) + (fractionDigits ? 1 + fractionDigits : 0);
}

/** Each row's widest figure per unit, kept while the row is: an edit replaces the rows it
 * changed and keeps the others, so the sheet's widest is counted again for those rows only
 * (counting all 60 000 figures of a large book took 10 ms of every edit). */
const widestOfRow = new Map<Scale, WeakMap<SheetRow, number>>();

function rowWidest(row: SheetRow, scale: Scale): number {
  let kept = widestOfRow.get(scale);
  if (!kept) widestOfRow.set(scale, (kept = new WeakMap()));
  let widest = kept.get(row);
  if (widest === undefined) {
    widest = 0;
    for (const cell of Object.values(row.cells)) {
      if (cell?.kind === 'money') widest = Math.max(widest, moneyChars(cell.dong, scale));
    }
    kept.set(row, widest);
  }
  return widest;
}

/** The widest money figure of a sheet, in characters (0: none). */
export function widestFigure(rows: readonly SheetRow[], scale: Scale): number {
  let widest = 0;
  for (const row of rows) widest = Math.max(widest, rowWidest(row, scale));
  return widest;
}

/** The widest rate of a sheet, in characters as the grid writes it ("100,00": 6). */
export function widestRate(rows: readonly SheetRow[]): number {
  let widest = 0;
  for (const row of rows) {
    for (const cell of Object.values(row.cells)) {
      if (cell?.kind !== 'rate') continue;
      const whole = String(Math.trunc(Math.abs(cell.percent))).length;
      widest = Math.max(widest, whole + (cell.decimals ? 1 + cell.decimals : 0));
    }
  }
  return widest;
}

/** The longest line code of a sheet ("DA1.1-W7": 8). */
export function widestCode(rows: readonly SheetRow[]): number {
  let widest = 0;
  for (const row of rows) widest = Math.max(widest, row.code.length);
  return widest;
}

/** A digit of the grid's 13 px font, a code's character (capitals, digits, dots and dashes:
 * "DA4.1-C1" measures 57 px in Debian's fallback font, wider than Windows' Segoe UI), the
 * narrow decimal comma, and a cell's padding and border around its text. */
const DIGIT_PX = 7.2;
const CODE_CHAR_PX = 7.5;
const COMMA_PX = 3.6;
const AROUND_PX = 13.5;

export function figureWidth(chars: number): number {
  return Math.ceil(chars * DIGIT_PX + AROUND_PX);
}

/** A rate's width: its characters but one are digits, one is the comma ("100,00": 54 px). */
export function rateWidth(chars: number): number {
  return Math.ceil((chars - 1) * DIGIT_PX + COMMA_PX + AROUND_PX);
}

export function codeWidth(chars: number): number {
  return Math.ceil(chars * CODE_CHAR_PX + AROUND_PX);
}
