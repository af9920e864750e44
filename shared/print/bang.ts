// "Bảng tính": the year's grid as she sees it (origin, project, folding, display unit, the
// measures and capital types of the columns she shows), one line per row and capital type, the
// measures across: it fits A4 landscape where the screen's 24 columns would not.
import type { Capital, Measure } from '../claim';
import { CAPITAL_LABEL } from '../i18n/vi';
import { PRINT_MEASURE_LABEL } from './sheets';
import { COLUMN_IDS, type ColumnId, SHEET_MEASURES, columnId, sheetColumn } from '../sheet/columns';
import type { SheetRow } from '../sheet/sheet';
import { type PrintScale, formatPercent, formatUnits } from './format';
import { ROUNDING_NOTE, type PrintedColumn, printedColumn } from './figures';
import { el, join, raw } from './html';
import { capitalRows, indentStyle } from './lines';
import { type PageCommon, commonOf, printPage } from './page';
import { type Block, type Column, type Row, figureWidth, table } from './table';
import type { Flag } from '../reconcile/flag';
import { TPL_NOTE } from '../i18n/template';
import { SheetBreaks } from '../template/breaks';

export interface GridPrint extends PageCommon {
  date: string;
  /** the book's history as it is printed (check-code.ts), under the signatures */
  scale: PrintScale;
  year: number;
  originLabel: string;
  project: { code: string; name: string } | null;
  /** the rows shown (folding applied), in tree order */
  rows: readonly SheetRow[];
  /** the grid's figure columns: their measures go across, their capital types down; default all */
  columns?: readonly ColumnId[];
  /** the origin printed and the book's findings: a figure that breaks its column's formula
   * ("8=4-5-6") is marked and the finding behind it named in a footnote, as the exports do */
  origin?: string;
  flags?: readonly Flag[];
}

/** What each measure is computed from, for the column-number row ("4=1+2+3"). */
const FORMULA: Partial<Record<Measure, { of: Measure[]; op: string[] }>> = {
  available: { of: ['carry_in', 'allocated', 'adjusted'], op: ['+', '+'] },
  rate: { of: ['disbursed', 'available'], op: ['/'] },
  carry_out: { of: ['available', 'disbursed', 'cancelled'], op: ['-', '-'] },
};

/** "1", "2", … and "4=1+2+3" where every operand is printed too. */
function columnNumbers(measures: readonly Measure[]): Map<Measure, string> {
  const no = new Map(measures.map((m, i) => [m, String(i + 1)]));
  return new Map(measures.map((m) => {
    const f = FORMULA[m];
    if (!f || !f.of.every((x) => no.has(x))) return [m, no.get(m)!];
    return [m, `${no.get(m)}=${f.of.map((x, i) => `${no.get(x)}${f.op[i] ?? ''}`).join('')}`];
  }));
}

type Columns = Map<string, PrintedColumn>;

export function gridSheet(x: GridPrint): string {
  const printed: Columns = new Map();
  for (const capital of ['DT', 'SN', null] as const) {
    for (const m of SHEET_MEASURES) if (m !== 'rate') printed.set(columnId(m, capital), printedColumn(x.rows, m, capital, x.scale));
  }
  const shown = (x.columns?.length ? x.columns : COLUMN_IDS).map(sheetColumn);
  const measures = SHEET_MEASURES.filter((m) => shown.some((c) => c.measure === m));
  const capitals = new Set(shown.map((c) => c.capital));
  const numbers = columnNumbers(measures);
  const widest = Math.max(8, ...[...printed.values()].flatMap((c) => [...c.units.values()].map((u) => formatUnits(u, x.scale).length)));
  const columns: Column[] = [
    { header: 'Mã', width: 16, cls: 'center', no: 'A' },
    { header: 'Nội dung', width: 62, cls: 'name', no: 'B' },
    { header: 'Loại vốn', width: 17, cls: 'center', no: 'C' },
    ...measures.map((m): Column => ({ header: PRINT_MEASURE_LABEL[m], width: m === 'rate' ? 19 : figureWidth(widest), cls: 'num', no: numbers.get(m)! })),
  ];
  const marks = new SheetBreaks(x.rows, { year: x.year, ...(x.origin && { origin: x.origin }), ...(x.flags && { flags: () => x.flags! }) });
  const blocks = x.rows.map((r) => lineBlock(r, printed, x.scale, measures, capitals, marks)).filter((b) => b.length > 0);
  const breaks = marks.notes.lines();
  const adjusted = [...printed.values()].some((c) => c.adjusted.size > 0);
  const project = x.project ? `${x.project.name}` : null;
  return printPage({
    ...commonOf(x),
    title: `Bảng tổng hợp tình hình vốn năm ${x.year}`,
    subtitles: [`Nguồn số liệu: ${x.originLabel}`, ...(project ? [project] : [])],
    scale: x.scale,
    table: (tail) => table(columns, blocks, tail),
    footnotes: [
      'Số in nghiêng là số tính ra từ các số đã ghi; các dòng đang thu gọn trên màn hình không in.',
      ...(adjusted ? [ROUNDING_NOTE] : []),
      ...(breaks.length ? [TPL_NOTE.heading, ...breaks] : []),
    ],
    date: x.date,
    parties: [],
  });
}

/** A line, then one row per capital type it has money in (Cộng first when it has both), of the
 * capital types her columns show. */
function lineBlock(r: SheetRow, printed: Columns, scale: PrintScale, measures: readonly Measure[], capitals: ReadonlySet<Capital | null>, marks: SheetBreaks): Block {
  const has = (c: Capital) => SHEET_MEASURES.some((m) => m !== 'rate' && (printed.get(columnId(m, c))?.units.get(r.id) ?? 0n) !== 0n);
  let shown = capitalRows(has).filter((c) => capitals.has(c));
  // only Cộng on screen: a line of one capital type prints its Cộng
  if (shown.length === 0 && capitals.has(null) && (has('DT') || has('SN'))) shown = [null];
  const bold = r.kind === 'program' || r.kind === 'project';
  const name = el('span', { style: indentStyle(r.depth) }, r.label);
  return shown.map((capital, i): Row => ({
    cls: bold ? 'bold' : undefined,
    cells: [
      ...(i === 0 ? [{ text: r.code, rowspan: shown.length }, { text: name, rowspan: shown.length }] : []),
      { text: CAPITAL_LABEL[capital ?? 'ALL'] },
      ...measures.map((m) => figureCell(r, m, capital, printed, scale, marks)),
    ],
  }));
}

function figureCell(r: SheetRow, m: Measure, capital: Capital | null, printed: Columns, scale: PrintScale, marks: SheetBreaks) {
  const cell = r.cells[columnId(m, capital)];
  if (!cell) return { text: '' };
  const cls = cell.stated ? undefined : 'computed';
  if (cell.kind === 'rate') return { text: formatPercent(cell.percent, cell.decimals), cls };
  const col = printed.get(columnId(m, capital))!;
  const units = col.units.get(r.id) ?? 0n;
  const mark = marks.mark(r, m, capital, cell.dong);
  return { text: join([formatUnits(units, scale), col.adjusted.has(r.id) ? raw('<sup>*</sup>') : null, mark ? raw(`<sup>${TPL_NOTE.mark(mark)}</sup>`) : null]), cls };
}

