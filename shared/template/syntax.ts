// What a placeholder typed into a template cell means, once read (see docs/mau-bao-cao.md).
// Placeholders sit between {{ and }} inside ordinary cell text; a cell may hold several and text.
import type { Capital, Measure, Source } from '../claim';
import type { Scale } from '../money';

/** Which year a figure or a year text is about, relative to the year of its row (the chosen
 * year, or the row's year in a repeat over years). */
export type YearRef =
  | { kind: 'offset'; by: number }
  | { kind: 'absolute'; year: number }
  /** the chosen period, or the years written ("giai đoạn 2022-2024"); `end`: only its first or
   * last year ("năm đầu giai đoạn", "năm cuối") */
  | { kind: 'period'; from?: number; to?: number; end?: 'first' | 'last' };

export interface FigurePlaceholder {
  kind: 'figure';
  /** a catalogue or line code; '*' the scope chosen (project or programme); null the repeat row's */
  node: string | null;
  /** an implementing unit's share of the node */
  unit: string | null;
  measure: Measure;
  capital: Capital | null;
  source: Source | null;
  /** an origin id; null her books */
  origin: string | null;
  /** another programme of the book, by its code ("| chương trình: GNBV": the 2021-2025 money
   * carried into a 2026 report); null the report's own */
  program: string | null;
  year: YearRef;
  /** the unit to write in; null the sheet's "đơn vị tính" (triệu when it says none) */
  scale: Scale | null;
}

export type SettingField =
  | 'unitName' | 'parentAgency' | 'unitCode' | 'place' | 'title' | 'programName'
  | 'preparer' | 'chiefAccountant' | 'head' | 'preparerTitle' | 'chiefAccountantTitle' | 'headTitle';

export type ListKind = 'projects' | 'subprojects' | 'units' | 'works' | 'rows' | 'years';

export type Placeholder =
  | FigurePlaceholder
  | { kind: 'setting'; field: SettingField; upper: boolean }
  | { kind: 'date'; withPlace: boolean }
  | { kind: 'year'; year: YearRef }
  /** a field of the repeat row's item: its number, code or name */
  | { kind: 'field'; field: 'stt' | 'code' | 'name'; upper: boolean }
  | { kind: 'scale'; scale: Scale }
  /** this row repeats once per item of the list; `of` a code, '*' or null: the scope */
  | { kind: 'repeat'; list: ListKind; of: string | null };

/** One placeholder read: what it means, or why it cannot be read. */
export type Parsed = { ok: true; value: Placeholder } | { ok: false; reason: string };

/** A cell's text cut into literal text and placeholders. */
export type Piece = { text: string } | { placeholder: Placeholder; source: string };

export interface PlaceholderError {
  /** the placeholder as typed */
  source: string;
  reason: string;
}
