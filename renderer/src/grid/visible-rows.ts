// Folding the tree is the renderer's own state (AG Grid community has no tree data); which rows
// a fold shows is shared/sheet/fold.ts, so an export folds as the grid does.
import type { SheetRow } from '../../../shared/sheet/sheet';
import type { ColumnId } from '../../../shared/sheet/columns';
import { shownRows } from '../../../shared/sheet/fold';
import type { CellMark } from '../checks/marks';

/** A sheet row as the grid holds it: with its fold state, so a toggle redraws the row. */
export type GridRow = SheetRow & { open: boolean; marks: ReadonlyMap<ColumnId, CellMark> | undefined };

/** The grid rows made before, by the sheet row they were made from: a row whose figures, fold and
 * marks did not change stays the same object, and AG Grid redraws only the rows that did (after
 * an edit, the edited row and its ancestors). */
export type GridRowCache = WeakMap<SheetRow, GridRow>;

export function visibleRows(
  rows: readonly SheetRow[], collapsed: ReadonlySet<string>, marks: ReadonlyMap<string, ReadonlyMap<ColumnId, CellMark>> = new Map(),
  cache: GridRowCache = new WeakMap(),
): GridRow[] {
  return shownRows(rows, collapsed).map((row) => {
    const open = !collapsed.has(row.id);
    const rowMarks = marks.get(row.id);
    const before = cache.get(row);
    if (before && before.open === open && before.marks === rowMarks) return before;
    const made = { ...row, open, marks: rowMarks };
    cache.set(row, made);
    return made;
  });
}

/** Start with projects visible and everything below them folded. */
export function initiallyCollapsed(rows: readonly SheetRow[]): Set<string> {
  return new Set(rows.filter((r) => r.hasChildren && r.depth >= 1).map((r) => r.id));
}
