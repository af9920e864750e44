// Where each flag shows in the grid: the cell of the stated claim it sits on, and, when it sets
// that figure against another origin, the same cell of that origin (her books' cell too: she
// works there). A cell shows only in the sheet of its origin and year, with no particular source.
import type { Flag, Severity } from '../../../shared/reconcile/flag';
import { type ColumnId, columnId } from '../../../shared/sheet/columns';
import { rowKeyId } from '../../../shared/catalog';
import { carriedRowId } from '../../../shared/sheet/carried';
import { RULES, type RuleId } from '../../../shared/reconcile/rules';
import { capitalsComputedFrom, measuresComputedFrom } from '../../../shared/figures/derivations';
import type { Capital, Measure } from '../../../shared/claim';
import { DISPUTED_RATE } from '../../../shared/i18n/vi';

export interface CellMark {
  /** the worst flag on the cell; null where the cell has none but reads a disputed figure */
  severity: Severity | null;
  /** every flag on the cell is explained */
  explained: boolean;
  messages: string[];
  /** a rate nobody stated, computed from a figure of its row in dispute: the findings it rests on */
  disputes?: string[];
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, rounding: 2 };

export interface FlagCell {
  rowId: string;
  column: ColumnId;
  origin: string;
  year: number | null;
}

export function flagCell(f: Flag): FlagCell | null {
  const site = f.claims[0];
  if (!site || site.source !== null) return null;
  const rowId = f.program === undefined ? rowKeyId(site) : carriedRowId(f.program, rowKeyId(site));
  return { rowId, column: columnId(site.measure, site.capital), origin: site.origin, year: site.year ?? null };
}

/** Every cell a flag involves: its site, and the same cell in each origin it is set against. */
export function flagCells(f: Flag): FlagCell[] {
  const site = flagCell(f);
  if (!site) return [];
  if (f.rule !== 'cross-origin') return [site];
  const others = new Set(f.claims.slice(1).map((c) => c.origin).filter((o) => o !== site.origin));
  return [site, ...[...others].map((origin) => ({ ...site, origin }))];
}

/** The cell of a flag in the origin she is looking at, if the flag involves it. */
export function flagCellIn(f: Flag, origin: string): FlagCell | null {
  return flagCells(f).find((c) => c.origin === origin) ?? null;
}

export function cellMarks(flags: readonly Flag[], origin: string, year: number): Map<string, Map<ColumnId, CellMark>> {
  const marks = new Map<string, Map<ColumnId, CellMark>>();
  const markAt = (rowId: string, column: ColumnId): CellMark => {
    const row = marks.get(rowId) ?? new Map<ColumnId, CellMark>();
    marks.set(rowId, row);
    const mark = row.get(column) ?? { severity: null, explained: true, messages: [] };
    row.set(column, mark);
    return mark;
  };
  for (const f of flags) {
    const at = flagCellIn(f, origin);
    if (!at || at.year !== year) continue;
    const mark = markAt(at.rowId, at.column);
    if (mark.severity === null || RANK[f.severity] < RANK[mark.severity]) mark.severity = f.severity;
    mark.explained &&= f.explained !== null;
    mark.messages.push(flagText(f));
    if (disputes(f, at)) for (const column of ratesReading(f)) (markAt(at.rowId, column).disputes ??= []).push(flagText(f));
  }
  for (const row of marks.values()) for (const mark of row.values()) if (mark.severity === null) mark.explained = false;
  return marks;
}

const flagText = (f: Flag) => `${RULES[f.rule as RuleId]?.title ?? f.rule}. ${f.message}${f.explained ? ` Đã giải trình: ${f.explained}` : ''}`;

/** A finding puts the figures computed from its cell in dispute when it is an unexplained error
 * of her figures themselves (a disagreement with another document is not: each states its own). */
function disputes(f: Flag, at: FlagCell): boolean {
  return f.severity === 'error' && f.explained === null && f.rule !== 'cross-origin' && at.origin === f.claims[0]!.origin;
}

/** The rate columns of the flag's row computed from its figure (figures/derivations.ts): the same
 * capital type's and Cộng's, where the figure is disbursed or the money available. */
function ratesReading(f: Flag): ColumnId[] {
  const site = f.claims[0]!;
  if (site.measure === 'rate' || !measuresComputedFrom(site.measure as Measure).includes('rate')) return [];
  return capitalsComputedFrom(site.capital as Capital | null).map((capital) => columnId('rate', capital));
}

/** What a disputed rate says in place of its figure, and on hover. */
export function disputedText(mark: CellMark | undefined): string {
  return mark?.disputes ? `${DISPUTED_RATE}\n${mark.disputes.join('\n')}` : '';
}
