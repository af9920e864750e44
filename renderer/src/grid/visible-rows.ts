// Folding the tree is the renderer's own state (AG Grid community has no tree data): a row is
// shown when none of its ancestors is collapsed.
import type { SheetRow } from '../../../shared/sheet/sheet';
import type { ColumnId } from '../../../shared/sheet/columns';
import type { CellMark } from '../checks/marks';

/** A sheet row as the grid holds it: with its fold state, so a toggle redraws the row. */
export type GridRow = SheetRow & { open: boolean; marks: ReadonlyMap<ColumnId, CellMark> | undefined };

export function visibleRows(
  rows: readonly SheetRow[], collapsed: ReadonlySet<string>, marks: ReadonlyMap<string, ReadonlyMap<ColumnId, CellMark>> = new Map(),
): GridRow[] {
  const shown: GridRow[] = [];
  const hiddenUnder = new Set<string>();
  for (const row of rows) {
    if (row.parentId !== null && (hiddenUnder.has(row.parentId) || collapsed.has(row.parentId))) {
      hiddenUnder.add(row.id);
      continue;
    }
    shown.push({ ...row, open: !collapsed.has(row.id), marks: marks.get(row.id) });
  }
  return shown;
}

/** Start with projects visible and everything below them folded. */
export function initiallyCollapsed(rows: readonly SheetRow[]): Set<string> {
  return new Set(rows.filter((r) => r.hasChildren && r.depth >= 1).map((r) => r.id));
}
