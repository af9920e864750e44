// The back end behind the API contract (shared/api.ts). One open book at a time; every call's
// input is validated here, whatever transport brought it.
import { type CallGroup, type CallInput, type CallName, type CallResults, type Reply, calls, isCallName } from '../../../shared/api';
import { MSG } from '../../../shared/i18n/vi';
import { describeIssues } from '../../../shared/validation';
import type { Book } from '../book/book';
import { UserError, asUserError } from '../user-error';
import { backupIfDue } from '../book/backups';
import { checkCalls } from './check-calls';
import { Checks } from './checks';
import type { GroupHandlers, Handlers, ServiceContext } from './handlers';
import { FirstSheet } from './first-sheet';

/** The files of the groups of calls, loaded on their first call: a command runs one or two of
 * them, and in the command's bundle each is a chunk compiled only then (compiling them all, the
 * import wizard's readers, report templates, printing and the xlsx writer among them, was most
 * of what `sovon check` added to a bare start of node). The check calls come with the service,
 * which keeps their engine between calls. */
type LaterGroup = Exclude<CallGroup, 'checks'>;
const LATER: { [G in LaterGroup]: () => Promise<(service: ServiceContext) => GroupHandlers<G>> } = {
  book: async () => (await import('./book-calls')).bookCalls,
  sheet: async () => (await import('./sheet-calls')).sheetCalls,
  lines: async () => (await import('./line-calls')).lineCalls,
  catalog: async () => (await import('./catalog-calls')).catalogCalls,
  units: async () => (await import('./unit-calls')).unitCalls,
  treasury: async () => (await import('./treasury-calls')).treasuryCalls,
  undo: async () => (await import('./undo-calls')).undoCalls,
  backups: async () => (await import('./backup-calls')).backupCalls,
  folders: async () => (await import('./folder-calls')).folderCalls,
  import: async () => (await import('./import-calls')).importCalls,
  templates: async () => (await import('./template-calls')).templateCalls,
  print: async () => (await import('./print-calls')).printCalls,
  export: async () => (await import('./export-calls')).exportCalls,
};

export class Service implements ServiceContext {
  private current: Book | null = null;
  private readonly checkHandlers: GroupHandlers<'checks'>;
  /** each later group made once per service (a group may keep state: the import's progress) */
  private readonly laterHandlers = new Map<LaterGroup, Promise<Partial<Handlers>>>();
  readonly checks = new Checks(() => this.book);
  readonly firstSheet = new FirstSheet();

  constructor(book: Book | null = null) {
    this.current = book;
    if (book) backupIfDue(book);
    this.checkHandlers = checkCalls(this);
  }

  get book(): Book {
    if (!this.current) throw new UserError(MSG.noBookOpen);
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
    const parsed = calls[name].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: MSG.badInput(describeIssues(parsed.error)) };
    try {
      if (this.current) this.othersChanges();
      // a call of a group not yet loaded waits for it; any other runs without yielding first
      const { group, rebuildsChecks } = calls[name];
      const handler = (group === 'checks' ? (this.checkHandlers as Partial<Handlers>)[name] : await this.laterHandler(group, name)) as (input: unknown) => unknown;
      const result = (await handler(parsed.data)) as CallResults[CallName];
      if (rebuildsChecks) this.checks.forget();
      return { ok: true, result };
    } catch (e) {
      const user = asUserError(e, this.current?.path);
      if (user instanceof UserError) return { ok: false, error: user.message, ...(user.code && { code: user.code }), ...(user.detail && { detail: user.detail }) };
      throw e;
    }
  }

  private async laterHandler(group: LaterGroup, name: CallName): Promise<Handlers[CallName]> {
    let handlers = this.laterHandlers.get(group);
    if (!handlers) {
      handlers = LATER[group]().then((make) => make(this) as Partial<Handlers>);
      this.laterHandlers.set(group, handlers);
    }
    return (await handlers)[name]!;
  }

  /** For in-process callers (CLI, tests): the result, or a thrown UserError. */
  async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallResults[N]> {
    const reply = await this.dispatch(name, input);
    if (!reply.ok) throw new UserError(reply.error, reply.code, reply.detail);
    return reply.result as CallResults[N];
  }
}
