// A year's sheet as the grid and the CLI receive it: rows in tree order, and for each column
// (measure × capital) the figure in đồng (or the rate in percent) and whether it was stated.
import type { Claim } from '../claim';
import { rateToNumber } from '../rate';
import { SHEET_COLUMNS, type ColumnId } from './columns';
import { type Completeness, FigureEvaluator } from '../figures/evaluator';
import { STRIDE, cellNumber } from '../figures/cell';
import { type RowKind, type Tree, type TreeRow, rowsUnder } from './tree';

export type SheetCell =
  | { kind: 'money'; dong: number; stated: boolean }
  | { kind: 'rate'; percent: number; decimals: number; stated: boolean };

export interface SheetRow {
  id: string;
  node: string;
  unit: string | null;
  code: string;
  label: string;
  kind: RowKind;
  depth: number;
  parentId: string | null;
  hasChildren: boolean;
  own: boolean;
  cells: Partial<Record<ColumnId, SheetCell>>;
}

export interface Sheet {
  program: string;
  origin: string;
  year: number;
  project: string | null;
  rows: SheetRow[];
}

export interface SheetRequest {
  tree: Tree;
  claims: Iterable<Claim>;
  origin: string;
  completeness: Completeness;
  year: number;
  project: string | null;
}

export function buildSheet(req: SheetRequest): Sheet {
  const evaluator = new FigureEvaluator(req.tree, req.completeness, req.claims);
  const rows = rowsUnder(req.tree, req.project).map((row) => sheetRow(row, req.tree.indexOf.get(row.id)!, evaluator));
  return { program: req.tree.program, origin: req.origin, year: req.year, project: req.project, rows };
}

/** Each column's place within a row's cell numbers (see figures/cell.ts), worked out once. */
const COLUMN_OFFSETS = SHEET_COLUMNS.map((col) => ({ id: col.id, offset: cellNumber(0, { capital: col.capital, source: null, measure: col.measure }) }));

function sheetRow(row: TreeRow, index: number, evaluator: FigureEvaluator): SheetRow {
  const cells: Partial<Record<ColumnId, SheetCell>> = {};
  const base = index * STRIDE.row;
  for (const col of COLUMN_OFFSETS) {
    const f = evaluator.figureAt(base + col.offset);
    if (!f) continue;
    cells[col.id] =
      f.kind === 'money'
        ? { kind: 'money', dong: f.dong, stated: f.stated }
        : { kind: 'rate', percent: rateToNumber(f.rate), decimals: f.rate.decimals, stated: f.stated };
  }
  return {
    id: row.id, node: row.key.node, unit: row.key.unit, code: row.code, label: row.label, kind: row.kind,
    depth: row.depth, parentId: row.parentId, hasChildren: row.childIds.length > 0, own: row.own, cells,
  };
}
