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

/** The measures whose value is computed from `m` (m included): the flow identities and rate. */
const DEPENDENTS: Record<Measure, readonly Measure[]> = {
  carry_in: ['carry_in', 'available', 'carry_out', 'rate', 'disbursed'],
  allocated: ['allocated', 'available', 'carry_out', 'rate', 'disbursed'],
  adjusted: ['adjusted', 'available', 'carry_out', 'rate', 'disbursed'],
  available: ['available', 'carry_out', 'rate', 'disbursed'],
  disbursed: ['disbursed', 'carry_out', 'rate', 'available'],
  cancelled: ['cancelled', 'carry_out'],
  carry_out: ['carry_out'],
  rate: ['rate'],
};

/**
 * `available` and `disbursed` name each other (and whatever makes up available names
 * `disbursed`) because the bound "disbursed ≤ available" reads both: a change to one must
 * re-check the other's claim.
 */
export function dependentMeasures(m: Measure): readonly Measure[] {
  return DEPENDENTS[m];
}
