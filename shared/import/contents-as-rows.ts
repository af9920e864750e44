// Contents as rows (numbered I / 1 / 1.1 / a), one column group per unit with its capital,
// source or measure under it; or, with no unit over the columns, one unit's own table of
// measures ("Tình hình giao vốn và giải ngân"): her columns, read on every row that is a line.
import { caption } from './locate';
import type { ColumnReading } from './columns';
import type { CatalogMatcher } from './match';
import type { Layout, NoPlan, Plan, PlanRequest } from './plan-model';
import { capitalDecision, doubtsOf, figures, placeOf } from './read-figures';
import { arithmeticDecisions, columnNote, type RowNote } from './reading';
import { rowMappings } from './rows';
import { rowRole } from './row-roles';
import { columnLetter } from './sheet-model';

export function contentsAsRows(req: PlanRequest, matcher: CatalogMatcher, columns: ColumnReading[], layout: Layout): Plan | NoPlan {
  const units = [...new Set(columns.flatMap((c) => (c.unit === 'mine' || c.unit === 'other' ? [c.unitName!] : [])))];
  // one unit's own table: its columns of money ("Ghi chú", an estimate, are not)
  const ownColumns = () => columns.filter((c) => c.unit === null && (c.corrected || (c.words.some((w) => w.role === 'money' || w.role === 'total') && !c.words.some((w) => w.role === 'other'))));
  const mine = (layout === 'measures-as-columns' ? ownColumns() : columns.filter((c) => c.unit === 'mine')).filter((c) => !c.skipped);
  if (mine.length === 0) return { units, layout };
  const mappings = rowMappings(req, matcher);
  const places = mappings.flatMap((m) => mine.map((c) => ({ m, row: Number(m.at), ...placeOf(req, columns, c) })));
  const read = figures(req, places);
  return {
    layout, unit: layout === 'measures-as-columns' ? req.unit : mine[0]!.unitName!,
    units, mappings, figures: read.figures, problems: read.problems, lines: [],
    reading: {
      columns: columns.map((c) => columnNote(c, columnLetter(c.col), null, mine.includes(c) ? placeOf(req, columns, c) : null)),
      rows: rowNotes(req, matcher, mappings, new Set(read.figures.map((f) => Number(f.cell.replace(/^[A-Z]+/, ''))))),
      decisions: [
        layout === 'measures-as-columns' ? { rule: 'oneUnit', unit: req.unit } : { rule: 'unitColumns', unit: mine[0]!.unitName!, columns: mine.map((c) => columnLetter(c.col)) },
        capitalDecision(req, mine, read.silentCapital),
        ...arithmeticDecisions(columns, columnLetter),
      ],
      doubts: doubtsOf(mappings, read),
    },
  };
}

function rowNotes(req: PlanRequest, matcher: CatalogMatcher, mappings: ReturnType<typeof rowMappings>, read: Set<number>): RowNote[] {
  const byRow = new Map(mappings.map((m) => [Number(m.at), m]));
  return req.located.dataRows.flatMap((row): RowNote[] => {
    const text = caption(req.grid, req.located, row);
    if (!text) return [];
    const m = byRow.get(row);
    if (m?.node) {
      const role = m.unit ? 'unit' : m.node === matcher.rootCode ? 'total' : 'line';
      return [{ row, caption: text, role, node: m.node, mine: read.has(row), sure: m.sure }];
    }
    return [{ row, caption: text, role: rowRole(text, matcher, null).role, node: null, mine: false, sure: true }];
  });
}
