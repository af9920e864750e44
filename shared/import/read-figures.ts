// Each planned place's cell read into a figure: money in the table's unit into whole đồng, a
// rate as the percentage it shows; what the column names first, then what the table says.
import type { Capital, Measure, Source } from '../claim';
import type { Decimal } from '../decimal';
import { decimalToDong, dong } from '../money';
import { checkRate } from '../rate';
import { cellDecimal } from './cell-value';
import type { ColumnReading } from './columns';
import type { Mapping, Place, Plan, PlannedFigure, PlannedValue, PlanRequest } from './plan-model';
import type { Decision, Doubt } from './reading';
import { cellRef } from './sheet-model';
import { IMPORT_MSG } from '../i18n/import';
import { UNCALCULATED } from './formula';

const NOTHING = /^\s*[-–—]*\s*$/;

export function figures(req: PlanRequest, places: readonly Place[]): Pick<Plan, 'figures' | 'problems'> & { silentCapital: boolean } {
  const out: PlannedFigure[] = [];
  const problems: Plan['problems'] = [];
  let silentCapital = false;
  for (const { m, row, col, ...column } of places) {
    if (m.node === null) continue;
    const cell = req.grid.at(row, col);
    // a dash is how provinces write "nothing here", as a blank is
    if (!cell || NOTHING.test(cell.value) || (cell.row !== row || cell.col !== col)) continue;
    const ref = cellRef(row, col);
    const decimal: Decimal | null = cellDecimal(cell, column.measure === 'rate');
    const value = decimal === null ? null : plannedValue(req, column.measure ?? 'allocated', decimal, cell.numFmt);
    if (value === null || !value.ok) {
      const reason = value?.reason ?? (cell.kind !== 'error' ? 'không phải là số'
        : cell.value === UNCALCULATED ? IMPORT_MSG.uncalculated(cell.formula ?? '') : 'ô có lỗi công thức');
      problems.push({ cell: ref, text: cell.value, reason });
      continue;
    }
    const hidden = req.grid.hiddenRow(row);
    // the column's own words, then the row's section ("B. Vốn sự nghiệp"), then the table's
    const capital = !('capital' in column) ? m.capital : column.capital !== undefined ? column.capital : m.section !== undefined ? m.section : column.tableCapital;
    if (capital === undefined) silentCapital = true;
    const source = column.source === undefined ? req.source ?? null : column.source;
    const signed = column.decrease && value.value.measure !== 'rate' ? { ...value.value, value: dong(-value.value.value) } : value.value;
    out.push({ ...signed, node: m.node, unit: m.unit ?? null, capital: capital ?? null, source, cell: ref, place: m.at, written: cell.value, sure: m.sure && !hidden, hidden });
  }
  return { figures: netAdjustments(out), problems, silentCapital };
}

/** "Điều chỉnh tăng | Điều chỉnh giảm" on one row are one adjustment: the increase less the decrease. */
function netAdjustments(figures: PlannedFigure[]): PlannedFigure[] {
  const first = new Map<string, PlannedFigure>();
  const out: PlannedFigure[] = [];
  for (const f of figures) {
    const key = `${f.node}|${f.unit}|${f.capital}|${f.source}|${f.cell.replace(/^[A-Z]+/, '')}`;
    const kept = f.measure === 'adjusted' ? first.get(key) : undefined;
    if (kept && kept.measure === 'adjusted' && f.measure === 'adjusted') kept.value = dong(kept.value + f.value);
    else {
      if (f.measure === 'adjusted') first.set(key, f);
      out.push(f);
    }
  }
  return out;
}

/** Money in the table's unit into đồng; a rate as the percentage it shows ("0.9991" in a cell
 * formatted as a percentage is 99,91 %). */
function plannedValue(req: PlanRequest, measure: Measure, decimal: Decimal, numFmt: string | undefined):
  { ok: true; value: PlannedValue } | { ok: false; reason: string } {
  if (measure === 'rate') {
    const rate = checkRate(numFmt?.includes('%') ? timesHundred(decimal) : decimal);
    return rate.ok ? { ok: true, value: { measure, value: rate.value } } : rate;
  }
  const money = decimalToDong(shownScale(decimal, numFmt), req.scale);
  return money.ok ? { ok: true, value: { measure, value: money.value } } : money;
}

/** A format "#,##0,," shows a cell's đồng in millions: the table's "ĐVT: Triệu đồng" is what she
 * sees, and the cell holds the figure whole, so it is read in the unit the format shows it in. */
function shownScale(d: Decimal, numFmt: string | undefined): Decimal {
  const section = (numFmt ?? '').split(';')[0]!.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  const commas = /[0#?](,+)[^0#?]*$/.exec(section)?.[1]?.length ?? 0;
  return commas === 0 ? d : { coefficient: d.coefficient, decimals: d.decimals + 3 * commas };
}

function timesHundred(d: Decimal): Decimal {
  return d.decimals >= 2 ? { coefficient: d.coefficient, decimals: d.decimals - 2 } : { coefficient: d.coefficient * 10n ** BigInt(2 - d.decimals), decimals: 0 };
}


/** A column's figures as the document says them: its own words, then the title's (or her
 * choice); a column that names no capital in a table whose other columns do is their total. */
export function placeOf(req: PlanRequest, columns: readonly ColumnReading[], c: ColumnReading): { col: number; measure: Measure; capital: Capital | null | undefined; tableCapital: Capital | null | undefined; source: Source | null; decrease: boolean } {
  const splits = columns.some((o) => o.capital);
  const tableCapital = req.capital ?? (splits ? null : undefined);
  return { col: c.col, measure: c.measure ?? 'allocated', capital: c.capital, tableCapital, source: c.source !== undefined ? c.source : req.source ?? null, decrease: c.decrease };
}

/** Where her figures' capital type came from: her columns, the table (title or her choice), or nowhere. */
export function capitalDecision(req: PlanRequest, mine: readonly ColumnReading[], silent: boolean): Decision {
  return { rule: 'capital', from: silent ? 'silent' : mine.some((c) => c.capital !== undefined) ? 'columns' : req.capital ? 'table' : 'columns' };
}

/** What she should look at before it is written: a line read from a near name (one whose
 * figures are read), a table silent on capital (read as every capital together). */
export function doubtsOf(mappings: readonly Mapping[], read: { figures: readonly PlannedFigure[]; silentCapital: boolean }): Doubt[] {
  const placed = new Set(read.figures.map((f) => f.node));
  const doubts: Doubt[] = mappings.filter((m) => m.node !== null && !m.sure && !m.corrected && placed.has(m.node))
    .map((m) => ({ kind: 'guessedLine', at: m.at, label: m.label, node: m.node }));
  if (read.silentCapital) doubts.push({ kind: 'capitalSilent' });
  return doubts;
}
