// A cell of one origin and one year as one number, and the only place that knows how it is
// packed. The evaluator's hot path (a sheet of 3 000 rows looks up hundreds of thousands of
// cells) moves between related cells by arithmetic instead of building objects and strings;
// everyone else moves through these functions, as HyperFormula keeps its addresses behind one
// mapping. The functions are small enough for V8 to inline where they are called.
import type { Capital, Measure, Source } from '../claim';

declare const cellNoBrand: unique symbol;
/** row × 120 + capital × 40 + source × 8 + measure; capital 0 is Cộng, source 0 every source */
export type CellNo = number & { readonly [cellNoBrand]: true };

const MEASURES_PER_SOURCE = 8;
const SOURCES_PER_CAPITAL = 5;
const CAPITALS_PER_ROW = 3;
const SOURCE_STRIDE = MEASURES_PER_SOURCE;
const CAPITAL_STRIDE = SOURCE_STRIDE * SOURCES_PER_CAPITAL;
const ROW_STRIDE = CAPITAL_STRIDE * CAPITALS_PER_ROW;

/** A measure's place among a cell's eight: for sets of measures as bits. */
export const MEASURE_INDEX = {
  carry_in: 0, allocated: 1, adjusted: 2, available: 3, disbursed: 4, cancelled: 5, carry_out: 6, rate: 7,
} as const satisfies Record<Measure, number>;
/** A capital type's place (0: Cộng, both together): for sets of capital types as bits. */
export const CAPITAL_INDEX = { DT: 1, SN: 2 } as const satisfies Record<Capital, number>;
const SOURCE_INDEX = { NSTW: 1, NSDP: 2, HUY_DONG: 3, LONG_GHEP: 4 } as const satisfies Record<Source, number>;

const MEASURE_AT = inverse(MEASURE_INDEX, MEASURES_PER_SOURCE) as readonly Measure[];
const CAPITAL_AT = inverse(CAPITAL_INDEX, CAPITALS_PER_ROW);
const SOURCE_AT = inverse(SOURCE_INDEX, SOURCES_PER_CAPITAL);

export function cellNo(row: number, capital: Capital | null, source: Source | null, measure: Measure): CellNo {
  const c = capital === null ? 0 : CAPITAL_INDEX[capital];
  const s = source === null ? 0 : SOURCE_INDEX[source];
  return (row * ROW_STRIDE + c * CAPITAL_STRIDE + s * SOURCE_STRIDE + MEASURE_INDEX[measure]) as CellNo;
}

/** The number of a cell (capital type, source, measure) on the row at this position of the tree. */
export function cellNoAt(row: number, c: { capital: Capital | null; source: Source | null; measure: Measure }): CellNo {
  return cellNo(row, c.capital, c.source, c.measure);
}

// ── reading a cell ───────────────────────────────────────────────────────────
// Each function does its own arithmetic instead of calling its neighbours, with the strides
// written out (the round trips of the test hold them to those above): these sit on the
// evaluator's hottest paths, where V8 turns `% 120` into a multiplication but divides by a module
// constant, and every call is one more to inline.
/** The row's position in the tree. */
export const rowOf = (c: CellNo): number => Math.floor(c / 120);
export const capitalOf = (c: CellNo): Capital | null => CAPITAL_AT[Math.floor((c % 120) / 40)]!;
export const sourceOf = (c: CellNo): Source | null => SOURCE_AT[Math.floor((c % 40) / 8)]!;
export const measureOf = (c: CellNo): Measure => MEASURE_AT[c % 8]!;
/** 0 for Cộng, else CAPITAL_INDEX */
export const capitalIndexOf = (c: CellNo): number => Math.floor((c % 120) / 40);
/** MEASURE_INDEX */
export const measureIndexOf = (c: CellNo): number => c % 8;
/** Cộng: both capital types together. */
export const isCapitalTotal = (c: CellNo): boolean => c % 120 < 40;
/** The total over every source. */
export const isSourceTotal = (c: CellNo): boolean => c % 40 < 8;

// ── moving to a related cell ─────────────────────────────────────────────────
export const withMeasure = (c: CellNo, m: Measure): CellNo => (c - (c % 8) + MEASURE_INDEX[m]) as CellNo;
export const withCapital = (c: CellNo, capital: Capital | null): CellNo =>
  (c - (c % 120) + (capital === null ? 0 : CAPITAL_INDEX[capital]) * 40 + (c % 40)) as CellNo;
export const withSource = (c: CellNo, source: Source | null): CellNo =>
  (c - (c % 40) + (source === null ? 0 : SOURCE_INDEX[source]) * 8 + (c % 8)) as CellNo;
/** The same capital type, source and measure on another row. */
export const withRow = (c: CellNo, row: number): CellNo => (row * 120 + (c % 120)) as CellNo;
/** The same cell's total over every source. */
export const sourceTotalOf = (c: CellNo): CellNo => (c - (c % 40) + (c % 8)) as CellNo;

// ── a cell in a year ─────────────────────────────────────────────────────────
declare const yearCellBrand: unique symbol;
/** A cell in one year as one number: the engine finds the claims of every origin at a cell and
 * year by it without building a string. */
export type YearCell = number & { readonly [yearCellBrand]: true };

/** the years a YearCell holds: 1900 to 2155 (a book's years are 1990 to 2100, shared/api.ts) */
const FIRST_YEAR = 1900;
const YEARS = 256;

export const yearCell = (c: CellNo, year: number): YearCell => (c * YEARS + (year - FIRST_YEAR)) as YearCell;

function inverse<K extends string>(index: Record<K, number>, size: number): readonly (K | null)[] {
  const at: (K | null)[] = new Array<K | null>(size).fill(null);
  for (const [k, i] of Object.entries(index) as [K, number][]) at[i] = k;
  return at;
}
