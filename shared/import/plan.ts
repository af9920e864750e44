// From a located table to the figures of her unit: decide the layout (units as rows and the
// programme's projects as column groups; contents as rows and units as column groups; or one
// unit's contents as rows and measures as column groups, "Tình hình giao vốn và giải ngân"),
// find her unit's row or columns, map every caption and header, and read each figure into đồng.
import type { Capital, Measure, MoneyMeasure, Source } from '../claim';
import type { Catalog, Line } from '../catalog';
import { isWorksList, planWorks } from './works';
import { type Decimal } from '../decimal';
import { type Dong, type Scale, decimalToDong } from '../money';
import { type Rate, checkRate } from '../rate';
import { rowMappings } from './rows';
import { cellDecimal } from './cell-value';
import { SheetGrid, fold } from './grid';
import type { Located } from './locate';
import { CatalogMatcher, type NodeMatch } from './match';
import { cellRef } from './sheet-model';
import { type ColumnReading, readColumns } from './columns';
import { UNIT_START, bareFold, isUnitName } from './header-words';

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
  /** the cell, for messages and the preview ("F8") */
  cell: string;
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
  /** a figure's column names no capital type and neither does the title: she must say which */
  capitalUnknown?: boolean;
}

export interface PlanRequest {
  grid: SheetGrid;
  located: Located;
  catalog: Catalog;
  /** how she names her unit ("Phong Thổ"); matched without diacritics or case */
  unit: string;
  scale: Scale;
  /** the whole table's capital type (from the title), when a column does not say */
  capital: Capital | null;
  /** the whole table's source of money, as she reads it (see ImportOptions.source) */
  source?: Source | null;
  corrections?: Corrections;
  /** the programme's lines in the book: a work already there is filled, not added again */
  lines?: readonly Line[];
}

/** Why no plan: her unit is not in the table (which units are), or nothing in the table reads
 * as a line of the catalogue (another programme's table). */
export type NoPlan = { units: string[]; layout: Layout } | { otherProgramme: true };

export function planImport(req: PlanRequest): Plan | NoPlan {
  const matcher = new CatalogMatcher(req.catalog);
  if (isWorksList(req)) return planWorks(req, matcher);
  const columns = readColumns(req.grid, req.located.headerRows, valueColumns(req), matcher, (u) => sameUnit(u, req.unit));
  const byUnit = columns.filter((c) => c.unit === 'mine' || c.unit === 'other');
  if (byUnit.length) return contentsAsRows(req, matcher, columns, 'contents-as-rows');
  const byLine = columns.filter((c) => c.line || c.linesTotal).length;
  if (byLine > 0 && byLine >= columns.length / 2) return unitsAsRows(req, matcher, columns);
  if (!captionsReadAsLines(req, matcher)) return byLine > 0 ? unitsAsRows(req, matcher, columns) : { otherProgramme: true };
  return contentsAsRows(req, matcher, columns, 'measures-as-columns');
}

/** Some caption besides a total reads as a catalogue line. */
function captionsReadAsLines(req: PlanRequest, matcher: CatalogMatcher): boolean {
  return req.located.dataRows.some((r) => {
    const caption = req.grid.text(r, req.located.labelCol);
    return !matcher.isTotal(caption) && matcher.match([caption]) !== null;
  });
}

function unitsAsRows(req: PlanRequest, matcher: CatalogMatcher, columns: ColumnReading[]): Plan | NoPlan {
  const { grid, located } = req;
  const captions = located.dataRows.map((r) => ({ row: r, text: grid.text(r, located.labelCol) })).filter((c) => c.text);
  const units = captions.filter((c) => isUnitName(c.text)).map((c) => c.text);
  const mine = captions.find((c) => sameUnit(c.text, req.unit));
  if (!mine) return { units, layout: 'units-as-rows' };
  const root = matcher.rootCode;
  const named = columns.some((c) => c.line || c.linesTotal);
  const mappings = columns.map((c): Mapping => {
    const at = cellRef(located.headerRows[0]!, c.col).replace(/\d+$/, '');
    const node = c.line ?? (c.linesTotal || !named ? { node: root, sure: true } : null);
    return corrected(req, { at, label: c.words.map((w) => w.text).join(' / '), ...guess(node), capital: null });
  });
  const read = figures(req, mappings.map((m, i) => ({ m, row: mine.row, ...placeOf(req, columns, columns[i]!) })));
  return { layout: 'units-as-rows', unit: mine.text, units, mappings, ...read, lines: [], };
}

function contentsAsRows(req: PlanRequest, matcher: CatalogMatcher, columns: ColumnReading[], layout: Layout): Plan | NoPlan {
  const units = [...new Set(columns.flatMap((c) => (c.unit === 'mine' || c.unit === 'other' ? [c.unitName!] : [])))];
  const mine = layout === 'measures-as-columns' ? columns.filter((c) => c.unit === null) : columns.filter((c) => c.unit === 'mine');
  if (mine.length === 0) return { units, layout };
  const mappings = rowMappings(req, matcher);
  const places = mappings.flatMap((m) => mine.map((c) => ({ m, row: Number(m.at), ...placeOf(req, columns, c) })));
  const read = figures(req, places);
  return {
    layout, unit: layout === 'measures-as-columns' ? req.unit : mine[0]!.unitName!,
    units, mappings, ...read, lines: [],
  };
}

/** A column's figures as the document says them: its own words, then the title's; a column that
 * names no capital in a table whose other columns do is their total. */
function placeOf(req: PlanRequest, columns: readonly ColumnReading[], c: ColumnReading): Omit<Place, 'm' | 'row'> {
  const splits = columns.some((o) => o.capital);
  const capital = c.capital !== undefined ? c.capital : req.capital ?? (splits ? null : undefined);
  return { col: c.col, measure: c.measure ?? 'allocated', capital, source: c.source !== undefined ? c.source : req.source ?? null };
}

export function guess(m: NodeMatch | null): Pick<Mapping, 'node' | 'sure' | 'corrected'> {
  return { node: m?.node ?? null, sure: m?.sure ?? false, corrected: false };
}

export function corrected(req: PlanRequest, m: Mapping): Mapping {
  const key = correctionKey(m.label);
  if (!req.corrections?.has(key)) return m;
  return { ...m, node: req.corrections.get(key) ?? null, sure: true, corrected: true };
}

/** Where a figure is and what it is read as; the column's measure and capital, when it names them. */
export interface Place {
  m: Mapping;
  row: number;
  col: number;
  measure?: Measure;
  capital?: Capital | null;
  source?: Source | null;
}

export function figures(req: PlanRequest, places: readonly Place[]): Pick<Plan, 'figures' | 'problems' | 'capitalUnknown'> {
  const out: PlannedFigure[] = [];
  const problems: Plan['problems'] = [];
  let capitalUnknown = false;
  for (const { m, row, col, ...column } of places) {
    if (m.node === null) continue;
    const cell = req.grid.at(row, col);
    if (!cell || cell.value.trim() === '' || (cell.row !== row || cell.col !== col)) continue;
    const ref = cellRef(row, col);
    const decimal: Decimal | null = cellDecimal(cell);
    const value = decimal === null ? null : plannedValue(req, column.measure ?? 'allocated', decimal, cell.numFmt);
    if (value === null || !value.ok) {
      const reason = value?.reason ?? (cell.kind === 'error' ? 'ô có lỗi công thức' : 'không phải là số');
      problems.push({ cell: ref, text: cell.value, reason });
      continue;
    }
    const hidden = req.grid.hiddenRow(row);
    const capital = 'capital' in column ? column.capital : m.capital;
    if (capital === undefined) capitalUnknown = true;
    const source = column.source === undefined ? req.source ?? null : column.source;
    out.push({ ...value.value, node: m.node, unit: m.unit ?? null, capital: capital ?? null, source, cell: ref, written: cell.value, sure: m.sure && !hidden, hidden });
  }
  return { figures: out, problems, capitalUnknown };
}

/** Money in the table's unit into đồng; a rate as the percentage it shows ("0.9991" in a cell
 * formatted as a percentage is 99,91 %). */
function plannedValue(req: PlanRequest, measure: Measure, decimal: Decimal, numFmt: string | undefined):
  { ok: true; value: PlannedValue } | { ok: false; reason: string } {
  if (measure === 'rate') {
    const rate = checkRate(numFmt?.includes('%') ? timesHundred(decimal) : decimal);
    return rate.ok ? { ok: true, value: { measure, value: rate.value } } : rate;
  }
  const money = decimalToDong(decimal, req.scale);
  return money.ok ? { ok: true, value: { measure, value: money.value } } : money;
}

function timesHundred(d: Decimal): Decimal {
  return d.decimals >= 2 ? { coefficient: d.coefficient, decimals: d.decimals - 2 } : { coefficient: d.coefficient * 10n ** BigInt(2 - d.decimals), decimals: 0 };
}

/** The columns right of the captions that hold figures somewhere in the data rows. */
function valueColumns(req: PlanRequest): number[] {
  const { grid, located } = req;
  const out: number[] = [];
  for (let c = located.labelCol + 1; c <= grid.sheet.columnCount; c++) {
    if (c === located.sttCol || grid.hiddenColumn(c)) continue;
    if (located.dataRows.some((r) => cellDecimal(grid.at(r, c)) !== null) || headerLabels(req, c).length) out.push(c);
  }
  return out;
}

export function headerLabels(req: PlanRequest, col: number): string[] {
  const labels = req.located.headerRows.map((r) => req.grid.text(r, col)).filter(Boolean);
  return labels.filter((l, i) => i === 0 || l !== labels[i - 1]);
}

/** "Phong Thổ", or the book's "Ủy ban nhân dân huyện Phong Thổ", finds "Huyện Phong Thổ" and "UBND
 * huyện Phong Thổ", not "Phong Thổ 2". */
export function sameUnit(text: string, unit: string): boolean {
  const t = bareFold(text);
  const u = bareFold(unit).replace(/^(uy ban nhan dan|ubnd)\s+/, '').replace(UNIT_START, '').trim();
  return u.length > 0 && new RegExp(`(^|[\\s.])${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(t);
}
