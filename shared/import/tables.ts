// A sheet may hold more than one table, one under another (an annex page with its investment
// table and, below it, its recurrent one): each is found, read and checked as a table of its own.
import type { SheetGrid } from './grid';
import { type Located, locateTable } from './locate';

/** Tables enough for an annex page; a sheet of many is a report of another kind. */
const MAX_TABLES = 4;

export function tablesBelow(grid: SheetGrid, first: Located): Located[] {
  const out: Located[] = [];
  let last = first;
  while (out.length < MAX_TABLES - 1) {
    const end = last.dataRows.at(-1) ?? last.headerRows.at(-1)!;
    const next = locateTable(grid, end + 1);
    if (!next) break;
    out.push(next);
    last = next;
  }
  return out;
}
