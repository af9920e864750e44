// What a file is, read from its first 100 bytes before SQLite is let near it. A truncated or
// damaged book must not be called "not a book": she would throw away a file that can be
// recovered. The SQLite header layout is documented at sqlite.org/fileformat.html.
import fs from 'node:fs';
import { MSG } from '../../../shared/i18n/vi';
import { UserError } from '../user-error';
import type Database from 'better-sqlite3';
import { APPLICATION_ID, SCHEMA_VERSION } from './migrations';

const MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;

export type FileKind =
  | { kind: 'book' }
  | { kind: 'damaged'; detail: string };

/** Throws a UserError saying what the file is when it is not a book we can open. */
export function identifyBookFile(file: string): FileKind {
  const stat = statOf(file);
  if (stat.isDirectory()) throw new UserError(MSG.isFolder(file));
  if (!stat.isFile()) throw new UserError(MSG.notABook(file));
  const header = readHeader(file);
  if (header.length === 0) throw new UserError(MSG.emptyFile(file));
  const magicLength = Math.min(header.length, MAGIC.length);
  if (!header.subarray(0, magicLength).equals(MAGIC.subarray(0, magicLength))) throw new UserError(MSG.notABook(file));
  if (header.length < HEADER_SIZE) return { kind: 'damaged', detail: MSG.truncatedAt(stat.size) };
  if (header.readUInt32BE(68) !== APPLICATION_ID) throw new UserError(MSG.otherSqlite(file));
  const expected = expectedSize(header);
  if (expected !== null && stat.size < expected && !walPending(file)) return { kind: 'damaged', detail: MSG.truncated(stat.size, expected) };
  return { kind: 'book' };
}

/** A process stopped in the middle of a checkpoint leaves page 1 (with the new page count)
 * written before the pages that extend the file; the WAL beside it still holds them all, and
 * SQLite recovers from it on opening. Such a file is not truncated: the pages it lacks are in
 * the WAL (the kill harness found this). Real damage is still found when the pages are walked. */
function walPending(file: string): boolean {
  try {
    return fs.statSync(`${file}-wal`).size > 0;
  } catch {
    return false;
  }
}

function statOf(file: string): fs.Stats {
  try {
    return fs.statSync(file);
  } catch {
    throw new UserError(MSG.bookNotFound(file));
  }
}

function readHeader(file: string): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    throw new UserError(MSG.cannotRead(file));
  }
  try {
    const buf = Buffer.alloc(HEADER_SIZE);
    const n = fs.readSync(fd, buf, 0, HEADER_SIZE, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

/** Page size × page count, when the header's count is trustworthy (its "valid-for" matches). */
function expectedSize(header: Buffer): number | null {
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  if (header.readUInt32BE(92) !== header.readUInt32BE(24) || pages === 0) return null;
  return pageSize * pages;
}

/** Once SQLite has opened it: a book of ours, of a schema this Sổ Vốn knows, its schema readable. */
export function checkIdentity(db: Database.Database, path: string, what: FileKind): void {
  let appId: number;
  let version: number;
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get(); // walks the schema: fails on a damaged file
    appId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (what.kind === 'damaged' || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      throw new UserError(MSG.damaged(path, what.kind === 'damaged' ? what.detail : MSG.damagedPages), 'bookDamaged');
    }
    throw e; // busy, unreadable folder...: BookFile.open says which
  }
  if (what.kind === 'damaged') throw new UserError(MSG.damaged(path, what.detail), 'bookDamaged');
  if (appId !== APPLICATION_ID) throw new UserError(MSG.notABook(path));
  if (version > SCHEMA_VERSION) throw new UserError(MSG.bookTooNew(path, version, SCHEMA_VERSION));
}

/** A quick walk of its pages: a damaged book is never written to. */
export function checkPages(db: Database.Database, path: string): void {
  let result: string;
  try {
    result = String(db.pragma('quick_check(1)', { simple: true }));
  } catch {
    result = MSG.damagedPages;
  }
  if (result !== 'ok') throw new UserError(MSG.damaged(path, MSG.damagedPages), 'bookDamaged');
}
