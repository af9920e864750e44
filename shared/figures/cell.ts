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
