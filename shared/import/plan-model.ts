// The plan of an import as data: where each figure of her unit is in the table, what it is read
// as, and how sure the reading is. Every layout (units-as-rows.ts, contents-as-rows.ts, works.ts)
// fills one.
import type { Capital, Measure, MoneyMeasure, Source } from '../claim';
import type { Catalog, Line } from '../catalog';
import type { Dong, Scale } from '../money';
import type { Rate } from '../rate';
import { type SheetGrid, fold } from './grid';
import type { Located } from './locate';
import type { NodeMatch } from './match';
import type { ColumnCorrection } from './columns';
import type { Reading } from './reading';

export type Layout = 'units-as-rows' | 'contents-as-rows' | 'measures-as-columns' | 'works';

/** One place of the table read as a catalogue node: a column (units as rows) or a row. */
export interface Mapping {
  /** "D" or "8": where it is; what it says; what it was read as */
  at: string;
  label: string;
  node: string | null;
  /** an implementing unit's share of `node` (a row "- Trung tâm DVNN" under its project) */
  unit?: string | null;
  sure: boolean;
  capital: Capital | null;
  /** the capital type of the section the row is in ("A. Vốn đầu tư phát triển"); null: a total
   * over the sections (the TỔNG SỐ above them); absent: the table has no such sections */
  section?: Capital | null;
  /** read as she said (now, or in a file of the same shape before), not as guessed */
  corrected: boolean;
}

/** Her readings of headers and captions, by the folded text (see correctionKey): a profile
 * saved in the book and applied to the next file that writes them the same way. */
export type Corrections = ReadonlyMap<string, string | null>;

export function correctionKey(label: string): string {
  return fold(label);
}

/** A rate is a percentage as written, a money figure whole đồng. */
export type PlannedValue = { measure: MoneyMeasure; value: Dong } | { measure: 'rate'; value: Rate };

export type PlannedFigure = PlannedValue & {
  node: string;
  unit: string | null;
  /** null: a "Tổng số" column adding the capital types up */
  capital: Capital | null;
  /** null: every source together (the table names none, or she keeps her books without) */
  source: Source | null;
  /** the cell, for messages and the preview ("F8"), and the mapping it was read by (its `at`) */
  cell: string;
  place: string;
  written: string;
  sure: boolean;
  /** read from a row the province hid: its figures count in its totals, but she should look */
  hidden: boolean;
};

export interface Plan {
  layout: Layout;
  /** her unit as the table names it */
  unit: string;
  /** the units the table lists, when hers was not found or to let her pick */
  units: string[];
  mappings: Mapping[];
  figures: PlannedFigure[];
  /** cells that hold something that is not a figure, or a fraction of a đồng */
  problems: { cell: string; text: string; reason: string }[];
  /** works the book does not have yet, to be added as her lines (a list of works) */
  lines: Line[];
  /** how it was read, for her to check (the wizard, --explain) */
  reading: Reading;
}

export interface PlanRequest {
  grid: SheetGrid;
  located: Located;
  catalog: Catalog;
  /** how she names her unit ("Phong Thổ"); matched without diacritics or case */
  unit: string;
  scale: Scale;
  /** the table's year: money "kéo dài sang năm 2025" is carried out of 2024, into 2025 */
  year?: number;
  /** the whole table's capital type (from the title), when a column does not say */
  capital: Capital | null;
  /** the whole table's source of money, as she reads it (see ImportOptions.source) */
  source?: Source | null;
  corrections?: Corrections;
  /** her readings of columns of figures, by correctionKey of their header's words */
  columnCorrections?: ReadonlyMap<string, ColumnCorrection>;
  /** the programme's lines in the book: a work already there is filled, not added again */
  lines?: readonly Line[];
}

/** Why no plan: her unit is not in the table (which units are), or nothing in the table reads
 * as a line of the catalogue (another programme's table). */
export type NoPlan = { units: string[]; layout: Layout } | { otherProgramme: true };

/** Where a figure is and what it is read as; the column's measure and capital, when it names them. */
export interface Place {
  m: Mapping;
  row: number;
  col: number;
  measure?: Measure;
  /** a column of decreases: its figures are negated, and added to the row's other adjustments */
  decrease?: boolean;
  /** undefined: the column does not say; then the row's section, then `tableCapital` */
  capital?: Capital | null | undefined;
  /** what the table says where the column does not (its title, her choice, or a total of capital
   * columns); undefined: nothing says (read as every capital together, unsure) */
  tableCapital?: Capital | null | undefined;
  source?: Source | null;
}

export function guess(m: NodeMatch | null): Pick<Mapping, 'node' | 'sure' | 'corrected'> {
  return { node: m?.node ?? null, sure: m?.sure ?? false, corrected: false };
}

export function corrected(req: PlanRequest, m: Mapping): Mapping {
  const key = correctionKey(m.label);
  if (!req.corrections?.has(key)) return m;
  return { ...m, node: req.corrections.get(key) ?? null, sure: true, corrected: true };
}

export function headerLabels(req: PlanRequest, col: number): string[] {
  const labels = req.located.headerRows.map((r) => req.grid.text(r, col)).filter(Boolean);
  return labels.filter((l, i) => i === 0 || l !== labels[i - 1]);
}
