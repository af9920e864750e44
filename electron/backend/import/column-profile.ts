// Her readings of columns of figures ("this column is Giải ngân, vốn ĐT", "not this one"), kept in
// the book by the column's header words and applied to the next file written the same way, as
// her readings of lines are (PROFILE in import-file.ts).
import * as z from 'zod';
import type { ImportColumnChoice as ColumnChoice } from '../../../shared/api';
import { CAPITALS, MEASURES } from '../../../shared/claim';
import type { ColumnCorrection } from '../../../shared/import/columns';
import { correctionKey } from '../../../shared/import/plan';
import type { Reading } from '../../../shared/import/reading';
import type { Edit } from '../book/edit';
import type { Book } from '../book/book';

export const COLUMN_PROFILE = 'phu-luc-tinh-cot';

const stored = z.union([
  z.object({ skip: z.literal(true) }).strict(),
  z.object({ measure: z.enum(MEASURES), capital: z.enum(CAPITALS).nullable() }).strict(),
]);

/** The saved readings, with what she says now on top; a stored reading that no longer parses is left out. */
export function columnCorrectionsOf(book: Book, asked: readonly ColumnChoice[] = []): Map<string, ColumnCorrection> {
  const map = new Map<string, ColumnCorrection>();
  for (const [key, body] of Object.entries(book.tables.importProfile(COLUMN_PROFILE))) {
    const parsed = body === null ? null : stored.safeParse(safeJson(body));
    if (parsed?.success) map.set(key, parsed.data);
  }
  for (const c of asked) {
    const key = correctionKey(c.label);
    if (c.skip) map.set(key, { skip: true });
    else if (c.measure) map.set(key, { measure: c.measure, capital: c.capital === 'ALL' || c.capital === undefined ? null : c.capital });
    else map.delete(key);
  }
  return map;
}

/** Her readings of this file's columns join the profile, for the next file of the same shape. */
export function rememberColumns(book: Book, e: Edit, reading: Reading, corrections: ReadonlyMap<string, ColumnCorrection>): void {
  const mine = reading.columns.filter((c) => c.corrected).map((c) => correctionKey(c.label)).filter((k) => corrections.has(k));
  if (mine.length === 0) return;
  const before = book.tables.importProfile(COLUMN_PROFILE);
  e.importProfile(COLUMN_PROFILE, { ...before, ...Object.fromEntries(mine.map((k) => [k, JSON.stringify(corrections.get(k))])) });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
