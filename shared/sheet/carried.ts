// Money of an earlier programme carried into a later year (kéo dài, chuyển nguồn): the 2021-2025
// programme's balances are spent in 2026 under their old lines, beside the new programme's money.
// The year's sheet shows them as a block of their own, after its own rows: the old programme's
// lines that have a figure in the year or that last year carried money out of, with their
// ancestors. Their ids live in the old programme's space, so they never meet the year's own rows.
import type { Flag } from '../reconcile/flag';
import type { SheetRow } from './sheet';

/** A row of the carried block: its programme's code before its own id. */
export function carriedRowId(program: string, id: string): string {
  return `${program}:${id}`;
}

export function carriedRows(rows: readonly SheetRow[], program: string, carriedOut: ReadonlySet<string>, title: string): SheetRow[] {
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  const keep = new Set<string>();
  for (const r of rows) {
    if (Object.keys(r.cells).length === 0 && !carriedOut.has(r.id)) continue;
    for (let id: string | null = r.id; id !== null && !keep.has(id); id = parentOf.get(id) ?? null) keep.add(id);
  }
  const withChildren = new Set(rows.filter((r) => keep.has(r.id)).map((r) => r.parentId));
  return rows.filter((r) => keep.has(r.id)).map((r) => ({
    ...r,
    id: carriedRowId(program, r.id),
    parentId: r.parentId === null ? null : carriedRowId(program, r.parentId),
    hasChildren: withChildren.has(r.id),
    program,
    ...(r.parentId === null && { label: title }),
  }));
}

/** A row as its own programme knows it: a carried row's programme and its id there; a row of
 * the sheet's own programme as it is. What the window sends to the back end names this. */
export function inOwnProgram(row: SheetRow, sheetProgram: string): { program: string; row: SheetRow } {
  if (row.program === undefined) return { program: sheetProgram, row };
  return { program: row.program, row: { ...row, id: row.id.slice(row.program.length + 1) } };
}

/** An earlier programme's flag beside the year's own: its id in that programme's space too. */
export function carriedFlag(flag: Flag, program: string): Flag {
  return { ...flag, id: carriedRowId(program, flag.id), program, message: `${program} · ${flag.message}` };
}

/** A flag id as the window has it, back to its programme and its id there: a carried flag's id
 * begins with a programme of the book and a colon (a flag's own begins with its rule). */
export function flagInProgram(id: string, sheetProgram: string, programs: ReadonlySet<string>): { program: string; id: string } {
  const m = /^([^|:]+):(.*)$/s.exec(id);
  return m && programs.has(m[1]!) && m[1] !== sheetProgram ? { program: m[1]!, id: m[2]! } : { program: sheetProgram, id };
}
