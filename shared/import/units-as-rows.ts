// Units as rows ("Huyện Mường Tè", "H. Phong Thổ", "Sở Lao động - TB&XH"), the programme's
// projects and sub-projects as column groups: her row, read under each column's line.
import { caption } from './locate';
import { type ColumnReading, namesMoneyOnly } from './columns';
import type { Capital, Source } from '../claim';
import { isHerUnitAlone, namesUnit, readHeaderWord, sameUnit } from './header-words';
import { unitName } from './unit-list';
import type { CatalogMatcher } from './match';
import { type Mapping, type NoPlan, type Plan, type PlanRequest, corrected, guess } from './plan-model';
import { capitalDecision, doubtsOf, figures, placeOf } from './read-figures';
import { arithmeticDecisions, columnNote, type RowNote } from './reading';
import { rowRole } from './row-roles';
import { columnLetter } from './sheet-model';

export function unitsAsRows(req: PlanRequest, matcher: CatalogMatcher, columns: ColumnReading[]): Plan | NoPlan {
  const { grid, located } = req;
  const captions = located.dataRows.map((r) => ({ row: r, text: caption(grid, located, r) })).filter((c) => c.text);
  // every row is a unit's, so a district written bare ("Sìn Hồ") is one too; totals and levels are not
  const units = captions.filter((c) => unitName(c.text) !== null).map((c) => c.text);
  // her district's own row before a centre or a school named after it ("Trung tâm Y tế huyện Phong Thổ")
  const mine = captions.find((c) => isHerUnitAlone(c.text, req.unit)) ?? captions.find((c) => sameUnit(c.text, req.unit));
  if (!mine) return capitalRows(req, matcher, columns, captions) ?? { units, layout: 'units-as-rows' };
  // a table whose columns name no line (Tổng số | Vốn ĐT | Vốn SN) is the whole programme's
  const named = columns.some((c) => c.line || c.linesTotal);
  const mappings = columns.map((c): Mapping => {
    const at = columnLetter(c.col);
    // a column she said not to read is read as she said: no line
    if (c.skipped) return { at, label: c.label, node: null, sure: true, corrected: true, capital: null };
    const node = c.line ?? (c.linesTotal || namesMoneyOnly(c) || (!named && !c.words.some((w) => w.role === 'other')) ? { node: matcher.rootCode, sure: true } : null);
    return corrected(req, { at, label: c.label, ...guess(node), capital: null });
  });
  const read = figures(req, mappings.map((m, i) => ({ m, row: mine.row, ...placeOf(req, columns, columns[i]!) })));
  const rows = captions.map(({ row, text }): RowNote => {
    const role = rowRole(text, matcher, null).role;
    const asUnit = role === 'item' || role === 'line' ? 'unit' : role;
    return { row, caption: text, role: asUnit, node: null, mine: row === mine.row, sure: true };
  });
  return {
    layout: 'units-as-rows', unit: mine.text, units, mappings, figures: read.figures, problems: read.problems, lines: [],
    reading: {
      columns: columns.map((c, i) => columnNote(c, mappings[i]!.at, mappings[i]!.node, mappings[i]!.node === null ? null : placeOf(req, columns, c))),
      rows,
      decisions: [{ rule: 'unitRow', unit: mine.text, row: mine.row }, capitalDecision(req, columns, read.silentCapital), ...arithmeticDecisions(columns, columnLetter)],
      doubts: doubtsOf(mappings, read),
    },
  };
}

/** Her own table turned round (the title names her unit): the projects as columns, the capital
 * types and sources as rows ("TỔNG SỐ", "1. Vốn ĐTPT", "- NSTW", "2. Kinh phí sự nghiệp"). */
function capitalRows(req: PlanRequest, matcher: CatalogMatcher, columns: ColumnReading[], captions: { row: number; text: string }[]): Plan | null {
  const rows = moneyRows(matcher, captions);
  const titled = req.located.titleRows.some((r) => req.grid.row(r).some((c) => namesUnit(c.value, req.unit)));
  if (!rows || !titled) return null;
  const mappings = columns.map((c): Mapping => corrected(req, { at: columnLetter(c.col), label: c.label, ...guess(c.line ?? (c.linesTotal ? { node: matcher.rootCode, sure: true } : null)), capital: null }));
  const places = rows.flatMap((r) => mappings.map((m, i) => ({ m, row: r.row, ...placeOf(req, columns, columns[i]!), capital: r.capital, source: r.source })));
  const read = figures(req, places);
  return {
    layout: 'units-as-rows', unit: req.unit, units: [], mappings, figures: read.figures, problems: read.problems, lines: [],
    reading: {
      columns: columns.map((c, i) => columnNote(c, mappings[i]!.at, mappings[i]!.node, mappings[i]!.node === null ? null : placeOf(req, columns, c))),
      rows: rows.map((r) => ({ row: r.row, caption: r.text, role: r.capital === null && r.source === null ? 'total' : 'line', node: null, mine: true, sure: true })),
      decisions: [{ rule: 'oneUnit', unit: req.unit }, { rule: 'capital', from: 'columns' }],
      doubts: doubtsOf(mappings, read),
    },
  };
}

/** Every row a total or words of money (a capital type, a source under it); else null. */
function moneyRows(matcher: CatalogMatcher, captions: { row: number; text: string }[]) {
  let capital: Capital | null = null;
  const out: { row: number; text: string; capital: Capital | null; source: Source | null }[] = [];
  for (const { row, text } of captions) {
    if (matcher.isTotal(text)) {
      out.push({ row, text, capital: null, source: null });
      continue;
    }
    const word = readHeaderWord(text.replace(/^\s*(\d+|[a-z]|[ivx]+)[.)]?\s+|^\s*[-+*•–]\s*/iu, ''), matcher);
    if (word.role !== 'money' || (!word.capital && !word.source)) return null;
    if (word.capital) capital = word.capital;
    out.push({ row, text, capital: word.capital ?? capital, source: word.source });
  }
  return out.length ? out : null;
}
