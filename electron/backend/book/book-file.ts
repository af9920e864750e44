// The book as a file: one SQLite database in one `.sovon` file, opened, locked, known to be a
// book, copied and snapshotted. The tables (tables.ts) and the action log (action-log.ts) reach
// the database through `statement`; nothing outside this folder does.
import fs from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import { MSG } from '../../../shared/i18n/vi';
import { UserError, asUserError } from '../user-error';
import { checkedBookTarget, checkedPath } from './book-path';
import { checkIdentity, checkPages, identifyBookFile } from './identify';
import { nativeBindingPath } from './native-binding';
import { BookLock } from './lock';

/** How long a write waits for another process's transaction before saying the book is busy. */
const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  readonly?: boolean;
  /** how long to wait for another writer to close the book (ms; see lock.ts) */
  waitForLock?: number;
  /** walk the pages even when opened read-only */
  check?: boolean;
}

export class BookFile {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Database.Statement>();
  /** held while this book is open to write (see lock.ts): one writer per book */
  #lock: BookLock | null;
  /** opened read-only because she asked to look (another window writes it), not for want of rights */
  readonly #lookOnly: boolean;
  /** the private copy read in place of a book in a folder she may not write (readableCopy) */
  #copy: string | null = null;

  private constructor(readonly path: string, db: Database.Database, lock: BookLock | null, lookOnly = false) {
    this.#db = db;
    this.#lock = lock;
    this.#lookOnly = lookOnly;
  }

  /** A new, empty file at a path where nothing is: created exclusively, never overwriting. */
  static create(rawPath: string): BookFile {
    const path = checkedBookTarget(rawPath);
    createExclusively(path);
    try {
      const lock = BookLock.acquire(path);
      try {
        const file = new BookFile(path, openDatabase(path, false), lock);
        prepare(file.#db);
        return file;
      } catch (e) {
        lock.release();
        throw e;
      }
    } catch (e) {
      removeBookFiles(path); // the file is ours: we made it a moment ago
      throw asUserError(e, path);
    }
  }

  /** Opens a book; a file it cannot write (read-only file or folder) opens read-only. */
  static open(rawPath: string, options: OpenOptions = {}): BookFile {
    const path = checkedPath(rawPath);
    const what = identifyBookFile(path);
    const readonly = options.readonly || !writable(path) || !writable(nodePath.dirname(path));
    const lock = readonly ? null : BookLock.acquire(path, options.waitForLock);
    try {
      return BookFile.openFrom(path, path, what, lock, readonly, options);
    } catch (e) {
      lock?.release();
      if (!readonly || !sideFilesShut(e)) throw asUserError(e, path);
    }
    // SQLite could not make the -shm file a WAL book needs beside it, even to be read (a folder
    // she may not write): the book is read from a private copy, which goes when it is closed
    const copy = privateCopy(path);
    try {
      const file = BookFile.openFrom(path, copy, what, null, true, options);
      file.#copy = copy;
      return file;
    } catch (e) {
      removeCopy(copy);
      if (sideFilesShut(e)) throw new UserError(MSG.folderReadonly(path));
      throw asUserError(e, path);
    }
  }

  /** The book at `path`, its bytes read at `from` (the book itself, or a private copy). */
  private static openFrom(path: string, from: string, what: ReturnType<typeof identifyBookFile>, lock: BookLock | null, readonly: boolean, options: OpenOptions): BookFile {
    const db = openDatabase(from, readonly);
    try {
      checkIdentity(db, path, what);
      // a damaged book is never written to: its pages are walked before anything is (a quick
      // check, not the full integrity check `verify` runs)
      if (!readonly || options.check) checkPages(db, path);
      prepare(db);
      return new BookFile(path, db, lock, options.readonly === true);
    } catch (e) {
      db.close();
      throw e;
    }
  }

  /** A look that changes nothing and leaves nothing behind (`sovon verify`): when nobody else
   * has the book, it is opened as its writer would (so closing folds SQLite's -wal and -shm files
   * away) but with every write refused and no migration; otherwise read-only beside the writer. */
  static inspect(rawPath: string): BookFile {
    const path = checkedPath(rawPath);
    const what = identifyBookFile(path);
    let lock: BookLock;
    try {
      if (!writable(path) || !writable(nodePath.dirname(path))) return BookFile.open(path, { readonly: true });
      lock = BookLock.acquire(path);
    } catch (e) {
      if (e instanceof UserError && e.code === 'bookLocked') return BookFile.open(path, { readonly: true });
      throw e;
    }
    let db: Database.Database | null = null;
    try {
      db = openDatabase(path, false);
      checkIdentity(db, path, what);
      db.pragma('query_only = ON');
      return new BookFile(path, db, lock);
    } catch (e) {
      db?.close();
      lock.release();
      throw asUserError(e, path);
    }
  }

  /** Prepared once per book: preparing is most of the cost of a small statement. For the rooms
   * of this folder only. */
  statement(text: string): Database.Statement {
    let stmt = this.#statements.get(text);
    if (!stmt) {
      stmt = this.#db.prepare(text);
      this.#statements.set(text, stmt);
    }
    return stmt;
  }

  /** Runs SQL of several statements (a migration). */
  exec(text: string): void {
    this.#db.exec(text);
  }

  pragma(text: string): unknown {
    return this.#db.pragma(text, { simple: true });
  }

  get readonly(): boolean {
    return this.#db.readonly;
  }

  get inTransaction(): boolean {
    return this.#db.inTransaction;
  }

  /** One user action = one transaction: all of it lands, or none. IMMEDIATE takes the write
   * lock up front: a deferred transaction that reads first and then writes cannot wait for
   * another process's commit (SQLite answers "database is locked" at once to avoid a deadlock). */
  transaction<T>(fn: () => T, around: { begin?: () => void; end?: () => void } = {}): T {
    if (this.#db.readonly) throw new UserError(this.#lookOnly ? MSG.lookOnly(this.path) : MSG.bookReadonly(this.path));
    if (this.#db.inTransaction) return fn();
    around.begin?.();
    try {
      return this.#db.transaction(fn).immediate();
    } finally {
      around.end?.();
    }
  }

  /** Changes when anyone writes the book: this connection's rows written, and others' commits. */
  writeStamp(): string {
    return `${this.dataVersion()}:${this.statement('SELECT total_changes()').pluck().get() as number}`;
  }

  /** Counts commits by other connections (another process, a read-only window's writer). */
  dataVersion(): number {
    return this.pragma('data_version') as number;
  }

  schemaVersion(): number {
    return this.pragma('user_version') as number;
  }

  integrityProblems(): string[] {
    let rows: { integrity_check: string }[];
    try {
      rows = this.#db.pragma('integrity_check') as { integrity_check: string }[];
    } catch (e) {
      return [(e as Error).message]; // a page so damaged SQLite cannot even walk it
    }
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const fk = this.#db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(MSG.brokenForeignKeys(fk.length));
    return problems;
  }

  /** A consistent snapshot written by SQLite itself (VACUUM INTO: one statement, a read
   * transaction, so the book stays usable and the copy is never half a transaction). */
  snapshotTo(file: string): void {
    this.#db.prepare('VACUUM INTO ?').run(file);
  }

  /** A copy of this book, written beside the target and renamed into place, so a failed copy
   * never leaves half a file under her name. An existing file is replaced only when she said so,
   * and never the open book itself. */
  async saveCopy(rawDest: string, options: { replace?: boolean } = {}): Promise<string> {
    const dest = checkedBookTarget(rawDest);
    if (samePath(dest, this.path)) throw new UserError(MSG.copyOntoItself);
    const existing = statOrNull(dest);
    if (existing?.isDirectory()) throw new UserError(MSG.replaceNotFile(dest));
    if (existing && !options.replace) throw new UserError(MSG.fileExists(dest), 'fileExists');
    if (!statOrNull(nodePath.dirname(dest))?.isDirectory()) throw new UserError(MSG.cannotOpen(dest));
    const temp = nodePath.join(nodePath.dirname(dest), `.${nodePath.basename(dest)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await this.#db.backup(temp);
      if (!options.replace && fs.existsSync(dest)) throw new UserError(MSG.fileExists(dest), 'fileExists');
      fs.renameSync(temp, dest);
    } catch (e) {
      removeBookFiles(temp);
      throw asUserError(e, dest);
    }
    return dest;
  }

  close(): void {
    if (this.#db.open) this.#db.close();
    this.#lock?.release();
    this.#lock = null;
    removeCopy(this.#copy);
    this.#copy = null;
  }

  /** Closes and deletes a book this process has just made and could not finish. */
  discard(): void {
    this.close();
    removeBookFiles(this.path);
  }
}

/** A WAL book needs its -shm file beside it even to be read: where SQLite cannot make it (a
 * folder she may not write) it says so with one of these. */
function sideFilesShut(e: unknown): boolean {
  const code = String((e as { code?: unknown }).code ?? '');
  return code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY_DIRECTORY';
}

/** The book (and a -wal left beside it) copied to a folder of its own: nobody can write the book
 * where it is either, so the copy is what it holds. */
function privateCopy(path: string): string {
  const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), 'sovon-readonly-'));
  const copy = nodePath.join(dir, nodePath.basename(path));
  fs.copyFileSync(path, copy);
  if (fs.existsSync(`${path}-wal`)) fs.copyFileSync(`${path}-wal`, `${copy}-wal`);
  return copy;
}

function removeCopy(copy: string | null): void {
  if (copy) fs.rmSync(nodePath.dirname(copy), { recursive: true, force: true });
}

function openDatabase(path: string, readonly: boolean): Database.Database {
  const binding = nativeBindingPath();
  return new Database(path, { readonly, fileMustExist: true, timeout: BUSY_TIMEOUT_MS, ...(binding ? { nativeBinding: binding } : {}) });
}

/** Only once the file is known to be a book do we change how it is written. */
function prepare(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  if (!db.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
}

function createExclusively(path: string): void {
  try {
    fs.closeSync(fs.openSync(path, 'wx')); // fails if anything is already there
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UserError(MSG.bookExists(path));
    if (code === 'ENOENT') throw new UserError(MSG.cannotOpen(path));
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new UserError(MSG.bookReadonly(path));
    throw e;
  }
}

function removeBookFiles(path: string): void {
  for (const f of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) fs.rmSync(f, { force: true });
}

function writable(path: string): boolean {
  try {
    fs.accessSync(path, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function statOrNull(path: string): fs.Stats | null {
  try {
    return fs.statSync(path);
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => { try { return fs.realpathSync(p); } catch { return nodePath.resolve(p); } };
  const [ra, rb] = [real(a), real(b)];
  return process.platform === 'win32' || process.platform === 'darwin' ? ra.toLowerCase() === rb.toLowerCase() : ra === rb;
}
