// A book, open: one `.sovon` file (book-file.ts) with its tables (tables.ts, claim-table.ts)
// and its action log (action-log.ts). Anyone reads through `tables`, `claims` and `log`; every
// write is an action (`edit`), so it can be undone and stands in the hash-chained log.
import type { Catalog, Line } from '../../../shared/catalog';
import type { Claim } from '../../../shared/claim';
import type { ActionHeader, UndoInfo } from '../../../shared/book-change';
import type { BookSettings } from '../../../shared/settings';
import { BookFile, type OpenOptions } from './book-file';
import { BookTables } from './tables';
import { ClaimTable } from './claim-table';
import { ActionLog } from './action-log';
import { type Edit, type Writer, redoLast, runEdit, undoInfo, undoLast } from './edit';
import { backupBook } from './backups';
import { AUDIT_CHAIN_VERSION, LOG_SUMMARY_VERSION, MIGRATIONS, SCHEMA_VERSION, APPLICATION_ID } from './migrations';
import { asUserError } from '../user-error';
import { type CheckCode, checkCodeOf } from '../../../shared/check-code';
import { BOOKS_ORIGIN_LABEL } from '../../../shared/i18n/vi';

type TableWrites = 'writeSettings' | 'insertCatalog' | 'setLineState' | 'setOriginState' | 'keepDocument' | 'saveImportProfile' | 'setTemplateState' | 'setExplanation';
export type TableReads = Omit<BookTables, TableWrites>;
export type ClaimReads = Omit<ClaimTable, 'setState' | 'put'>;
export type LogReads = Omit<ActionLog, 'record' | 'recordChange' | 'recordHeader' | 'setUndoStacks' | 'sealAudit' | 'forgetHead' | 'keepSummary' | 'writeSummary' | 'recordUnrecorded'>;

/** What a new book holds before anything is done in it (generated books: bench, tests). */
export interface FirstContents {
  lines?: readonly Line[];
  claims?: Iterable<Claim>;
}

export class Book {
  readonly #file: BookFile;
  readonly #writer: Writer;
  readonly tables: TableReads;
  readonly claims: ClaimReads;
  readonly log: LogReads;

  private constructor(file: BookFile) {
    this.#file = file;
    const tables = new BookTables(file);
    const claims = new ClaimTable(file);
    const log = new ActionLog(file);
    this.tables = tables;
    this.claims = claims;
    this.log = log;
    const around = { begin: () => log.forgetHead(), end: () => log.forgetHead() };
    // every transaction that wrote to the log leaves its summary beside it, in the same commit
    const summarized = <T>(fn: () => T) => () => {
      const result = fn();
      log.keepSummary();
      return result;
    };
    this.#writer = { tables, claims, log, transaction: (fn) => file.transaction(summarized(fn), around) };
  }

  /** A new book at a path where no file is: created exclusively, so nothing is ever overwritten. */
  static create(path: string, settings: BookSettings, catalogs: readonly Catalog[], first: FirstContents = {}): Book {
    const file = BookFile.create(path);
    const book = new Book(file);
    try {
      book.migrate();
      book.#writer.transaction(() => {
        const { tables, claims } = book.#writer;
        file.pragma(`application_id = ${APPLICATION_ID}`);
        tables.writeSettings(settings);
        for (const c of catalogs) tables.insertCatalog(c);
        tables.setOriginState('books', { id: 'books', kind: 'books', label: BOOKS_ORIGIN_LABEL, complete: true, scope: null, documentId: null });
        first.lines?.forEach((line, i) => tables.setLineState(line.program, line.code, { ...line, sort: i + 1 }));
        for (const c of first.claims ?? []) claims.put(c);
        book.#writer.log.recordUnrecorded(claims.states());
      });
      // the header (application_id) must be in the file itself, not only in the WAL: another
      // process that opens the book while this one holds it reads the header to know it
      file.pragma('wal_checkpoint(TRUNCATE)');
      return book;
    } catch (e) {
      file.discard(); // the file is ours: we made it a moment ago
      throw asUserError(e, file.path);
    }
  }

  /** Opens a book; a file it cannot write (read-only file or folder) opens read-only. */
  static open(path: string, options: OpenOptions = {}): Book {
    const file = BookFile.open(path, options);
    const book = new Book(file);
    try {
      if (!file.readonly) book.migrate();
    } catch (e) {
      file.close();
      throw asUserError(e, file.path);
    }
    return book;
  }

  /** A look that changes nothing and leaves nothing behind (`sovon verify`). */
  static inspect(path: string): Book {
    return new Book(BookFile.inspect(path));
  }

  get path(): string {
    return this.#file.path;
  }

  get readonly(): boolean {
    return this.#file.readonly;
  }

  // ── actions ───────────────────────────────────────────────────────────────
  /** One action: all of it lands, or none; once it changed anything, Ctrl+Z takes it back. */
  edit<T>(header: ActionHeader, run: (e: Edit) => T): T {
    return runEdit(this.#writer, header, run);
  }

  /** Takes back the latest action still done; its label, or null when there is none. */
  undo(): string | null {
    return undoLast(this.#writer);
  }

  /** Does again the action undone last; its label, or null when there is none. */
  redo(): string | null {
    return redoLast(this.#writer);
  }

  undoInfo(): UndoInfo {
    return undoInfo(this.#writer.log);
  }

  /** What is in the book now is where she starts (the demo): Ctrl+Z does not go before it. */
  startHere(): void {
    this.#writer.transaction(() => this.#writer.log.setUndoStacks({ done: [], undone: [] }));
  }

  lastAction(): number {
    return this.#writer.log.lastAction();
  }

  /** The "Mã kiểm tra" of the history as it stands: printed, exported and in each backup's name. */
  checkCode(): CheckCode {
    return checkCodeOf(this.#writer.log.head());
  }

  // ── the file ──────────────────────────────────────────────────────────────
  /** Changes when anyone writes the book: this connection's rows written, and others' commits. */
  writeStamp(): string {
    return this.#file.writeStamp();
  }

  dataVersion(): number {
    return this.#file.dataVersion();
  }

  schemaVersion(): number {
    return this.#file.schemaVersion();
  }

  integrityProblems(): string[] {
    return this.#file.integrityProblems();
  }

  snapshotTo(file: string): void {
    this.#file.snapshotTo(file);
  }

  saveCopy(dest: string, options: { replace?: boolean } = {}): Promise<string> {
    return this.#file.saveCopy(dest, options);
  }

  close(): void {
    this.#file.close();
  }

  /** Closes and deletes a book this process has just made and could not finish. */
  discard(): void {
    this.#file.discard();
  }

  private migrate(): void {
    const version = this.#file.schemaVersion();
    // a book made by an older Sổ Vốn is backed up before its tables change
    if (version > 0 && version < SCHEMA_VERSION) backupBook(this, 'migration');
    for (let v = version; v < SCHEMA_VERSION; v++) {
      this.#writer.transaction(() => {
        this.#file.exec(MIGRATIONS[v]!);
        this.#file.pragma(`user_version = ${v + 1}`);
        // the history written before the chain joins it now, as it stands
        if (v + 1 === AUDIT_CHAIN_VERSION) this.#writer.log.sealAudit();
        // the figures from before the log join it, and the log's summary starts
        if (v + 1 === LOG_SUMMARY_VERSION) {
          this.#writer.log.recordUnrecorded(this.#writer.claims.states());
          this.#writer.log.writeSummary();
        }
      });
    }
  }
}
