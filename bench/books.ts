// The generated books the benches share, cached in bench/.cache (one per size; 0: an empty book,
// as `sovon new` makes). run.ts and grid.ts both take them from here.
import fs from 'node:fs';
import path from 'node:path';
import { generateBook } from './generate';

export const cacheDir = path.join(import.meta.dirname, '.cache');

/** Generated once per size; written under a temporary name (ending in .sovon, which Book.create
 * insists on) so an interrupted run leaves no half book. */
export function bookOf(size: number): { file: string; generatedMs: number | null } {
  const file = path.join(cacheDir, `book-${size}.sovon`);
  if (fs.existsSync(file)) return { file, generatedMs: null };
  fs.mkdirSync(cacheDir, { recursive: true });
  const tmp = path.join(cacheDir, `book-${size}.tmp.sovon`);
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  const start = performance.now();
  generateBook(tmp, size);
  const generatedMs = performance.now() - start;
  fs.renameSync(tmp, file);
  console.error(`generated ${path.basename(file)} in ${(generatedMs / 1000).toFixed(1)} s`);
  return { file, generatedMs };
}
