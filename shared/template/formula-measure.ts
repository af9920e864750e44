// What a formula cell of a report row stands for, when it is one of the column identities over
// the figures beside it: 04-SDKP's "=F15+G15+H15" under "5 = 6+7+8" is the row's available,
// "=E15-I15-J15" under "11 = 5 - 9 - 10" its carry-out. Knowing that, the filler can show the
// book's figure where the identity does not hold, as every other page does (identity.ts).
import type { Measure } from '../claim';
import { IDENTITY, type IdentityMeasure } from './identity';
import type { FigurePlaceholder } from './syntax';

/** A cell of the row: a figure placeholder standing alone, a formula, or anything else. */
export type RowCell = { figure: FigurePlaceholder } | { formula: string } | null;

type Vector = Map<Measure, number>;

const TERM = /^\s*([+-]?)\s*(?:SUM\(\s*\$?([A-Z]{1,3})\$?(\d+)\s*:\s*\$?([A-Z]{1,3})\$?(\d+)\s*\)|\$?([A-Z]{1,3})\$?(\d+))\s*/i;

/** The identity measure the formula computes, with the placeholder it then stands for. */
export function formulaFigure(formula: string, row: number, cellAt: (col: number) => RowCell): FigurePlaceholder | null {
  const read = vectorOf(formula, row, cellAt, 0);
  if (!read) return null;
  const canonical = expand(read.vector);
  for (const m of ['available', 'carry_out'] as const) {
    if (same(canonical, expand(new Map(identityVector(m))))) return { ...read.base, measure: m };
  }
  return null;
}

function identityVector(m: IdentityMeasure): [Measure, number][] {
  return IDENTITY[m].map(([op, sign]) => [op, sign]);
}

/** "available" written out as its operands, so 5 = 6+7+8 and 11 = 6+7+8-9-10 read alike. */
function expand(v: Vector): Vector {
  const out: Vector = new Map();
  const add = (m: Measure, k: number) => out.set(m, (out.get(m) ?? 0) + k);
  for (const [m, k] of v) {
    if (m === 'available') for (const [op, sign] of IDENTITY.available) add(op, k * sign);
    else add(m, k);
  }
  for (const [m, k] of out) if (k === 0) out.delete(m);
  return out;
}

function same(a: Vector, b: Vector): boolean {
  return a.size === b.size && [...a].every(([m, k]) => b.get(m) === k);
}

function vectorOf(formula: string, row: number, cellAt: (col: number) => RowCell, depth: number): { vector: Vector; base: FigurePlaceholder } | null {
  if (depth > 3) return null;
  let rest = formula.replace(/^=/, '');
  const vector: Vector = new Map();
  let base: FigurePlaceholder | null = null;
  while (rest.trim()) {
    const m = TERM.exec(rest);
    if (!m) return null;
    rest = rest.slice(m[0].length);
    const sign = m[1] === '-' ? -1 : 1;
    const refs: [string, string][] = m[6] ? [[m[6], m[7]!]] : columnsBetween(m[2]!, m[4]!).map((c) => [c, m[3]!]);
    if (!m[6] && m[3] !== m[5]) return null;
    for (const [letters, r] of refs) {
      if (Number(r) !== row) return null;
      const cell = cellAt(columnNumber(letters));
      const part = !cell ? null : 'figure' in cell ? { vector: new Map([[cell.figure.measure, 1]]), base: cell.figure } : vectorOf(cell.formula, row, cellAt, depth + 1);
      if (!part || (base && !sameFigure(base, part.base))) return null;
      base ??= part.base;
      for (const [measure, k] of part.vector) vector.set(measure, (vector.get(measure) ?? 0) + sign * k);
    }
  }
  return base ? { vector, base } : null;
}

/** Two placeholders about the same row, unit, capital, source, origin, year and unit of money. */
function sameFigure(a: FigurePlaceholder, b: FigurePlaceholder): boolean {
  return a.node === b.node && a.unit === b.unit && a.capital === b.capital && a.source === b.source && a.origin === b.origin
    && a.scale === b.scale && JSON.stringify(a.year) === JSON.stringify(b.year);
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnsBetween(a: string, b: string): string[] {
  const out: string[] = [];
  for (let c = columnNumber(a); c <= columnNumber(b); c++) out.push(columnLetters(c));
  return out;
}

function columnLetters(n: number): string {
  let s = '';
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
