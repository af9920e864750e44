// Folding: a row is shown when none of its ancestors is folded. The grid and every copy of the
// grid (an export of "the sheet as she sees it", a print) fold alike.
import type { SheetRow } from './sheet';

export function shownRows(rows: readonly SheetRow[], collapsed: ReadonlySet<string>): SheetRow[] {
  const shown: SheetRow[] = [];
  const hiddenUnder = new Set<string>();
  for (const row of rows) {
    if (row.parentId !== null && (hiddenUnder.has(row.parentId) || collapsed.has(row.parentId))) {
      hiddenUnder.add(row.id);
      continue;
    }
    shown.push(row);
  }
  return shown;
}
