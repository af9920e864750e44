// The back end behind the API contract (shared/api.ts). One open book at a time; every call's
// input is validated here, whatever transport brought it.
import { z } from 'zod';
import { type CallName, type CallResults, type ParsedInput, type Reply, calls, isCallName } from '../../../shared/api';
import { MSG } from '../../../shared/i18n/vi';
import { describeIssues } from '../../../shared/validation';
import type { Book } from '../book/store';
import { BookError, asUserError } from '../book/errors';
import { backupIfDue } from '../book/backups';
import { bookCalls } from './book-calls';
import { sheetCalls } from './sheet-calls';
import { lineCalls } from './line-calls';
import { Checks, checkCalls } from './check-calls';
import { importCalls } from './import-calls';
import { exportCalls } from './export-calls';
import { templateCalls } from './template-calls';
import { printCalls } from './print-calls';
import { undoCalls } from './undo-calls';
import { backupCalls } from './backup-calls';
import { folderCalls } from './folder-calls';

/** Calls that change the row tree or how an origin is read: the engine, built on the old ones,
 * is rebuilt on next use (a re-check of the whole book). */
const REBUILDS_CHECKS: ReadonlySet<CallName> = new Set(['addLine', 'renameLine', 'removeLine', 'setOriginComplete', 'commitImport', 'undo', 'redo', 'restoreBackup']);

export type Handlers = { [N in CallName]: (input: ParsedInput<N>) => CallResults[N] | Promise<CallResults[N]> };

export class Service {
  private current: Book | null = null;
  private readonly handlers: Handlers;
  readonly checks = new Checks(() => this.book);

  constructor(book: Book | null = null) {
    this.current = book;
    if (book) backupIfDue(book);
    this.handlers = { ...bookCalls(this), ...sheetCalls(this), ...lineCalls(this), ...checkCalls(this), ...importCalls(this), ...exportCalls(this), ...printCalls(this), ...undoCalls(this), ...templateCalls(this), ...backupCalls(this), ...folderCalls(this) };
  }

  get book(): Book {
    if (!this.current) throw new BookError(MSG.noBookOpen);
    return this.current;
  }

  get hasBook(): boolean {
    return this.current !== null;
  }

  /** Swaps the open book; the previous one is closed. */
  replaceBook(book: Book): void {
    if (this.current && this.current !== book) this.current.close();
    this.current = book;
    backupIfDue(book);
    this.checks.forget();
  }

  close(): void {
    this.current?.close();
    this.current = null;
  }

  private seen: { book: Book; dataVersion: number; version: number } | null = null;

  /** How many times another process changed the book since this one opened it; the engine
   * built on the old figures is dropped when it did. */
  othersChanges(): number {
    const book = this.book;
    const now = book.dataVersion();
    if (this.seen?.book !== book) this.seen = { book, dataVersion: now, version: 0 };
    else if (this.seen.dataVersion !== now) {
      this.seen = { book, dataVersion: now, version: this.seen.version + 1 };
      this.checks.forget();
    }
    return this.seen.version;
  }

  /** Validates and runs one call; a user error comes back as a message, never as a crash. */
  async dispatch(name: string, rawInput: unknown): Promise<Reply<CallName>> {
    if (!isCallName(name)) return { ok: false, error: MSG.unknownCall(name) };
    const parsed = calls[name].safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: MSG.badInput(describeIssues(parsed.error)) };
    try {
      if (this.current) this.othersChanges();
      const handler = this.handlers[name] as (input: unknown) => unknown;
      const result = (await handler(parsed.data)) as CallResults[CallName];
      if (REBUILDS_CHECKS.has(name)) this.checks.forget();
      return { ok: true, result };
    } catch (e) {
      const user = asUserError(e, this.current?.path);
      if (user instanceof BookError) return { ok: false, error: user.message, ...(user.code && { code: user.code }) };
      throw e;
    }
  }

  /** For in-process callers (CLI, tests): the result, or a thrown BookError. */
  async call<N extends CallName>(name: N, input: z.input<(typeof calls)[N]>): Promise<CallResults[N]> {
    const reply = await this.dispatch(name, input);
    if (!reply.ok) throw new BookError(reply.error, reply.code);
    return reply.result as CallResults[N];
  }
}
