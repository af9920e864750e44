// A cell of one origin and one year: a row of the tree, a capital type, a source, a measure.
import type { Capital, Measure, Source } from '../claim';

export interface Cell {
  rowId: string;
  capital: Capital | null;
  source: Source | null;
  measure: Measure;
}

export function cellId(c: Cell): string {
  return `${c.rowId}|${c.capital ?? ''}|${c.source ?? ''}|${c.measure}`;
}

const CAPITAL_INDEX = { DT: 1, SN: 2 } as const;
const SOURCE_INDEX = { NSTW: 1, NSDP: 2, HUY_DONG: 3, LONG_GHEP: 4 } as const;

/**
 * A cell as one number: row × 120 + capital × 40 + source × 8 + measure. The evaluator's hot
 * path (a sheet of 3 000 rows looks up hundreds of thousands of cells) moves between related
 * cells by arithmetic instead of building objects and strings.
 */
export const STRIDE = { row: 120, capital: 40, source: 8 } as const;
export const M = { carry_in: 0, allocated: 1, adjusted: 2, available: 3, disbursed: 4, cancelled: 5, carry_out: 6, rate: 7 } as const satisfies Record<Measure, number>;

export function cellNumber(rowIndex: number, c: Omit<Cell, 'rowId'>): number {
  const capital = c.capital === null ? 0 : CAPITAL_INDEX[c.capital];
  const source = c.source === null ? 0 : SOURCE_INDEX[c.source];
  return rowIndex * STRIDE.row + capital * STRIDE.capital + source * STRIDE.source + M[c.measure];
}

/** The measures whose value is computed from `m` (m included): the flow identities and rate. */
const DEPENDENTS: Record<Measure, readonly Measure[]> = {
  carry_in: ['carry_in', 'available', 'carry_out', 'rate', 'disbursed', 'allocated'],
  allocated: ['allocated', 'available', 'carry_out', 'rate', 'disbursed'],
  adjusted: ['adjusted', 'available', 'carry_out', 'rate', 'disbursed'],
  available: ['available', 'carry_out', 'rate', 'disbursed'],
  disbursed: ['disbursed', 'carry_out', 'rate', 'available'],
  cancelled: ['cancelled', 'carry_out'],
  carry_out: ['carry_out'],
  rate: ['rate'],
};

/**
 * Beyond the figures computed from `m`, the claims whose checks read it: `available` and
 * `disbursed` name each other (and whatever makes up available names `disbursed`) because the
 * bound "disbursed ≤ available" reads both; `carry_in` names `allocated` because a missing
 * carry-in is reported on the allocation.
 */
export function dependentMeasures(m: Measure): readonly Measure[] {
  return DEPENDENTS[m];
}
