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
import { addsCapitals, measureOf } from './measure-words';
import { rowMappings } from './rows';
import { cellDecimal } from './cell-value';
import { SheetGrid, fold } from './grid';
import type { Located } from './locate';
import { CatalogMatcher, type NodeMatch } from './match';
import { cellRef } from './sheet-model';
import { capitalOf, sourceOf } from './title';

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

const UNIT_NAME = /^(huyen|xa|thi xa|thanh pho|tp\.?|phuong|thi tran|so|ban|trung tam|ubnd|uy ban)\b/;

/** Why no plan: her unit is not in the table (which units are), or nothing in the table reads
 * as a line of the catalogue (another programme's table). */
export type NoPlan = { units: string[]; layout: Layout } | { otherProgramme: true };

export function planImport(req: PlanRequest): Plan | NoPlan {
  const matcher = new CatalogMatcher(req.catalog);
  if (isWorksList(req)) return planWorks(req, matcher);
  const columns = valueColumns(req);
  const headerHits = columns.filter((c) => matcher.match(headerLabels(req, c)) !== null).length;
  if (headerHits === 0 && !captionsReadAsLines(req, matcher)) return { otherProgramme: true };
  const layout: Layout = headerHits >= columns.length / 2 ? 'units-as-rows' : 'contents-as-rows';
  return layout === 'units-as-rows' ? unitsAsRows(req, matcher, columns) : contentsAsRows(req, matcher, columns);
}

/** Some caption besides a total reads as a catalogue line (asked only when no header does). */
function captionsReadAsLines(req: PlanRequest, matcher: CatalogMatcher): boolean {
  return req.located.dataRows.some((r) => {
    const caption = req.grid.text(r, req.located.labelCol);
    return !matcher.isTotal(caption) && matcher.match([caption]) !== null;
  });
}

function unitsAsRows(req: PlanRequest, matcher: CatalogMatcher, columns: number[]): Plan | NoPlan {
  const { grid, located } = req;
  const captions = located.dataRows.map((r) => ({ row: r, text: grid.text(r, located.labelCol) })).filter((c) => c.text);
  const units = captions.filter((c) => !matcher.isTotal(c.text)).map((c) => c.text);
  const mine = captions.find((c) => sameUnit(c.text, req.unit));
  if (!mine) return { units, layout: 'units-as-rows' };
  const mappings = columns.map((col): Mapping => {
    const labels = headerLabels(req, col);
    const at = cellRef(located.headerRows[0]!, col).replace(/\d+$/, '');
    return corrected(req, { at, label: labels.join(' / '), ...guess(matcher.match(labels)), capital: capitalOf(fold(labels.join(' '))) ?? req.capital });
  });
  const read = figures(req, mappings.map((m, i) => ({ m, row: mine.row, col: columns[i]! })));
  return { layout: 'units-as-rows', unit: mine.text, units, mappings, ...read, lines: [], capitalUnknown: mappings.some((m) => m.node !== null && m.capital === null) };
}

function contentsAsRows(req: PlanRequest, matcher: CatalogMatcher, columns: number[]): Plan | NoPlan {
  const units = [...new Set(columns.map((c) => headerLabels(req, c).find((l) => UNIT_NAME.test(fold(l))) ?? '').filter(Boolean))];
  // no unit named over the columns, and they name measures: the whole table is one unit's
  const whole = units.length === 0 && columns.some((c) => measureOf(headerLabels(req, c)) !== null);
  const mine = whole ? columns : columns.filter((c) => headerLabels(req, c).some((l) => sameUnit(l, req.unit)));
  if (mine.length === 0) return { units, layout: 'contents-as-rows' };
  const mappings = rowMappings(req, matcher);
  const readings = mine.map((col) => columnReading(req, col, whole));
  const places = mappings.flatMap((m) => readings.map((c) => ({ m, row: Number(m.at), ...c })));
  return {
    layout: whole ? 'measures-as-columns' : 'contents-as-rows',
    unit: whole ? req.unit : headerLabels(req, mine[0]!).find((l) => sameUnit(l, req.unit))!,
    units, mappings, ...figures(req, places), lines: [],
    capitalUnknown: readings.some((c) => c.capital === undefined),
  };
}

/** What a column of her unit holds: the measure its header names (an allocation when it names
 * none: the province's tables of allocations), and its capital type; undefined when neither the
 * header nor the title says it. */
function columnReading(req: PlanRequest, col: number, whole: boolean): { col: number; measure: Measure; capital: Capital | null | undefined; source: Source | null } {
  const labels = headerLabels(req, col);
  const folded = fold(labels.join(' '));
  const named = capitalOf(folded);
  const adds = whole && labels.length > 0 && addsCapitals(labels.at(-1)!);
  return { col, measure: measureOf(labels) ?? 'allocated', capital: named ?? (adds ? null : req.capital ?? undefined), source: sourceOf(folded) ?? req.source ?? null };
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

export function figures(req: PlanRequest, places: readonly Place[]): Pick<Plan, 'figures' | 'problems'> {
  const out: PlannedFigure[] = [];
  const problems: Plan['problems'] = [];
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
    const capital = column.capital === undefined ? m.capital : column.capital;
    const source = column.source === undefined ? req.source ?? null : column.source;
    out.push({ ...value.value, node: m.node, unit: m.unit ?? null, capital, source, cell: ref, written: cell.value, sure: m.sure && !hidden, hidden });
  }
  return { figures: out, problems };
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
  const t = fold(text);
  const u = fold(unit).replace(/^(uy ban nhan dan|ubnd)\s+/, '').replace(UNIT_NAME, '').trim();
  return u.length > 0 && new RegExp(`(^|\\s)${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(t);
}
