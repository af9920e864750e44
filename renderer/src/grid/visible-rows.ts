// Folding the tree is the renderer's own state (AG Grid community has no tree data); which rows
// a fold shows is shared/sheet/fold.ts, so an export folds as the grid does.
import type { SheetRow } from '../../../shared/sheet/sheet';
import type { ColumnId } from '../../../shared/sheet/columns';
import { shownRows } from '../../../shared/sheet/fold';
import type { CellMark } from '../checks/marks';

/** A sheet row as the grid holds it: with its fold state, so a toggle redraws the row. */
export type GridRow = SheetRow & { open: boolean; marks: ReadonlyMap<ColumnId, CellMark> | undefined };

export function visibleRows(
  rows: readonly SheetRow[], collapsed: ReadonlySet<string>, marks: ReadonlyMap<string, ReadonlyMap<ColumnId, CellMark>> = new Map(),
): GridRow[] {
  return shownRows(rows, collapsed).map((row) => ({ ...row, open: !collapsed.has(row.id), marks: marks.get(row.id) }));
}

/** Start with projects visible and everything below them folded. */
export function initiallyCollapsed(rows: readonly SheetRow[]): Set<string> {
  return new Set(rows.filter((r) => r.hasChildren && r.depth >= 1).map((r) => r.id));
}
