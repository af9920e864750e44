// "Bảng đối chiếu số liệu": for each line and capital type, the figure of each origin (her books,
// the province's decision, the Treasury, a report), the difference of each from the first, and
// the note she wrote for each explained flag. Differences are taken between printed figures, so
// the sheet's own arithmetic holds for whoever checks it with a pen.
import { CAPITALS, type Capital, type MoneyMeasure, type OriginKind, type OriginScope, SOURCES } from '../claim';
import { CAPITAL_LABEL, MEASURE_LABEL, SOURCE_LABEL } from '../i18n/vi';
import { RECONCILE } from '../i18n/print';
import { PRINT_MEASURE_LABEL } from './sheets';
import { columnId } from '../sheet/columns';
import type { SheetRow } from '../sheet/sheet';
import { type PrintScale, formatUnits } from './format';
import { ROUNDING_NOTE, type PrintedColumn, printedColumn } from './figures';
import { type Html, el, join, raw } from './html';
import { capitalRows, indentStyle } from './lines';
import { type PageCommon, type Party, commonOf, printPage } from './page';
import { inScope, printScope } from './scope';
import { type Block, type Cell, type Column, HEADER_MAX_MM, figureWidth, headerHeightMm, table, tableFont } from './table';

export interface ReconcileOrigin {
  id: string;
  label: string;
  kind: OriginKind;
  /** how its silence is read (Origin.complete, Origin.scope): it is compared only within its table */
  complete?: boolean;
  scope?: OriginScope | null;
}

/** An explained flag's note, where it sits. */
export interface SiteNote {
  origin: string;
  node: string;
  unit: string | null;
  capital: string | null;
  measure: string;
  note: string;
}

export interface ReconcilePrint extends PageCommon {
  date: string;
  /** the book's history as it is printed (check-code.ts), under the signatures */
  scale: PrintScale;
  year: number;
  project: { code: string; name: string } | null;
  /** the first is the reference the others are compared with (her books when present) */
  origins: ReconcileOrigin[];
  measures: MoneyMeasure[];
  /** each origin's rows of the year, in the same tree order */
  sheets: ReadonlyMap<string, readonly SheetRow[]>;
  notes: SiteNote[];
}

type Printed = Map<string, PrintedColumn>;
const key = (origin: string, m: MoneyMeasure, c: Capital | null) => `${origin}|${columnId(m, c)}`;

export function reconcileSheet(x: ReconcilePrint): string {
  const printed: Printed = new Map();
  const scopes = new Map<string, OriginScope | null>();
  for (const o of x.origins) {
    const rows = x.sheets.get(o.id) ?? [];
    const scope = printScope(o, rows, x.measures);
    scopes.set(o.id, scope);
    for (const m of x.measures) {
      for (const c of ['DT', 'SN', null] as const) {
        // outside what the document states it has no figure here: nothing to print or compare
        printed.set(key(o.id, m, c), inScope(scope, m, c) ? printedColumn(rows, m, c, x.scale) : { units: new Map(), adjusted: new Set() });
      }
    }
  }
  const rows = x.sheets.get(x.origins[0]!.id) ?? [];
  const shown = rows.filter((r, i) => i === 0 || hasMoney(r.id, printed));
  const adjusted = [...printed.values()].some((c) => c.adjusted.size > 0);
  const ref = x.origins[0]!;
  // labels so long the header would be too tall to repeat on each page: numbers in the header,
  // the labels in the line above the table
  const keyed = headerHeightMm(columns(x, printed, false)) > HEADER_MAX_MM;
  const parts = measureParts(x, printed, keyed);
  const part = (measures: MoneyMeasure[], i: number, tail?: Html) => {
    const first = parts.slice(0, i).reduce((n, p) => n + p.length * (2 * x.origins.length - 1), 0);
    const last = i === parts.length - 1;
    const cols = columns(x, printed, keyed, measures, first, last);
    const blocks = shown.map((r) => lineBlock(r, x, printed, measures, last));
    return join([parts.length > 1 ? el('p', { class: 'part' }, RECONCILE.part(i + 1, parts.length, measures.map((m) => PRINT_MEASURE_LABEL[m]))) : null, table(cols, blocks, tail)]);
  };
  return printPage({
    ...commonOf(x),
    title: 'Bảng đối chiếu số liệu',
    subtitles: [`Năm ${x.year}${x.project ? ` - ${x.project.name}` : ''}`, RECONCILE.between(x.origins.map((o) => o.label), keyed)],
    scale: x.scale,
    table: (tail) => join(parts.map((measures, i) => part(measures, i, i === parts.length - 1 ? tail : undefined))),
    footnotes: [
      ...(x.origins.length > 1 ? [`Chênh lệch = số của nguồn so sánh trừ số của ${ref.label}.`] : []),
      ...x.origins.flatMap((o) => scopeNote(o, scopes.get(o.id) ?? null, x.measures)),
      ...(adjusted ? [ROUNDING_NOTE] : []),
    ],
    date: x.date,
    parties: parties(x.origins),
  });
}

/** The least type size of a printed table before its measures go on in a part of their own. */
const PART_FONT_PT = 8;

/** The measures in parts, each printed as a table of its own with the lines' code and name again
 * (as Excel's print titles repeat them): seven measures against three documents made 37 columns
 * at 6,5 pt with the names wrapped a word to a line. As many measures to a part as keep 8 pt. */
function measureParts(x: ReconcilePrint, printed: Printed, keyed: boolean): MoneyMeasure[][] {
  const parts: MoneyMeasure[][] = [];
  for (const m of x.measures) {
    const current = parts[parts.length - 1];
    if (current && tableFont(columns(x, printed, keyed, [...current, m], 0, true)) >= PART_FONT_PT) current.push(m);
    else parts.push([m]);
  }
  return parts.length ? parts : [[]];
}

function columns(x: ReconcilePrint, printed: Printed, keyed: boolean, measures = x.measures, first = 0, notes = true): Column[] {
  const widest = Math.max(7, ...[...printed.values()].flatMap((c) => [...c.units.values()].map((u) => formatUnits(u, x.scale).length + 1)));
  let n = first;
  const groups = measures.flatMap((m) => {
    const first = n + 1;
    const figures = x.origins.map((o, i): Column => ({ group: PRINT_MEASURE_LABEL[m], header: keyed ? RECONCILE.originKey(i) : o.label, width: figureWidth(widest), cls: 'num', no: String(++n) }));
    const diffs = x.origins.slice(1).map((_o, i): Column => ({
      group: PRINT_MEASURE_LABEL[m], header: 'Chênh lệch', width: figureWidth(widest), cls: 'num', no: `${++n}=${first + i + 1}-${first}`,
    }));
    return [...figures, ...diffs];
  });
  return [
    { header: 'Mã', width: 16, cls: 'center', no: 'A' },
    { header: 'Nội dung', width: 58, cls: 'name', no: 'B' },
    { header: 'Loại vốn', width: 17, cls: 'center', no: 'C' },
    ...groups,
    // without a note to print the column stays, narrow: the sheet says nothing was explained
    ...(notes ? [{ header: 'Giải trình', width: x.notes.length ? 45 : 22, cls: 'note', no: 'D' } satisfies Column] : []),
  ];
}

function hasMoney(rowId: string, printed: Printed): boolean {
  return [...printed.values()].some((c) => (c.units.get(rowId) ?? 0n) !== 0n);
}

/** A line's rows (a capital type each, the same in every part), with the figures of `measures`
 * and, in the last part, her notes. */
function lineBlock(r: SheetRow, x: ReconcilePrint, printed: Printed, measures: readonly MoneyMeasure[], notes: boolean): Block {
  const has = (c: Capital) => x.origins.some((o) => x.measures.some((m) => (printed.get(key(o.id, m, c))!.units.get(r.id) ?? 0n) !== 0n));
  const shown = capitalRows(has);
  const bold = r.kind === 'program' || r.kind === 'project';
  return shown.map((capital, i) => ({
    cls: bold ? 'bold' : undefined,
    cells: [
      ...(i === 0 ? [{ text: r.code, rowspan: shown.length }, { text: el('span', { style: indentStyle(r.depth) }, r.label), rowspan: shown.length }] : []),
      { text: CAPITAL_LABEL[capital ?? 'ALL'] },
      ...measures.flatMap((m) => figureCells(r.id, m, capital, x, printed)),
      ...(notes ? [{ text: notesOf(r, capital, x) }] : []),
    ],
  }));
}

function figureCells(rowId: string, m: MoneyMeasure, capital: Capital | null, x: ReconcilePrint, printed: Printed): Cell[] {
  const units = x.origins.map((o) => printed.get(key(o.id, m, capital))!.units.get(rowId));
  const mark = (o: string) => (printed.get(key(o, m, capital))!.adjusted.has(rowId) ? raw('<sup>*</sup>') : null);
  const figures = x.origins.map((o, i) => ({ text: units[i] === undefined ? '' : join([formatUnits(units[i]!, x.scale), mark(o.id)]) }));
  const diffs = units.slice(1).map((u): Cell => {
    if (u === undefined || units[0] === undefined) return { text: '' };
    const d = u - units[0];
    return { text: formatUnits(d, x.scale), cls: d !== 0n ? 'off' : undefined };
  });
  return [...figures, ...diffs];
}

/** What a document leaves out of the sheet's columns, said under the table: its blank cells
 * are silence, not a figure that matches. */
function scopeNote(o: ReconcileOrigin, scope: OriginScope | null, measures: readonly MoneyMeasure[]): string[] {
  if (!scope) return [];
  const what = [
    ...(CAPITALS.every((c) => scope.capitals.includes(c)) ? [] : scope.capitals.map((c) => CAPITAL_LABEL[c])),
    ...(SOURCES.every((s) => scope.sources?.includes(s) ?? true) ? [] : scope.sources!.map((s) => SOURCE_LABEL[s])),
    ...(measures.every((m) => scope.measures.includes(m)) ? [] : scope.measures.filter((m) => measures.includes(m)).map((m) => PRINT_MEASURE_LABEL[m])),
  ];
  return what.length ? [RECONCILE.outOfScope(o.label, what)] : [];
}

/** Her notes on the flags of this line and capital (a note for a whole finding once), with the
 * measures they speak of. */
function notesOf(r: SheetRow, capital: Capital | null, x: ReconcilePrint): string {
  const origins = new Set(x.origins.map((o) => o.id));
  const byNote = new Map<string, Set<string>>();
  for (const n of x.notes) {
    if (n.node !== r.node || n.unit !== r.unit || n.capital !== capital || !origins.has(n.origin)) continue;
    const measures = byNote.get(n.note) ?? new Set<string>();
    measures.add(MEASURE_LABEL[n.measure as MoneyMeasure] ?? n.measure);
    byNote.set(n.note, measures);
  }
  return [...byNote].map(([note, ms]) => `${[...ms].join(', ')}: ${note}`).join('; ');
}

/** A sheet with the Treasury or the province is signed by them too, below her unit. */
function parties(origins: readonly ReconcileOrigin[]): Party[] {
  const kinds = new Set(origins.map((o) => o.kind));
  const list: Party[] = [];
  if (kinds.has('treasury')) {
    list.push({ heading: 'Xác nhận của Kho bạc Nhà nước', signers: [
      { title: 'Kế toán', how: '(Ký, họ tên)', name: '' },
      { title: 'Kế toán trưởng', how: '(Ký, họ tên)', name: '' },
      { title: 'Giám đốc', how: '(Ký, họ tên, đóng dấu)', name: '' },
    ] });
  }
  if (kinds.has('province')) {
    list.push({ heading: 'Xác nhận của cơ quan tài chính', signers: [
      { title: 'Người đối chiếu', how: '(Ký, họ tên)', name: '' },
      { title: 'Thủ trưởng cơ quan', how: '(Ký, họ tên, đóng dấu)', name: '' },
    ] });
  }
  return list;
}
