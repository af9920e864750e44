// A cell of one origin and one year: a row of the tree, a capital type, a source, a measure.
import type { Capital, Measure, Source } from '../claim';
import { type CellNo, cellNo, cellNoAt } from './cell-no';

export interface Cell {
  rowId: string;
  capital: Capital | null;
  source: Source | null;
  measure: Measure;
}

export function cellId(c: Cell): string {
  return `${c.rowId}|${c.capital ?? ''}|${c.source ?? ''}|${c.measure}`;
}

/** @deprecated shared/sheet/sheet.ts still packs a row's cells by hand: use cellNo and withRow
 * (cell-no.ts), and these go. */
export const STRIDE = { row: cellNo(1, null, null, 'carry_in') as number } as const;
/** @deprecated as STRIDE: use cellNoAt. */
export const cellNumber = (rowIndex: number, c: Omit<Cell, 'rowId'>): CellNo => cellNoAt(rowIndex, c);

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
