// The reading of a table as she would check it: what each column means (the words over it, each
// recognised for its role, and the line, unit, capital, source and measure they add up to), what
// each row is, which rule decided the layout, and what the importer is unsure of. The wizard
// draws it over the sheet; `sovon import --explain` prints it.
import type { Capital, Measure, Source } from '../claim';
import type { ColumnReading } from './columns';
import type { HeaderRole } from './header-words';
import type { RowRole } from './row-roles';

export interface ColumnNote {
  /** "D" */
  at: string;
  /** its header's words, the key of her reading of it; `corrected`: read as she said */
  label: string;
  corrected: boolean;
  header: { text: string; role: HeaderRole }[];
  node: string | null;
  unit: 'mine' | 'other' | 'all' | null;
  capital: Capital | null | undefined;
  source: Source | null | undefined;
  measure: Measure | null;
  /** her figures are read from it */
  read: boolean;
}

export type RowRoleName = RowRole['role'] | 'blank';

export interface RowNote {
  row: number;
  caption: string;
  role: RowRoleName;
  /** the line its figures are read as, when they are hers */
  node: string | null;
  mine: boolean;
  sure: boolean;
}

/** Why the table was read as it was, as data: the wizard and the CLI word it (i18n/import.ts). */
export type Decision =
  /** her unit heads these columns (contents as rows) */
  | { rule: 'unitColumns'; unit: string; columns: string[] }
  /** her unit is this row, the columns name the programme's lines (units as rows) */
  | { rule: 'unitRow'; unit: string; row: number }
  /** no unit over the columns: the whole table is hers */
  | { rule: 'oneUnit'; unit: string }
  /** a list of works: this year's plan in this column; hers by the investor column, by the
   * district sections, or the whole list */
  | { rule: 'worksList'; planColumn: string; whose: 'investor' | 'sections' | 'whole' }
  /** her figures' capital type: from her columns, from the table (its title, or her choice),
   * or nowhere (read as every capital together) */
  | { rule: 'capital'; from: 'columns' | 'table' | 'silent' }
  /** sub-projects named alone, read under the project to their left: whether that project's
   * column is their sum on the table's rows (the province's arithmetic chose the reading) */
  | { rule: 'subProjectsByLeft'; columns: string[]; whole: string | null; held: boolean };

/** What the importer is unsure of: never written without her say (--yes, or the wizard's check). */
export type Doubt =
  | { kind: 'guessedLine'; at: string; label: string; node: string | null }
  | { kind: 'capitalSilent' };

export interface Reading {
  columns: ColumnNote[];
  rows: RowNote[];
  decisions: Decision[];
  doubts: Doubt[];
}

/** `read`: how her figures in it are read (its words, then the table's), when they are. */
export function columnNote(c: ColumnReading, at: string, node: string | null, read: Pick<ColumnNote, 'capital' | 'source' | 'measure'> & { tableCapital?: Capital | null } | null): ColumnNote {
  const capital = read ? (read.capital !== undefined ? read.capital : read.tableCapital) : c.capital;
  return {
    at, label: c.label, corrected: c.corrected, header: c.words.map((w) => ({ text: w.text, role: w.role })), node, unit: c.unit,
    capital, source: read ? read.source : c.source, measure: read ? read.measure : c.measure, read: read !== null,
  };
}

/** What the province's arithmetic said of the sub-projects read under the project to their left. */
export function arithmeticDecisions(columns: readonly ColumnReading[], letter: (col: number) => string): Decision[] {
  const byWhole = new Map<number | null, ColumnReading[]>();
  for (const c of columns) if (c.byLeft) byWhole.set(c.byLeft.whole, [...(byWhole.get(c.byLeft.whole) ?? []), c]);
  return [...byWhole].map(([whole, parts]) => ({
    rule: 'subProjectsByLeft', columns: parts.map((p) => letter(p.col)), whole: whole === null ? null : letter(whole), held: parts[0]!.byLeft!.held,
  }));
}
