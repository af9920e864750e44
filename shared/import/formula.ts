// A formula a workbook carries without its result (a program that writes .xlsx but does not
// calculate saved it) is worked out where it is simple: a number, a cell, SUM over cells and
// ranges, and + and − of those, as Excel would (an empty cell counts 0). Anything else stays
// unknown, and the import names its cell rather than read it as no figure: "the only hint was a
// total that did not add up".

/** The number a cell of the same sheet holds (worked out the same way when it is such a formula
 * itself), 0 when it is empty, null when it holds text or cannot be worked out. */
export type NumberAt = (row: number, col: number) => number | null;

/** The code of a formula cell with no result that is not simple: the import names its cell. */
export const UNCALCULATED = '#CHƯA TÍNH';

const REF = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/;
const MAX_RANGE_CELLS = 10_000;

export function evaluateSimple(formula: string, at: NumberAt): number | null {
  const text = formula.replace(/^=/, '').replace(/\s+/g, '').toUpperCase();
  if (text === '') return null;
  let total = 0;
  // terms at the top level, each with its sign: "C9+C10-SUM(D1:D4)"
  for (const m of text.matchAll(/([+-]?)([^+-]+)/g)) {
    const value = term(m[2]!, at);
    if (value === null) return null;
    total += m[1] === '-' ? -value : value;
  }
  // the terms must cover the whole formula (no operator of another kind in between)
  return text.replace(/([+-]?)([^+-]+)/g, '') === '' && Number.isFinite(total) ? total : null;
}

function term(text: string, at: NumberAt): number | null {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  const ref = cellOf(text);
  if (ref) return at(ref.row, ref.col);
  const sum = /^SUM\((.*)\)$/.exec(text);
  if (!sum) return null;
  let total = 0;
  for (const arg of sum[1]!.split(/[,;]/)) {
    const value = rangeSum(arg, at);
    if (value === null) return null;
    total += value;
  }
  return total;
}

function rangeSum(text: string, at: NumberAt): number | null {
  const [from, to = from] = text.split(':');
  const a = cellOf(from!);
  const b = cellOf(to!);
  if (!a || !b) return null;
  const [top, bottom, left, right] = [Math.min(a.row, b.row), Math.max(a.row, b.row), Math.min(a.col, b.col), Math.max(a.col, b.col)];
  if ((bottom - top + 1) * (right - left + 1) > MAX_RANGE_CELLS) return null;
  let total = 0;
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      const value = at(r, c);
      if (value === null) return null;
      total += value;
    }
  }
  return total;
}

function cellOf(text: string): { row: number; col: number } | null {
  const m = REF.exec(text);
  if (!m) return null;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}
