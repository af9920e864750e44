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
