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

export const COLUMN_IDS = SHEET_COLUMNS.map((c) => c.id) as [ColumnId, ...ColumnId[]];

const BY_ID = new Map(SHEET_COLUMNS.map((c) => [c.id, c]));

export function sheetColumn(id: ColumnId): SheetColumn {
  return BY_ID.get(id)!;
}

/** Columns as she lays them out on screen, in runs under one header: a measure over its capital
 * types ("Giao" over ĐT, SN, Cộng) or a capital type over its measures ("Vốn SN" over the
 * measures), whichever the order of the columns makes. Exports and prints follow the screen. */
export interface ColumnRun {
  by: 'measure' | 'capital';
  measure: Measure | null;
  capital: Capital | null;
  columns: SheetColumn[];
}

export function columnRuns(ids: readonly ColumnId[]): ColumnRun[] {
  const columns = ids.map(sheetColumn);
  const byMeasure = columns.length > 1 && columns[0]!.measure === columns[1]!.measure;
  const runs: ColumnRun[] = [];
  for (const c of columns) {
    const last = runs.at(-1);
    const same = last && (byMeasure ? last.measure === c.measure : last.capital === c.capital);
    if (same) last.columns.push(c);
    else runs.push(byMeasure ? { by: 'measure', measure: c.measure, capital: null, columns: [c] } : { by: 'capital', measure: null, capital: c.capital, columns: [c] });
  }
  return runs;
}
