// The Treasury's forms (01a-, 02a-, 04-SDKP/ĐVDT) as one model, printed (shared/print/sdkp.ts)
// and written to Excel (the back end's sdkp-workbook.ts) from the same rows, so the PDF she signs
// and the file she attaches on the portal cannot disagree. A form's computed columns (5 = 1 + 2 + 4,
// 11 = 5 − 7 − 9) are declared once here: the print evaluates them, the workbook writes them as
// formulas over the same columns.
import { type Dong, dongOrNull } from '../money';

export const FORM_IDS = ['01a-sdkp', '02a-sdkp', '04-sdkp'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** A computed column: the sum of `plus` minus the sum of `minus`, by column index (0-based, among
 * the money columns). */
export interface ColumnFormula {
  plus: readonly number[];
  minus: readonly number[];
}

export interface FormColumn {
  header: string;
  /** the heading over several columns */
  group?: string;
  /** the column-number row: "1", "5 = 1 + 2 + 4" */
  no: string;
  formula?: ColumnFormula;
}

export interface KeyColumn {
  header: string;
  no: string;
  /** the wide text column (content, a project's name) */
  wide?: boolean;
  /** words rather than a code (the nature of the money): wider than a code */
  words?: boolean;
}

export interface FormRow {
  /** one text per key column */
  keys: string[];
  /** one per money column; computed columns are filled by `evaluate` */
  figures: (Dong | null)[];
  /** a section's heading row (I, II), summing the rows under it; the total sums the lines */
  kind: 'section' | 'line' | 'treasury';
}

export interface TreasuryForm {
  /** "01a-SDKP/ĐVDT" */
  code: string;
  /** the form's number and the act that issued it, printed top right */
  formNo: string[];
  title: string;
  /** under the title: the period, the kind of estimate */
  subtitles: string[];
  keyColumns: KeyColumn[];
  columns: FormColumn[];
  rows: FormRow[];
  sums: (Dong | null)[];
  footnotes: string[];
  /** the unit's own lines top left (mã chương, đơn vị, mã ĐVQHNS, mã cấp NS) */
  unitLines: string[];
  /** "Tổng cộng" under the lines, or 04-SDKP's "TỔNG SỐ" above them */
  total: { label: string; first: boolean };
  treasury: { heading: string; note: string; signers: { title: string; how: string }[] };
  /** the year whose signers and names the form is printed with */
  year: number;
}

/** A row's computed columns from its given ones: blank only where every operand is blank. */
export function evaluate(columns: readonly FormColumn[], figures: readonly (Dong | null)[]): (Dong | null)[] {
  const out = [...figures];
  columns.forEach((c, i) => {
    if (!c.formula) return;
    const plus = c.formula.plus.map((k) => out[k] ?? null);
    const minus = c.formula.minus.map((k) => out[k] ?? null);
    if ([...plus, ...minus].every((v) => v === null)) {
      out[i] = null;
      return;
    }
    out[i] = dongOrNull(plus.reduce<number>((s, v) => s + (v ?? 0), 0) - minus.reduce<number>((s, v) => s + (v ?? 0), 0));
  });
  return out;
}

/** Column by column, the sum of the rows given (blank where all are blank). */
export function sumRows(width: number, rows: readonly (readonly (Dong | null)[])[]): (Dong | null)[] {
  return Array.from({ length: width }, (_x, i) => {
    const values = rows.map((r) => r[i] ?? null).filter((v): v is Dong => v !== null);
    return values.length ? dongOrNull(values.reduce<number>((s, v) => s + v, 0)) : null;
  });
}

/** The form with every row's computed columns, its sections' sums and its total. */
export function completeForm(f: Omit<TreasuryForm, 'sums'>): TreasuryForm {
  const width = f.columns.length;
  // the Treasury's row carries only the figures that differ, computed ones already worked out
  const rows = f.rows.map((r) => (r.kind === 'line' ? { ...r, figures: evaluate(f.columns, r.figures) } : r));
  // a section sums the lines under it, up to the next section
  rows.forEach((r, i) => {
    if (r.kind !== 'section') return;
    const end = rows.findIndex((x, k) => k > i && x.kind === 'section');
    const lines = rows.slice(i + 1, end < 0 ? undefined : end).filter((x) => x.kind === 'line');
    rows[i] = { ...r, figures: sumRows(width, lines.map((x) => x.figures)) };
  });
  const sums = sumRows(width, rows.filter((r) => r.kind === 'line').map((r) => r.figures));
  return { ...f, rows, sums };
}

/** "2024-12-31" → "31/12/2024" */
export function shortDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
