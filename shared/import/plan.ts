// From a located table to the figures of her unit: read what each column is (columns.ts), then
// decide the layout from it: columns naming units are a contents table with units as column
// groups; columns naming the programme's lines are a table with units as rows; neither, one
// unit's own table of measures; a list of works has its own reading (works.ts).
import { caption } from './locate';
import { type ColumnReading, correctColumns, namesMoneyOnly, readColumns } from './columns';
import { contentsAsRows } from './contents-as-rows';
import { cellDecimal } from './cell-value';
import { isHerUnitAlone, sameUnit } from './header-words';
import { CatalogMatcher } from './match';
import { columnAdds } from './arithmetic';
import { type NoPlan, type Plan, type PlanRequest, correctionKey, headerLabels } from './plan-model';
import { unitList } from './unit-list';
import { unitsAsRows } from './units-as-rows';
import { isWorksList, planWorks } from './works';

export * from './plan-model';

export function planImport(req: PlanRequest): Plan | NoPlan {
  const planned = planOf(req);
  // the units she may pick: only names of units, whatever else the layout found where units stand
  return 'units' in planned ? { ...planned, units: unitList(planned.units) } : planned;
}

function planOf(req: PlanRequest): Plan | NoPlan {
  const matcher = new CatalogMatcher(req.catalog);
  if (isWorksList(req)) return planWorks(req, matcher);
  const columns: ColumnReading[] = readColumns(req.grid, req.located.headerRows, valueColumns(req), {
    matcher, isMine: (u) => sameUnit(u, req.unit), isHerName: (u) => isHerUnitAlone(u, req.unit), year: req.year ?? null,
    adds: (total, parts) => columnAdds(req, total, parts),
  });
  correctColumns(columns, req.columnCorrections, correctionKey);
  if (columns.some((c) => c.unit === 'mine' || c.unit === 'other')) return contentsAsRows(req, matcher, columns, 'contents-as-rows');
  const byLine = columns.filter((c) => c.line || c.linesTotal).length;
  if (byLine > 0 && byLine >= columns.length / 2) return unitsAsRows(req, matcher, columns);
  // no column names a line, and the rows are units with hers among them: the whole programme's
  // money by unit (a disbursement report whose title names the programme)
  const unitRows = columns.some(namesMoneyOnly) && req.located.dataRows.some((r) => sameUnit(caption(req.grid, req.located, r), req.unit));
  if (!captionsReadAsLines(req, matcher)) return byLine > 0 || unitRows ? unitsAsRows(req, matcher, columns) : { otherProgramme: true };
  return contentsAsRows(req, matcher, columns, 'measures-as-columns');
}

/** Some caption besides a total reads as a catalogue line. */
function captionsReadAsLines(req: PlanRequest, matcher: CatalogMatcher): boolean {
  return req.located.dataRows.some((r) => {
    const text = caption(req.grid, req.located, r);
    return !matcher.isTotal(text) && matcher.match([text]) !== null;
  });
}

/** The columns right of the captions that hold figures somewhere in the data rows. */
function valueColumns(req: PlanRequest): number[] {
  const { grid, located } = req;
  const out: number[] = [];
  for (let c = located.labelEnd + 1; c <= grid.sheet.columnCount; c++) {
    if (c === located.sttCol || grid.hiddenColumn(c)) continue;
    if (located.dataRows.some((r) => cellDecimal(grid.at(r, c)) !== null) || headerLabels(req, c).length) out.push(c);
  }
  return out;
}
