// A year's sheet as the grid and the CLI receive it: rows in tree order, and for each column
// (measure × capital) the figure in đồng (or the rate in percent) and whether it was stated.
import { type Claim, type ClaimKeyId, claimKeyId } from '../claim';
import { rateToNumber } from '../rate';
import { SHEET_COLUMNS, type ColumnId } from './columns';
import { type Completeness, FigureEvaluator } from '../figures/evaluator';
import { type CellNo, cellNo, withRow } from '../figures/cell-no';
import { type RowKind, type Tree, type TreeRow, rowsUnder, runsInYear } from './tree';
import { type Steps, allSteps } from '../steps';

/** A stated figure cumulative to a date carries it (ISO), and the other dates the origin
 * states the same key for ("thực hiện đến 30/6", "ước thực hiện đến 31/12"). */
interface Dated {
  asOf?: string;
  otherDates?: string[];
}

/** What a stated total would be if she had not stated it: its lines, its flow
 * (carry-in + allocated + adjusted), or its capital types added up. */
export interface Computed {
  dong: number;
  from: 'children' | 'flow' | 'capital';
}

export type SheetCell =
  | ({ kind: 'money'; dong: number; stated: boolean; computed?: Computed } & Dated)
  | ({ kind: 'rate'; percent: number; decimals: number; stated: boolean } & Dated);

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
  /** another programme's row, carried into this year (carried.ts); absent: the sheet's own */
  program?: string;
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
  /** every date the origin states a key for, where it states several */
  datesByKey?: ReadonlyMap<ClaimKeyId, readonly string[]>;
}

export function buildSheet(req: SheetRequest): Sheet {
  return allSteps(buildSheetInSteps(req, Infinity));
}

/** The sheet, a step after the figures are indexed and after every `rowsPerStep` rows. The rows
 * are worked out from the last up: a total is its lines added up, and the evaluator keeps each
 * figure once worked out, so every step adds up only lines already known. In tree order, the
 * programme's row came first and worked out the whole tree in one step. */
export function* buildSheetInSteps(req: SheetRequest, rowsPerStep: number): Steps<Sheet> {
  const evaluator = new FigureEvaluator(req.tree, req.completeness, req.claims);
  yield;
  const dates = req.datesByKey ?? new Map<ClaimKeyId, readonly string[]>();
  const under = rowsUnder(req.tree, req.project);
  const rows = new Array<SheetRow>(under.length);
  for (let i = under.length - 1, done = 1; i >= 0; i--, done++) {
    rows[i] = sheetRow(under[i]!, req.tree.indexOf.get(under[i]!.id)!, evaluator, dates);
    if (done % rowsPerStep === 0) yield;
  }
  // a retired line, or a district after it ended, is left out of a year where it has no figure
  const shown = rows.filter((r, i) => runsInYear(under[i]!, req.year) || Object.keys(r.cells).length > 0);
  return { program: req.tree.program, origin: req.origin, year: req.year, project: req.project, rows: shown };
}

/** Some rows of a year's sheet from an evaluator already built (the reconciliation engine's):
 * after one edit, the edited row and its ancestors are all that changed. */
export function sheetRowsOf(tree: Tree, evaluator: FigureEvaluator, rowIds: readonly string[], dates: ReadonlyMap<ClaimKeyId, readonly string[]>): SheetRow[] {
  return rowIds.flatMap((id) => {
    const row = tree.byId.get(id);
    return row ? [sheetRow(row, tree.indexOf.get(id)!, evaluator, dates)] : [];
  });
}

function computedBeside(evaluator: FigureEvaluator, key: CellNo): Computed | undefined {
  for (const from of ['children', 'flow', 'capital'] as const) {
    const dong = evaluator.deriveAt(key, from);
    if (dong !== null) return { dong, from };
  }
  return undefined;
}

/** Each column's cell in the first row (figures/cell-no.ts), worked out once; a row's is withRow of it. */
const COLUMN_CELLS = SHEET_COLUMNS.map((col) => ({ id: col.id, cell: cellNo(0, col.capital, null, col.measure) }));

function sheetRow(row: TreeRow, index: number, evaluator: FigureEvaluator, dates: ReadonlyMap<ClaimKeyId, readonly string[]>): SheetRow {
  const cells: Partial<Record<ColumnId, SheetCell>> = {};
  for (const col of COLUMN_CELLS) {
    const at = withRow(col.cell, index);
    const f = evaluator.figureAt(at);
    if (!f) continue;
    const cell: SheetCell =
      f.kind === 'money'
        ? { kind: 'money', dong: f.dong, stated: f.stated }
        : { kind: 'rate', percent: rateToNumber(f.rate), decimals: f.rate.decimals, stated: f.stated };
    if (cell.kind === 'money' && f.stated) {
      const computed = computedBeside(evaluator, at);
      if (computed) cell.computed = computed;
    }
    const claim = f.stated ? evaluator.statedAt(at) : undefined;
    if (claim?.asOf) {
      cell.asOf = claim.asOf;
      const others = dates.get(claimKeyId(claim.key))?.filter((d) => d !== claim.asOf);
      if (others?.length) cell.otherDates = [...others];
    }
    cells[col.id] = cell;
  }
  return {
    id: row.id, node: row.key.node, unit: row.key.unit, code: row.code, label: row.label, kind: row.kind,
    depth: row.depth, parentId: row.parentId, hasChildren: row.childIds.length > 0, own: row.own, cells,
  };
}
