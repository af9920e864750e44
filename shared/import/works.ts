// A list of investment works ("Danh mục công trình | Chủ đầu tư | Quyết định đầu tư | Tổng mức
// đầu tư | Kế hoạch vốn năm 2024"): section rows name the project and sub-project ("I. Dự án 1",
// "1. Tiểu dự án 1"), the rows under them are works. Her unit's works (by the investor column,
// when there is one) become her work lines under their sub-project, with this year's plan.
import { caption } from './locate';
import type { Source } from '../claim';
import type { Line } from '../catalog';
import { sourceOf } from './title';
import { fold } from './grid';
import type { CatalogMatcher } from './match';
import { isUnitName, readHeaderWord, sameUnit } from './header-words';
import { type RowRole, rowRole } from './row-roles';
import { unitSectionRows } from './sections';
import { type Mapping, type Plan, type PlanRequest, corrected, guess, headerLabels } from './plan-model';
import { doubtsOf, figures } from './read-figures';
import type { ColumnNote, RowNote } from './reading';
import { columnLetter } from './sheet-model';

const NAME = /(danh muc|ten) (du an|cong trinh)|^cong trinh/;
const MONEY = /tong muc dau tu|ke hoach von|kh von|von nam/;
const PLAN = /(ke hoach|kh)[^0-9]*(nam )?(20\d\d)|von nam (20\d\d)/;
const INVESTOR = /chu dau tu/;

export function isWorksList(req: PlanRequest): boolean {
  const labels = columnLabels(req).map(({ text }) => text);
  return labels.some((t) => NAME.test(t)) && labels.some((t) => MONEY.test(t));
}

export function planWorks(req: PlanRequest, matcher: CatalogMatcher): Plan | { units: string[]; layout: 'works' } {
  const { grid, located } = req;
  const cols = columnLabels(req);
  const plan = planColumns(req, cols);
  const planCol = plan[0]?.col ?? null;
  const investorCol = cols.find((c) => INVESTOR.test(c.text))?.col ?? null;
  const rows = located.dataRows.map((r) => ({ r, label: caption(grid, located, r) })).filter((x) => x.label);
  const sectionRows = unitSectionRows(req, matcher, rows);
  const sections = [...sectionRows.values()];
  const investors = investorCol === null ? [] : [...new Set(located.dataRows.map((r) => grid.text(r, investorCol)).filter(Boolean))];
  const units = [...investors, ...sections];
  if (planCol === null) return { units, layout: 'works' };
  // district sections are the list's own division: an investor column inside them says no more
  const bySections = sections.some((u) => sameUnit(u, req.unit));
  const byInvestor = !bySections && investorCol !== null && investors.some((i) => isUnitName(i) || sameUnit(i, req.unit));
  if (byInvestor && !located.dataRows.some((r) => sameUnit(grid.text(r, investorCol!), req.unit))) return { units, layout: 'works' };
  if (!byInvestor && sections.length && !sections.some((u) => sameUnit(u, req.unit))) return { units, layout: 'works' };
  const lines = new WorkLines(req.catalog.program, req.lines ?? []);
  const whose: Whose = { byInvestor, investorCol, bySection: !byInvestor && sections.length > 0 };
  const { mappings, notes } = readRows(req, matcher, rows, lines, whose, sectionRows);
  const places = mappings.flatMap((m) => plan.map((p) => ({ m, row: Number(m.at), col: p.col, capital: m.capital, source: p.source })));
  const read = figures(req, places);
  return {
    layout: 'works', unit: req.unit, units, mappings, figures: read.figures, problems: read.problems,
    lines: lines.added.filter((l) => mappings.some((m) => m.node === l.code)),
    reading: {
      columns: cols.filter((c) => c.text).map((c) => worksColumn(req, matcher, c.col, columnLetter(c.col), plan.find((p) => p.col === c.col))),
      rows: notes,
      decisions: [{ rule: 'worksList', planColumn: columnLetter(planCol), whose: byInvestor ? 'investor' : whose.bySection ? 'sections' : 'whole' }],
      doubts: doubtsOf(mappings, read),
    },
  };
}

/** A column of the list as the wizard shows it: its words, and whether her plan is read from it. */
function worksColumn(req: PlanRequest, matcher: CatalogMatcher, col: number, at: string, plan: { source: Source | null } | undefined): ColumnNote {
  const header = headerLabels(req, col).map((text) => ({ text, role: readHeaderWord(text, matcher).role }));
  const read = plan !== undefined;
  return {
    at, label: header.map((h) => h.text).join(' / '), corrected: false, header, node: null, unit: null,
    capital: read ? req.capital ?? 'DT' : undefined, source: plan?.source ?? undefined, measure: read ? 'allocated' : null, read,
  };
}

interface Whose { byInvestor: boolean; investorCol: number | null; bySection: boolean }

/** Row by row: the line and the unit each row is under decide what it is and whose. Units as
 * the outer sections ("I. Huyện Mường Tè" › "1. Tiểu dự án 1") start a new line each; lines as
 * the outer ones hold units' shares. */
function readRows(req: PlanRequest, matcher: CatalogMatcher, rows: { r: number; label: string }[], lines: WorkLines, whose: Whose, sectionRows: ReadonlyMap<number, string>): { mappings: Mapping[]; notes: RowNote[] } {
  const capital = req.capital ?? 'DT';
  const mappings: Mapping[] = [];
  const notes: RowNote[] = [];
  let section: string | null = null;
  let unit: boolean | null = null;
  let unitsOuter: boolean | null = null;
  const add = (r: number, label: string, node: string, sure = true) => mappings.push(corrected(req, { at: String(r), label, ...guess({ node, sure }), capital }));
  for (const { r, label } of rows) {
    const role: RowRole = sectionRows.has(r) ? { role: 'unit', name: label } : rowRole(label, matcher, section === null ? null : matcher.projectOf(section));
    const before = mappings.length;
    if (role.role === 'unit' && whose.bySection) {
      unitsOuter ??= true;
      unit = sameUnit(role.name, req.unit);
      if (unitsOuter) section = null;
      if (unit) add(r, label, unitsOuter ? matcher.rootCode : section ?? matcher.rootCode);
    } else if (role.role === 'line') {
      unitsOuter ??= false;
      section = role.match.node;
      if (unitsOuter === false) unit = null;
      if ((whose.bySection && unit && unitsOuter) || (!whose.bySection && !whose.byInvestor)) add(r, label, section, role.match.sure);
    } else if (role.role === 'total' && !whose.bySection && !whose.byInvestor && section === null) {
      add(r, label, matcher.rootCode);
    } else if (role.role === 'item' && section !== null && isMine(req, r, unit, whose)) {
      // a wrapped caption holds line breaks; a line's name is one line (see line-rules.ts)
      add(r, label, lines.workUnder(section, workName(label)));
    }
    const m = mappings.length > before ? mappings.at(-1)! : null;
    notes.push({ row: r, caption: label, role: role.role, node: m?.node ?? null, mine: m !== null, sure: m?.sure ?? true });
  }
  return { mappings, notes };
}

function isMine(req: PlanRequest, r: number, unit: boolean | null, whose: Whose): boolean {
  if (whose.byInvestor) return sameUnit(req.grid.text(r, whose.investorCol!), req.unit);
  return whose.bySection ? unit === true : true;
}

/** "1. Đường GTNT bản Nậm Xe\n(giai đoạn 2)" → "Đường GTNT bản Nậm Xe (giai đoạn 2)". */
function workName(label: string): string {
  return label.replace(/^([\divx]+(\.\d+)*[.)]|[-+*•–])\s*/i, '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

function columnLabels(req: PlanRequest): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 1; c <= req.grid.sheet.columnCount; c++) out.push({ col: c, text: fold(headerLabels(req, c).join(' ')) });
  return out;
}

/** "Kế hoạch vốn năm 2024": of several years, the latest (this year's plan); under it a total and
 * its sources ("Tổng số | Trong đó: NSTW | NSĐP"), each a column of her works' figures. */
function planColumns(req: PlanRequest, cols: { col: number; text: string }[]): { col: number; source: Source | null }[] {
  const yearOf = (text: string) => Number(PLAN.exec(text)?.[3] ?? PLAN.exec(text)?.[4] ?? 0);
  const latest = Math.max(0, ...cols.map((c) => yearOf(c.text)));
  if (latest === 0) return [];
  const plan = cols.filter((c) => yearOf(c.text) === latest).map((c) => ({ col: c.col, source: sourceOf(fold(headerLabels(req, c.col).slice(1).join(' '))) }));
  // a part that names no source (a second unnamed column) is not one she can place
  return plan.filter((p, i) => p.source !== null || plan.findIndex((q) => q.source === null) === i);
}

/** Her works by name under each sub-project; a work the book lacks gets the next free code. */
class WorkLines {
  readonly added: Line[] = [];
  private readonly taken: Set<string>;

  constructor(private readonly program: string, private readonly existing: readonly Line[]) {
    this.taken = new Set(existing.map((l) => l.code));
  }

  workUnder(parent: string, name: string): string {
    const same = (l: Line) => l.parent === parent && l.kind === 'work' && fold(l.name) === fold(name);
    const found = this.existing.find(same) ?? this.added.find(same);
    if (found) return found.code;
    let n = 1;
    while (this.taken.has(`${parent}-W${n}`)) n++;
    const line: Line = { program: this.program, code: `${parent}-W${n}`, parent, kind: 'work', name };
    this.taken.add(line.code);
    this.added.push(line);
    return line.code;
  }
}
