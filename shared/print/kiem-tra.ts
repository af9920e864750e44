// "Bảng kiểm tra số liệu": every finding of the year, open or explained, as the panel shows them
// (the flag on the suspect figure first, then the flags of the same cause), by project; with
// the rule, the expected and the found figure, the difference and her note.
import type { CheckReport } from '../api';
import { periodLabel } from '../claim';
import { CAPITAL_LABEL, MEASURE_LABEL, SEVERITY_LABEL } from '../i18n/vi';
import type { ClaimRef, Flag } from '../reconcile/flag';
import type { FlagGroup } from '../reconcile/groups';
import { RULES, type RuleId } from '../reconcile/rules';
import { type PrintScale, formatPercent, formatUnits, toUnits } from './format';
import { el } from './html';
import { type PageCommon, commonOf, printPage } from './page';
import { type Block, type Cell, type Column, type Row, figureWidth, table } from './table';

export interface ChecksPrint extends PageCommon {
  date: string;
  /** the book's history as it is printed (check-code.ts), under the signatures */
  scale: PrintScale;
  year: number;
  project: { code: string; name: string } | null;
  report: CheckReport;
  /** the project a line belongs to (asked of the tree), and the projects' names in order */
  projectOf: (node: string) => string | null;
  projects: { code: string; name: string }[];
  originLabel: (id: string) => string;
}

const PROGRAM = '';

export function checksSheet(x: ChecksPrint): string {
  const byId = new Map(x.report.flags.map((f) => [f.id, f]));
  const sections = new Map<string, FlagGroup[]>();
  for (const g of x.report.groups) {
    const project = x.projectOf(byId.get(g.flags[0]!)!.claims[0]!.node) ?? PROGRAM;
    if (x.project && project !== x.project.code) continue;
    sections.set(project, [...(sections.get(project) ?? []), g]);
  }
  const order = [PROGRAM, ...x.projects.map((p) => p.code)].filter((p) => sections.has(p));
  const names = new Map(x.projects.map((p) => [p.code, p.name]));
  let n = 0;
  const blocks: Block[] = order.flatMap((p) => [
    [groupRow(p === PROGRAM ? 'Toàn chương trình' : names.get(p) ?? p)],
    ...sections.get(p)!.map((g) => findingBlock(g, byId, ++n, x)),
  ]);
  const groups = order.flatMap((p) => sections.get(p)!);
  const flags = groups.reduce((s, g) => s + g.flags.length, 0);
  const open = groups.filter((g) => !g.explained).length;
  // the count closes the last finding's rows: a total never opens a page alone
  blocks.at(-1)?.push({ cls: 'total', cells: [{ text: `Cộng: ${groups.length} phát hiện (${open} chưa giải trình hết), ${flags} cờ`, colspan: COLUMNS.length }] });
  return printPage({
    ...commonOf(x),
    title: 'Bảng kiểm tra số liệu',
    subtitles: [`Năm ${x.year}${x.project ? ` - ${x.project.name}` : ''}`],
    scale: x.scale,
    table: groups.length ? (tail) => table(COLUMNS, blocks, tail) : el('p', { class: 'empty' }, 'Không có phát hiện nào: các số liệu khớp nhau.'),
    footnotes: [
      'Mỗi phát hiện là một nguyên nhân: dòng đầu là số nghi sai, các dòng "cùng nguyên nhân" là những chỗ lệch do cùng số ấy.',
      'Chênh lệch = số ghi trừ số đúng ra; tỷ lệ tính bằng %, chênh lệch tỷ lệ bằng điểm %.',
    ],
    date: x.date,
    parties: [],
  });
}

const COLUMNS: Column[] = [
  { header: 'STT', width: 10, cls: 'center', no: 'A' },
  { header: 'Số liệu (dòng, loại vốn, chỉ tiêu, năm, nguồn)', width: 66, cls: 'name', no: 'B' },
  { header: 'Quy tắc', width: 34, cls: 'name', no: 'C' },
  { header: 'Mức độ', width: 23, cls: 'center', no: 'D' },
  { header: 'Số đúng ra', width: figureWidth(13), cls: 'num', no: '1' },
  { header: 'Số ghi', width: figureWidth(13), cls: 'num', no: '2' },
  { header: 'Chênh lệch', width: figureWidth(13), cls: 'num', no: '3=2-1' },
  { header: 'Giải trình', width: 50, cls: 'note', no: 'E' },
];

function groupRow(title: string): Row {
  return { cls: 'group', cells: [{ text: title, colspan: COLUMNS.length }] };
}

function findingBlock(g: FlagGroup, byId: Map<string, Flag>, n: number, x: ChecksPrint): Block {
  return g.flags.map((id, i) => {
    const f = byId.get(id)!;
    const where = i === 0 ? place(f.claims[0]!, x) : `Cùng nguyên nhân: ${place(f.claims[0]!, x)}`;
    const [expected, found, difference] = figures(f, x.scale);
    const cells: Cell[] = [
      { text: i === 0 ? String(n) : '' },
      { text: where },
      { text: RULES[f.rule as RuleId]?.title ?? f.rule },
      { text: f.explained === null ? SEVERITY_LABEL[f.severity] : 'Đã giải trình' },
      { text: expected }, { text: found }, { text: difference },
      { text: f.explained ?? '' },
    ];
    return { cells, cls: i === 0 ? 'bold' : undefined };
  });
}

/** "DA7 · Vốn SN · Giải ngân · năm 2023 (Báo cáo 6/2024, mục III)" */
function place(c: ClaimRef, x: ChecksPrint): string {
  const line = c.unit ? `${c.node} · ${c.unit}` : c.node;
  const when = c.year !== undefined ? String(c.year) : periodLabel({ from: c.years![0], to: c.years![1] });
  const capital = CAPITAL_LABEL[(c.capital ?? 'ALL') as keyof typeof CAPITAL_LABEL];
  const source = c.source ? ` · ${c.source}` : '';
  return `${line} · ${capital}${source} · ${MEASURE_LABEL[c.measure as keyof typeof MEASURE_LABEL] ?? c.measure} · năm ${when} (${x.originLabel(c.origin)})`;
}

/** Expected, found and their difference as printed: money in the display unit (the difference of
 * the printed figures), rates in % and points. */
function figures(f: Flag, scale: PrintScale): [string, string, string] {
  if (f.claims[0]!.measure === 'rate') {
    const d = (v: number) => decimalsOf(v);
    const places = Math.max(d(f.expected), d(f.found));
    return [`${formatPercent(f.expected, places)}%`, `${formatPercent(f.found, places)}%`, formatPercent(f.difference, Math.max(places, d(f.difference)))];
  }
  const [e, o] = [toUnits(f.expected, scale), toUnits(f.found, scale)];
  return [formatUnits(e, scale), formatUnits(o, scale), formatUnits(o - e, scale)];
}

function decimalsOf(v: number): number {
  const text = String(v);
  return text.includes('.') ? Math.min(6, text.split('.')[1]!.length) : 0;
}
