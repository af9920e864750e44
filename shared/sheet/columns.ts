// The grid's columns: each measure of domain.md under each capital type (ĐT, SN, Cộng).
import type { Capital, Measure } from '../claim';

export const SHEET_MEASURES: readonly Measure[] = [
  'carry_in', 'allocated', 'adjusted', 'available', 'disbursed', 'cancelled', 'rate', 'carry_out',
];

/** null is "Cộng": both capital types together */
export const SHEET_CAPITALS: readonly (Capital | null)[] = ['DT', 'SN', null];

export type ColumnId = `${Measure}:${Capital | 'ALL'}`;

export interface SheetColumn {
  id: ColumnId;
  measure: Measure;
  capital: Capital | null;
}

export function columnId(measure: Measure, capital: Capital | null): ColumnId {
  return `${measure}:${capital ?? 'ALL'}`;
}

export const SHEET_COLUMNS: readonly SheetColumn[] = SHEET_CAPITALS.flatMap((capital) =>
  SHEET_MEASURES.map((measure) => ({ id: columnId(measure, capital), measure, capital })),
);
