// The back end behind the API contract (shared/api.ts). One open book at a time; every call's
// input is validated here, whatever transport brought it.
import * as z from 'zod';
import { type CallName, type CallResults, type ParsedInput, type Reply, calls, isCallName } from '../../../shared/api';
import { MSG } from '../../../shared/i18n/vi';
import { describeIssues } from '../../../shared/validation';
import type { Book } from '../book/book';
import { BookError, asUserError } from '../book/errors';
import { backupIfDue } from '../book/backups';
import { Checks, checkCalls } from './check-calls';
import { FirstSheet } from './first-sheet';

/** Calls that change the row tree or how an origin is read: the engine, built on the old ones,
 * is rebuilt on next use (a re-check of the whole book). */
const REBUILDS_CHECKS: ReadonlySet<CallName> = new Set(['addLine', 'renameLine', 'removeLine', 'setOriginComplete', 'commitImport', 'undo', 'redo', 'restoreBackup']);

export type Handlers = { [N in CallName]: (input: ParsedInput<N>) => CallResults[N] | Promise<CallResults[N]> };

interface LaterGroup<N extends CallName> {
  calls: readonly N[];
  load: () => Promise<(service: Service) => Pick<Handlers, N>>;
}
/** A later group as the service runs it, whatever its calls. */
interface AnyLaterGroup {
  calls: readonly CallName[];
  load: () => Promise<(service: Service) => Partial<Handlers>>;
}
const later = <N extends CallName>(calls: readonly N[], load: LaterGroup<N>['load']): LaterGroup<N> => ({ calls, load });

/** The groups of calls (a file each), loaded on their first call: a command runs one or two of
 * them, and in the command's bundle each is a chunk compiled only then (compiling them all, the
 * import wizard's readers, report templates, printing and the xlsx writer among them, was most
 * of what `sovon check` added to a bare start of node). The check calls come with the service,
 * which keeps their engine between calls. */
const LATER = [
  later(['bookVersion', 'bookInfo', 'newBook', 'openBook', 'saveCopy', 'recentBooks', 'rememberLayout', 'pickPath', 'updateSettings', 'setOriginComplete'], async () => (await import('./book-calls')).bookCalls),
  later(['getSheet', 'firstSheet', 'setClaim', 'setClaims', 'cellHistory'], async () => (await import('./sheet-calls')).sheetCalls),
  later(['addLine', 'renameLine', 'removeLine'], async () => (await import('./line-calls')).lineCalls),
  later(['undo', 'redo', 'undoInfo'], async () => (await import('./undo-calls')).undoCalls),
  later(['listBackups', 'backupNow', 'restoreBackup', 'restoreDamagedBook'], async () => (await import('./backup-calls')).backupCalls),
  later(['listFolder'], async () => (await import('./folder-calls')).folderCalls),
  later(['previewImport', 'commitImport', 'importProgress'], async () => (await import('./import-calls')).importCalls),
  later(['listTemplates', 'addTemplate', 'removeTemplate', 'templateFlags', 'exportTemplate'], async () => (await import('./template-calls')).templateCalls),
  later(['printSheet', 'printOut'], async () => (await import('./print-calls')).printCalls),
  later(['exportSheet'], async () => (await import('./export-calls')).exportCalls),
] as const;
type LaterCall = (typeof LATER)[number]['calls'][number];
const laterGroupOf = new Map<CallName, AnyLaterGroup>(LATER.flatMap((g: AnyLaterGroup) => g.calls.map((name) => [name, g] as const)));

export class Service {
  private current: Book | null = null;
  private readonly handlers: Omit<Handlers, LaterCall>;
  /** each later group made once per service (a group may keep state: the import's progress) */
  private readonly laterHandlers = new Map<AnyLaterGroup, Promise<Partial<Handlers>>>();
  readonly checks = new Checks(() => this.book);
  readonly firstSheet = new FirstSheet();

  constructor(book: Book | null = null) {
    this.current = book;
    if (book) backupIfDue(book);
    this.handlers = checkCalls(this);
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
    this.firstSheet.forget();
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
      // a call of a group not yet loaded waits for it; any other runs without yielding first
      const eager = (this.handlers as Partial<Handlers>)[name];
      const handler = (eager ?? (await this.laterHandler(name))) as (input: unknown) => unknown;
      const result = (await handler(parsed.data)) as CallResults[CallName];
      if (REBUILDS_CHECKS.has(name)) this.checks.forget();
      return { ok: true, result };
    } catch (e) {
      const user = asUserError(e, this.current?.path);
      if (user instanceof BookError) return { ok: false, error: user.message, ...(user.code && { code: user.code }) };
      throw e;
    }
  }

  private async laterHandler(name: CallName): Promise<Handlers[CallName]> {
    const group = laterGroupOf.get(name)!;
    let handlers = this.laterHandlers.get(group);
    if (!handlers) {
      handlers = group.load().then((make) => make(this));
      this.laterHandlers.set(group, handlers);
    }
    return (await handlers)[name]!;
  }

  /** For in-process callers (CLI, tests): the result, or a thrown BookError. */
  async call<N extends CallName>(name: N, input: z.input<(typeof calls)[N]>): Promise<CallResults[N]> {
    const reply = await this.dispatch(name, input);
    if (!reply.ok) throw new BookError(reply.error, reply.code);
    return reply.result as CallResults[N];
  }
}
