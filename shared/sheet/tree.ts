// The rows of a programme as a tree: catalogue nodes, then the accountant's own lines
// (contents, works) and implementing units under them. Flat, in tree order, with depth:
// AG Grid community has no tree data, so the grid shows this list and folds it itself.
import { type Catalog, type Line, type RowKey, rowKeyId } from '../catalog';
import { soundLines } from './line-rules';
import type { UnitSpan } from '../units';

export type RowKind = 'program' | 'project' | 'subproject' | 'content' | 'work' | 'unit';

export interface TreeRow {
  id: string;
  key: RowKey;
  /** the code shown in the grid: catalogue code or the line's own code */
  code: string;
  label: string;
  kind: RowKind;
  depth: number;
  parentId: string | null;
  childIds: string[];
  /** the accountant's own line: she may rename or remove it */
  own: boolean;
  memo: boolean;
  /** the years it runs in, from its own line (retired) or unit (validity) and its ancestors'; a
   * year's sheet leaves out a row outside them that has no figure in that year */
  runs?: YearSpan;
}

/** First and last year, either open. */
export interface YearSpan {
  from?: number;
  until?: number;
}

export function runsInYear(row: Pick<TreeRow, 'runs'>, year: number): boolean {
  return !row.runs || ((row.runs.from ?? year) <= year && year <= (row.runs.until ?? year));
}

export interface Tree {
  program: string;
  rows: TreeRow[];
  byId: Map<string, TreeRow>;
  /** position of each row in `rows`: a number is a cheaper key than a string */
  indexOf: Map<string, number>;
}

export function buildTree(catalog: Catalog, lines: readonly Line[], units: readonly UnitSpan[] = []): Tree {
  const unitYears = new Map(units.map((u) => [u.name, spanOfUnit(u)]));
  const byId = new Map<string, TreeRow>();
  const children = new Map<string | null, TreeRow[]>();
  const add = (row: TreeRow, parent: string | null) => {
    byId.set(row.id, row);
    const list = children.get(parent) ?? [];
    list.push(row);
    children.set(parent, list);
  };
  const depthOf = new Map<string, number>();
  for (const n of catalog.nodes) {
    const depth = n.parent === null ? 0 : (depthOf.get(n.parent) ?? 0) + 1;
    depthOf.set(n.code, depth);
    const kind: RowKind = depth === 0 ? 'program' : depth === 1 ? 'project' : 'subproject';
    add(makeRow({ node: n.code, unit: null }, n.code, n.name, kind, n.parent, false, n.memo ?? false), n.parent);
  }
  for (const l of soundLines(catalog, lines)) {
    const key: RowKey = l.kind === 'unit' ? { node: l.parent, unit: l.name } : { node: l.code, unit: null };
    const row = makeRow(key, l.kind === 'unit' ? '' : l.code, l.name, l.kind, l.parent, true, false);
    const runs = l.kind === 'unit' ? unitYears.get(l.name) : l.retired === undefined ? undefined : { until: l.retired - 1 };
    if (runs) row.runs = runs;
    add(row, l.parent);
  }
  const rows: TreeRow[] = [];
  const visit = (row: TreeRow, depth: number, within: YearSpan | undefined) => {
    row.depth = depth;
    const runs = narrowed(row.runs, within);
    if (runs) row.runs = runs;
    rows.push(row);
    // units are leaves: their key shares the node of their parent row
    const kids = row.kind === 'unit' ? [] : (children.get(row.key.node) ?? []);
    for (const kid of kids) {
      kid.parentId = row.id;
      row.childIds.push(kid.id);
      visit(kid, depth + 1, runs);
    }
  };
  for (const root of children.get(null) ?? []) visit(root, 0, undefined);
  return { program: catalog.program, rows, byId, indexOf: new Map(rows.map((r, i) => [r.id, i])) };
}

function spanOfUnit(u: UnitSpan): YearSpan | undefined {
  if (u.from === null && u.to === null) return undefined;
  return { ...(u.from !== null && { from: Number(u.from.slice(0, 4)) }), ...(u.to !== null && { until: Number(u.to.slice(0, 4)) }) };
}

/** A row runs only while its parent does: a retired content's units and works end with it. */
function narrowed(own: YearSpan | undefined, parent: YearSpan | undefined): YearSpan | undefined {
  if (!parent) return own;
  if (!own) return parent;
  const from = Math.max(own.from ?? -Infinity, parent.from ?? -Infinity);
  const until = Math.min(own.until ?? Infinity, parent.until ?? Infinity);
  return { ...(from !== -Infinity && { from }), ...(until !== Infinity && { until }) };
}

function makeRow(
  key: RowKey, code: string, label: string, kind: RowKind, parent: string | null, own: boolean, memo: boolean,
): TreeRow {
  return { id: rowKeyId(key), key, code, label, kind, depth: 0, parentId: parent, childIds: [], own, memo };
}

/** A row's ancestors, nearest first (not the row itself). */
export function* ancestorIds(tree: Tree, rowId: string): Generator<string> {
  for (let id = tree.byId.get(rowId)?.parentId ?? null; id !== null; id = tree.byId.get(id)?.parentId ?? null) yield id;
}

/** The rows of one project's subtree (the "Dự án" filter), or all rows. */
export function rowsUnder(tree: Tree, nodeCode: string | null): TreeRow[] {
  if (nodeCode === null) return tree.rows;
  const start = tree.rows.findIndex((r) => r.id === nodeCode);
  if (start < 0) return [];
  const base = tree.rows[start]!.depth;
  let end = start + 1;
  while (end < tree.rows.length && tree.rows[end]!.depth > base) end++;
  return tree.rows.slice(start, end);
}

/** The project a row sits in (its ancestor of kind 'project'), asked of the rows, not guessed from
 * its code: units and works sit deep under it, and her own lines have codes of her choosing. */
export function projectRowOf<R extends { kind: RowKind; parentId: string | null }>(rowById: (id: string) => R | undefined, id: string): R | null {
  let row = rowById(id);
  while (row && row.kind !== 'project') row = row.parentId === null ? undefined : rowById(row.parentId);
  return row ?? null;
}
