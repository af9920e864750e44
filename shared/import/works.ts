// A list of investment works ("Danh mục công trình | Chủ đầu tư | Quyết định đầu tư | Tổng mức
// đầu tư | Kế hoạch vốn năm 2024"): section rows name the project and sub-project ("I. Dự án 1",
// "1. Tiểu dự án 1"), the rows under them are works. Her unit's works (by the investor column,
// when there is one) become her work lines under their sub-project, with this year's plan.
import type { Line } from '../catalog';
import { fold } from './grid';
import type { CatalogMatcher } from './match';
import { MEMO } from './match';
import { type Mapping, type Plan, type PlanRequest, corrected, figures, guess, headerLabels, sameUnit } from './plan';

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
  const planCol = pickPlanColumn(cols);
  const investorCol = cols.find((c) => INVESTOR.test(c.text))?.col ?? null;
  const investors = investorCol === null ? [] : [...new Set(located.dataRows.map((r) => grid.text(r, investorCol)).filter(Boolean))];
  if (planCol === null) return { units: investors, layout: 'works' };
  const mine = (r: number) => investorCol === null || sameUnit(grid.text(r, investorCol), req.unit);
  if (investorCol !== null && !located.dataRows.some(mine)) return { units: investors, layout: 'works' };
  const lines = new WorkLines(req.catalog.program, req.lines ?? []);
  const mappings: Mapping[] = [];
  let section: string | null = null;
  for (const r of located.dataRows) {
    const label = grid.text(r, located.labelCol);
    if (!label || MEMO.test(fold(label)) || matcher.isTotal(label)) continue;
    const asSection = matcher.match([label], section === null ? null : matcher.projectOf(section));
    if (asSection && !asSection.node.includes('@')) {
      section = asSection.node;
      continue;
    }
    if (!mine(r) || section === null) continue;
    // a wrapped caption holds line breaks; a line's name is one line (see line-rules.ts)
    const work = lines.workUnder(section, label.replace(/^[\divx]+[.)]\s*/i, '').replace(/\s+/g, ' ').slice(0, 300));
    mappings.push(corrected(req, { at: String(r), label, ...guess({ node: work, sure: true }), capital: req.capital ?? 'DT' }));
  }
  const places = mappings.map((m) => ({ m, row: Number(m.at), col: planCol }));
  return {
    layout: 'works', unit: req.unit, units: investors, mappings, ...figures(req, places),
    lines: lines.added.filter((l) => mappings.some((m) => m.node === l.code)),
  };
}

function columnLabels(req: PlanRequest): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 1; c <= req.grid.sheet.columnCount; c++) out.push({ col: c, text: fold(headerLabels(req, c).join(' ')) });
  return out;
}

/** "Kế hoạch vốn năm 2024": of several years, the latest (this year's plan). */
function pickPlanColumn(cols: { col: number; text: string }[]): number | null {
  const plans = cols.map((c) => ({ col: c.col, year: Number(PLAN.exec(c.text)?.[3] ?? PLAN.exec(c.text)?.[4] ?? 0) })).filter((p) => p.year > 0);
  return plans.sort((a, b) => b.year - a.year)[0]?.col ?? null;
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
