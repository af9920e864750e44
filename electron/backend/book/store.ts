// All SQL of the book lives here: one `.sovon` file, one SQLite database, one unit's money.
import fs from 'node:fs';
import nodePath from 'node:path';
import Database from 'better-sqlite3';
import type { Catalog, Line } from '../../../shared/catalog';
import { CAPITALS, type Claim, type ClaimKey, MEASURES, type Origin, type OriginScope, SOURCES } from '../../../shared/claim';
import type { ActionHeader, BookChange, ClaimState, LineState, OriginState, UndoStacks } from '../../../shared/book-change';
import { dong } from '../../../shared/money';
import type { BookSettings } from '../../../shared/settings';
import { HISTORY_STEP, MSG } from '../../../shared/i18n/vi';
import { APPLICATION_ID, AUDIT_CHAIN_VERSION, MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { BookError, asUserError } from './errors';
import { checkedBookTarget, checkedPath } from './book-path';
import { type FileKind, identifyBookFile } from './identify';
import { nativeBindingPath } from './native-binding';
import { type ClaimRow, ClaimRows, readClaimRows } from './claim-rows';
import type { Steps } from '../../../shared/steps';
import { backupBook } from './backups';
import { BookLock } from './lock';
import { type AuditRow, GENESIS, rowHash } from './audit-chain';

export interface ClaimFilter {
  program: string;
  origin?: string;
  year?: number;
  /** in the order they were written (exports); otherwise in index order, which is cheaper */
  ordered?: boolean;
  /** only claims about a period of several years (a report template asks for them apart) */
  periods?: boolean;
  /** in whatever order is cheapest to read a whole programme in (the table's): for the engine,
   * whose flags do not depend on the order of the claims */
  anyOrder?: boolean;
}

/** How long a write waits for another process's transaction before saying the book is busy. */
const BUSY_TIMEOUT_MS = 5000;

const CLAIM_COLUMNS = 'origin, program, year_from, year_to, node, unit, capital, source, measure, amount, decimals, as_of, note';

/** SQL giving a text column as the position of its value in `values`, counted from `from` (any
 * other value, '' among them: NULL). The columns' CHECK constraints keep them to these values. */
function position(column: string, values: readonly string[], from: number): string {
  return `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i + from}`).join(' ')} END`;
}

/** The columns of a read of many claims, as claim-rows.ts takes them: capital, source and
 * measure as numbers, and no programme (the query names it). */
const CLAIM_ROW_COLUMNS = [
  'origin', 'year_from', 'year_to', 'node', 'unit', position('capital', CAPITALS, 1), position('source', SOURCES, 1),
  position('measure', MEASURES, 0), 'amount', 'decimals', 'as_of', 'note',
].join(', ');

/** The columns of a claim's key after programme, year and origin, in the order of its index:
 * a page of a year's claims ends at one of these. */
const KEY_TAIL = ['node', 'unit', 'capital', 'source', 'measure', 'as_of'] as const;

/** Claims read at once between two turns of a window's back end (a few milliseconds). */
const CLAIM_PAGE = 1000;

export class Book {
  private readonly statements = new Map<string, Database.Statement>();

  /** held while this book is open to write (see lock.ts): one writer per book */
  private lock: BookLock | null = null;
  /** opened read-only because she asked to look (another window writes it), not for want of rights */
  private lookOnly = false;
  /** the last audit row's hash, while a transaction writes (see audit) */
  private chainHead: string | null = null;

  private constructor(readonly path: string, readonly db: Database.Database) {}

  /** Prepared once per book: preparing is most of the cost of a small statement. */
  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  /** A new book at a path where no file is: created exclusively, so nothing is ever overwritten. */
  static create(rawPath: string, settings: BookSettings, catalogs: readonly Catalog[]): Book {
    const path = checkedBookTarget(rawPath);
    createExclusively(path);
    let book: Book | null = null;
    try {
      const lock = BookLock.acquire(path);
      book = new Book(path, openDatabase(path, false));
      book.lock = lock;
      book.initialise(settings, catalogs);
      // the header (application_id) must be in the file itself, not only in the WAL: another
      // process that opens the book while this one holds it reads the header to know it
      book.db.pragma('wal_checkpoint(TRUNCATE)');
      return book;
    } catch (e) {
      book?.close();
      removeBookFiles(path); // the file is ours: we made it a moment ago
      throw asUserError(e, path);
    }
  }

  private initialise(settings: BookSettings, catalogs: readonly Catalog[]): void {
    prepare(this.db);
    this.migrate();
    this.transaction(() => {
      this.db.pragma(`application_id = ${APPLICATION_ID}`);
      this.writeSettings(settings);
      const insert = this.db.prepare('INSERT INTO catalogs (id, program, body) VALUES (?, ?, ?)');
      for (const c of catalogs) insert.run(c.id, c.program, JSON.stringify(c));
      this.db.prepare("INSERT INTO origins (id, kind, label, complete) VALUES ('books', 'books', 'Sổ kế toán đơn vị', 1)").run();
    });
  }

  /** Opens a book; a file it cannot write (read-only file or folder) opens read-only. */
  /** `waitForLock`: how long to wait for another writer to close the book (ms; see lock.ts). */
  static open(rawPath: string, options: { readonly?: boolean; waitForLock?: number; check?: boolean } = {}): Book {
    const path = checkedPath(rawPath);
    const what = identifyBookFile(path);
    const readonly = options.readonly || !writable(path) || !writable(nodePath.dirname(path));
    const lock = readonly ? null : BookLock.acquire(path, options.waitForLock);
    let db: Database.Database;
    try {
      db = openDatabase(path, readonly);
    } catch (e) {
      lock?.release();
      throw asUserError(e, path);
    }
    try {
      checkIdentity(db, path, what);
      // a damaged book is never written to: its pages are walked before anything is (a quick
      // check, not the full integrity check `verify` runs)
      if (!readonly || options.check) checkPages(db, path);
      prepare(db);
      const book = new Book(path, db);
      book.lock = lock;
      book.lookOnly = options.readonly === true;
      if (!readonly) book.migrate();
      return book;
    } catch (e) {
      db.close();
      lock?.release();
      const code = String((e as { code?: unknown }).code ?? '');
      // a WAL book needs its -shm file beside it, even to be read
      const folderShut = code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY_DIRECTORY';
      if (readonly && folderShut && !writable(nodePath.dirname(path))) throw new BookError(MSG.folderReadonly(path));
      throw asUserError(e, path);
    }
  }

  /** Changes when anyone writes the book: this connection's rows written, and others' commits. */
  writeStamp(): string {
    return `${this.dataVersion()}:${this.sql('SELECT total_changes()').pluck().get() as number}`;
  }

  /** Counts commits by other connections (another process, a read-only window's writer). */
  dataVersion(): number {
    return this.db.pragma('data_version', { simple: true }) as number;
  }

  /** A look that changes nothing and leaves nothing behind (`sovon verify`): when nobody else
   * has the book, it is opened as its writer would (so closing folds SQLite's -wal and -shm files
   * away) but with every write refused and no migration; otherwise read-only beside the writer. */
  static inspect(rawPath: string): Book {
    const path = checkedPath(rawPath);
    const what = identifyBookFile(path);
    let lock: BookLock;
    try {
      if (!writable(path) || !writable(nodePath.dirname(path))) return Book.open(path, { readonly: true });
      lock = BookLock.acquire(path);
    } catch (e) {
      if (e instanceof BookError && e.code === 'bookLocked') return Book.open(path, { readonly: true });
      throw e;
    }
    let db: Database.Database | null = null;
    try {
      db = openDatabase(path, false);
      checkIdentity(db, path, what);
      db.pragma('query_only = ON');
      const book = new Book(path, db);
      book.lock = lock;
      return book;
    } catch (e) {
      db?.close();
      lock.release();
      throw asUserError(e, path);
    }
  }

  get readonly(): boolean {
    return this.db.readonly;
  }

  close(): void {
    if (this.db.open) this.db.close();
    this.lock?.release();
    this.lock = null;
  }

  /** Closes and deletes a book this process has just made and could not finish. */
  discard(): void {
    this.close();
    removeBookFiles(this.path);
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    // a book made by an older Sổ Vốn is backed up before its tables change
    if (version > 0 && version < SCHEMA_VERSION) backupBook(this, 'migration');
    for (let v = version; v < SCHEMA_VERSION; v++) {
      this.transaction(() => {
        this.db.exec(MIGRATIONS[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
        // the history written before the chain joins it now, as it stands
        if (v + 1 === AUDIT_CHAIN_VERSION) this.sealAudit();
      });
    }
  }

  /** Claims come back as raw arrays: a programme is hundreds of thousands of rows, and objects
   * with named fields cost as much as the scan itself. */
  private readClaims(rest: string): Database.Statement {
    return this.sql(`SELECT ${CLAIM_COLUMNS} FROM claims ${rest}`).raw(true);
  }

  // ── settings ──────────────────────────────────────────────────────────────
  settings(): BookSettings {
    const row = this.sql("SELECT value FROM settings WHERE key = 'book'").get() as { value: string } | undefined;
    return JSON.parse(row?.value ?? '{}') as BookSettings;
  }

  writeSettings(settings: BookSettings): void {
    this.sql("INSERT INTO settings (key, value) VALUES ('book', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(settings));
  }

  // ── catalogue and lines ───────────────────────────────────────────────────
  catalogs(): Catalog[] {
    const rows = this.sql('SELECT body FROM catalogs ORDER BY rowid').all() as { body: string }[];
    return rows.map((r) => JSON.parse(r.body) as Catalog);
  }

  lines(program: string): Line[] {
    return this.sql('SELECT program, code, parent, kind, name FROM lines WHERE program = ? ORDER BY sort').all(program) as Line[];
  }

  /** A line written outside an Edit: generated books only (bench); the app goes through Edit. */
  insertLine(line: Line): void {
    this.setLineState(line.program, line.code, { ...line, sort: this.nextLineSort(line.program) });
  }

  nextLineSort(program: string): number {
    return (this.sql('SELECT COALESCE(MAX(sort), 0) + 1 AS n FROM lines WHERE program = ?').get(program) as { n: number }).n;
  }

  private deleteLine(program: string, code: string): void {
    this.sql('DELETE FROM lines WHERE program = ? AND code = ?').run(program, code);
  }

  // ── origins ───────────────────────────────────────────────────────────────
  origins(): Origin[] {
    const rows = this.sql('SELECT id, kind, label, complete, scope FROM origins ORDER BY rowid').all() as (Omit<Origin, 'complete' | 'scope'> & { complete: number; scope: string | null })[];
    return rows.map((r) => ({ ...r, complete: r.complete === 1, scope: r.scope === null ? null : (JSON.parse(r.scope) as OriginScope) }));
  }

  upsertOrigin(o: Origin): void {
    this.sql(`INSERT INTO origins (id, kind, label, complete, scope) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, label = excluded.label, complete = excluded.complete, scope = excluded.scope`)
      .run(o.id, o.kind, o.label, o.complete ? 1 : 0, o.scope ? JSON.stringify(o.scope) : null);
  }

  // ── documents: the files figures came from ─────────────────────────────────
  /** The origin a file with these bytes was imported as, if it was. */
  originOfDocument(sha256: string): Origin | null {
    const row = this.sql('SELECT o.id FROM origins o JOIN documents d ON o.document_id = d.id WHERE d.sha256 = ?').get(sha256) as { id: string } | undefined;
    return row ? this.origins().find((o) => o.id === row.id) ?? null : null;
  }

  /** Keeps the file (its bytes, name and hash); a file kept already (an import undone and done
   * again) is not kept twice. Its id, for the origin it becomes. */
  keepDocument(doc: { number: string | null; date: string | null; issuer: string | null; fileName: string; bytes: Buffer; sha256: string }): number {
    const kept = this.documentWithHash(doc.sha256);
    if (kept !== null) return kept;
    const { lastInsertRowid } = this.sql('INSERT INTO documents (number, date, issuer, file_name, file_bytes, sha256) VALUES (?, ?, ?, ?, ?, ?)')
      .run(doc.number, doc.date, doc.issuer, doc.fileName, doc.bytes, doc.sha256);
    return Number(lastInsertRowid);
  }

  // ── import profiles: her readings of headers and captions ───────────────────
  importProfile(name: string): Record<string, string | null> {
    const row = this.sql('SELECT body FROM import_mappings WHERE name = ?').get(name) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Record<string, string | null>) : {};
  }

  saveImportProfile(name: string, body: Record<string, string | null>): void {
    this.sql('INSERT INTO import_mappings (name, body) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET body = excluded.body').run(name, JSON.stringify(body));
  }

  // ── claims ────────────────────────────────────────────────────────────────
  claims(filter: ClaimFilter): Claim[] {
    const where = ['program = @program'];
    if (filter.origin !== undefined) where.push('origin = @origin');
    if (filter.year !== undefined) where.push('year_from = @year AND year_to = @year');
    if (filter.periods) where.push('year_from <> year_to');
    const order = filter.ordered ? ' ORDER BY id' : '';
    const params = { program: filter.program, origin: filter.origin, year: filter.year };
    // a whole programme is most of the table: reading the table through is cheaper than
    // following the index to every row
    const plan = filter.anyOrder ? 'NOT INDEXED ' : '';
    const rows = this.sql(`SELECT ${CLAIM_ROW_COLUMNS} FROM claims ${plan}WHERE ${where.join(' AND ')}${order}`).raw(true);
    return readClaimRows(rows.iterate(params), filter.program);
  }

  /** A year's claims of one origin, as `claims` gives them, read a page at a time in the
   * order of the claims' key (its index): the caller may let other work through between pages.
   * Each page is a statement run to its end, so the book is free between them; a write between
   * two pages shows in the book's write stamp, and the caller then throws the read away. */
  *yearClaimsInSteps(program: string, origin: string, year: number, pageSize = CLAIM_PAGE): Steps<Claim[]> {
    const reader = new ClaimRows(program);
    const claims: Claim[] = [];
    const base = `SELECT ${CLAIM_ROW_COLUMNS}, ${KEY_TAIL.join(', ')} FROM claims WHERE program = @program AND year_from = @year AND origin = @origin AND year_to = @year`;
    const order = ` ORDER BY ${KEY_TAIL.join(', ')} LIMIT @pageSize`;
    const first = this.sql(base + order).raw(true);
    const next = this.sql(`${base} AND (${KEY_TAIL.join(', ')}) > (${KEY_TAIL.map((c) => `@${c}`).join(', ')})${order}`).raw(true);
    const params = { program, origin, year, pageSize };
    let page = first.all(params) as unknown[][];
    for (;;) {
      for (const row of page) claims.push(reader.claim(row as ClaimRow));
      if (page.length < pageSize) return claims;
      yield;
      // where the last page ended: the key's columns after those of the query, as stored
      const last = page.at(-1)!.slice(-KEY_TAIL.length);
      page = next.all({ ...params, ...Object.fromEntries(KEY_TAIL.map((c, i) => [c, last[i]])) }) as unknown[][];
    }
  }

  /** Whether an origin names a source of money in any of its figures of the programme. */
  splitsBySource(program: string, origin: string): boolean {
    return this.sql("SELECT 1 FROM claims WHERE program = ? AND origin = ? AND source <> '' LIMIT 1").get(program, origin) !== undefined;
  }

  /** The years the programme has figures of one year for (a period's figures are not a year's).
   * Year by year along the claims' index, each step a seek to the next year: DISTINCT read the
   * whole index, 13 ms of every window's first question on a 100 000-claim book (now 0.2 ms). */
  years(program: string): number[] {
    const rows = this.sql(`WITH RECURSIVE years(y) AS (
        SELECT (SELECT min(year_from) FROM claims WHERE program = @program)
        UNION ALL SELECT (SELECT min(year_from) FROM claims WHERE program = @program AND year_from > y) FROM years WHERE y IS NOT NULL)
      SELECT y FROM years
      WHERE y IS NOT NULL AND EXISTS (SELECT 1 FROM claims WHERE program = @program AND year_from = y AND year_to = y)
      ORDER BY y`).all({ program }) as { y: number }[];
    return rows.map((r) => r.y);
  }

  /** The figure of this key in every origin, at every date it was stated ("đến 30/6", "đến 31/12"). */
  claimsOfFigure(key: ClaimKey): Claim[] {
    // origin by origin: the key's index leads with the origin after the year
    const statement = this.readClaims(`WHERE ${KEY_WHERE}`);
    return this.origins().flatMap((o) => (statement.all(keyParams({ ...key, origin: o.id })) as RawClaimRow[]).map(rawToClaim));
  }

  findClaim(key: ClaimKey): Claim | null {
    const row = this.readClaims(`WHERE ${KEY_WHERE} ORDER BY as_of DESC LIMIT 1`).get(keyParams(key)) as RawClaimRow | undefined;
    return row ? rawToClaim(row) : null;
  }

  /** Writes or replaces the claim with this key (and as-of date). */
  putClaim(claim: Claim): void {
    this.upsertClaimRow({ ...keyParams(claim.key), ...valueParams(claim), as_of: claim.asOf ?? '', note: claim.note });
  }

  /** The one statement that writes a claim: a new key is added, a known one (and date) replaced. */
  private upsertClaimRow(p: ReturnType<typeof keyParams> & { amount: number | bigint; decimals: number | null; as_of: string; note: string | null }): void {
    this.sql(`INSERT INTO claims (${CLAIM_COLUMNS}) VALUES (@origin, @program, @year_from, @year_to, @node, @unit, @capital, @source, @measure, @amount, @decimals, @as_of, @note)
      ON CONFLICT (program, year_from, origin, year_to, node, unit, capital, source, measure, as_of)
      DO UPDATE SET amount = excluded.amount, decimals = excluded.decimals, note = excluded.note`).run(p);
  }

  /** Many claims at once (imports, generated books); the caller holds the transaction. */
  putClaims(claims: Iterable<Claim>): void {
    for (const c of claims) this.putClaim(c);
  }

  /** The as-of dates a key is stated for (null: undated). */
  datesOfClaim(key: ClaimKey): (string | null)[] {
    const rows = this.sql(`SELECT as_of FROM claims WHERE ${KEY_WHERE}`).all(keyParams(key)) as { as_of: string }[];
    return rows.map((r) => r.as_of || null);
  }

  /** A node's claims, or one implementing unit's share of it. */
  claimsOfNode(program: string, node: string, unit: string | null): Claim[] {
    const unitWhere = unit === null ? '' : ' AND unit = @unit';
    return (this.readClaims(`WHERE program = @program AND node = @node${unitWhere}`).all({ program, node, unit: unit ?? '' }) as RawClaimRow[]).map(rawToClaim);
  }

  // ── report templates she added (checked before they get here) ──────────────
  templates(): { id: string; name: string; addedAt: string }[] {
    if (!this.hasTemplates()) return [];
    return this.sql('SELECT id, name, added_at AS addedAt FROM templates ORDER BY added_at, id').all() as { id: string; name: string; addedAt: string }[];
  }

  templateBytes(id: string): { name: string; bytes: Buffer } | null {
    if (!this.hasTemplates()) return null;
    return (this.sql('SELECT name, bytes FROM templates WHERE id = ?').get(id) as { name: string; bytes: Buffer } | undefined) ?? null;
  }

  /** Adds, or with an existing id replaces, a template. */
  putTemplate(id: string, name: string, bytes: Buffer): void {
    this.sql('INSERT INTO templates (id, name, bytes, added_at) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, bytes = excluded.bytes, added_at = excluded.added_at')
      .run(id, name, bytes, new Date().toISOString());
  }

  /** A book of an older schema opened read-only (not migrated) has no templates table. */
  private hasTemplates(): boolean {
    return this.sql("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'templates'").get() !== undefined;
  }

  deleteTemplate(id: string): boolean {
    return this.sql('DELETE FROM templates WHERE id = ?').run(id).changes > 0;
  }

  // ── explained flags ───────────────────────────────────────────────────────
  explanations(): Map<string, string> {
    const rows = this.sql('SELECT flag_id, note FROM explained_flags').all() as { flag_id: string; note: string }[];
    return new Map(rows.map((r) => [r.flag_id, r.note]));
  }

  setExplanation(flagId: string, note: string | null): void {
    if (note === null) this.sql('DELETE FROM explained_flags WHERE flag_id = ?').run(flagId);
    else this.sql('INSERT INTO explained_flags (flag_id, note, at) VALUES (?, ?, ?) ON CONFLICT(flag_id) DO UPDATE SET note = excluded.note, at = excluded.at').run(flagId, note, new Date().toISOString());
  }

  // ── states, as the audit records them (book/changes.ts reads and writes through these) ──
  claimState(key: ClaimKey, asOf: string | null): ClaimState | null {
    const row = this.sql(`SELECT amount, decimals, note FROM claims WHERE ${KEY_WHERE} AND as_of = @as_of`).safeIntegers(true)
      .get({ ...keyParams(key), as_of: asOf ?? '' }) as { amount: bigint; decimals: bigint | null; note: string | null } | undefined;
    return row ? { amount: row.amount.toString(), decimals: row.decimals === null ? null : Number(row.decimals), note: row.note } : null;
  }

  setClaimState(key: ClaimKey, asOf: string | null, state: ClaimState | null): void {
    if (state === null) {
      this.sql(`DELETE FROM claims WHERE ${KEY_WHERE} AND as_of = @as_of`).run({ ...keyParams(key), as_of: asOf ?? '' });
      return;
    }
    const amount = state.decimals === null ? Number(state.amount) : BigInt(state.amount);
    this.upsertClaimRow({ ...keyParams(key), amount, decimals: state.decimals, as_of: asOf ?? '', note: state.note });
  }

  lineState(program: string, code: string): LineState | null {
    return (this.sql('SELECT program, code, parent, kind, name, sort FROM lines WHERE program = ? AND code = ?').get(program, code) as LineState | undefined) ?? null;
  }

  setLineState(program: string, code: string, state: LineState | null): void {
    if (state === null) {
      this.deleteLine(program, code);
      return;
    }
    this.sql(`INSERT INTO lines (program, code, parent, kind, name, sort) VALUES (@program, @code, @parent, @kind, @name, @sort)
      ON CONFLICT (program, code) DO UPDATE SET parent = excluded.parent, kind = excluded.kind, name = excluded.name, sort = excluded.sort`).run(state);
    if (state.kind === 'unit') this.sql('INSERT OR IGNORE INTO units (name) VALUES (?)').run(state.name);
  }

  originState(id: string): OriginState | null {
    const origin = this.origins().find((o) => o.id === id);
    if (!origin) return null;
    const row = this.sql('SELECT document_id FROM origins WHERE id = ?').get(id) as { document_id: number | null };
    return { ...origin, scope: origin.scope ?? null, documentId: row.document_id };
  }

  setOriginState(id: string, state: OriginState | null): void {
    if (state === null) {
      this.sql('DELETE FROM origins WHERE id = ?').run(id);
      return;
    }
    const { documentId, ...origin } = state;
    this.upsertOrigin(origin);
    this.sql('UPDATE origins SET document_id = ? WHERE id = ?').run(documentId, id);
  }

  explanation(flagId: string): string | null {
    const row = this.sql('SELECT note FROM explained_flags WHERE flag_id = ?').get(flagId) as { note: string } | undefined;
    return row?.note ?? null;
  }

  /** The document kept with this hash: an import undone and done again keeps one copy. */
  documentWithHash(sha256: string): number | null {
    const row = this.sql('SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1').get(sha256) as { id: number } | undefined;
    return row?.id ?? null;
  }

  // ── audit ─────────────────────────────────────────────────────────────────
  /** One change of an action: its kind, what it touched (the rest of its fields), before, after. */
  auditChange(actionId: number, change: BookChange): void {
    const { kind, before, after, ...target } = change;
    this.audit(actionId, kind, target, before, after);
  }

  auditHeader(actionId: number, header: ActionHeader): void {
    this.audit(actionId, 'action', header, null, null);
  }

  actionHeader(actionId: number): ActionHeader | null {
    const row = this.sql("SELECT target FROM audit WHERE action_id = ? AND kind = 'action'").get(actionId) as { target: string } | undefined;
    return row ? (JSON.parse(row.target) as ActionHeader) : null;
  }

  /** The changes of an action in the order they were made; rows of another kind (the older
   * audit format, headers) are left out. */
  actionChanges(actionId: number, kinds: ReadonlySet<string>): BookChange[] {
    const rows = this.sql('SELECT kind, target, before, after FROM audit WHERE action_id = ? ORDER BY id').all(actionId) as { kind: string; target: string; before: string | null; after: string | null }[];
    return rows.filter((r) => kinds.has(r.kind)).map((r) => ({
      kind: r.kind, ...(JSON.parse(r.target) as object),
      before: r.before === null ? null : JSON.parse(r.before) as unknown, after: r.after === null ? null : JSON.parse(r.after) as unknown,
    }) as BookChange);
  }

  undoStacks(): UndoStacks {
    const row = this.sql("SELECT value FROM settings WHERE key = 'undo'").get() as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as UndoStacks) : { done: [], undone: [] };
  }

  setUndoStacks(stacks: UndoStacks): void {
    this.sql("INSERT INTO settings (key, value) VALUES ('undo', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(stacks));
  }

  /** Every state the log recorded for one claim key (each as-of date), oldest first, with the
   * action that wrote it: the cell's history. */
  claimHistory(key: ClaimKey): { action: number; at: string; label: string | null; asOf: string | null; before: ClaimState | null; after: ClaimState | null }[] {
    const rows = this.sql(`SELECT a.action_id AS action, a.at, a.before, a.after, json_extract(a.target, '$.asOf') AS asOf,
        (SELECT json_extract(h.target, '$.label') FROM audit h WHERE h.action_id = a.action_id AND h.kind = 'action') AS label,
        (SELECT json_extract(h.target, '$.name') FROM audit h WHERE h.action_id = a.action_id AND h.kind = 'action') AS name
      FROM audit a WHERE a.kind = 'claim'
        AND json_extract(a.target, '$.key.origin') = @origin AND json_extract(a.target, '$.key.program') = @program
        AND json_extract(a.target, '$.key.period.from') = @year_from AND json_extract(a.target, '$.key.period.to') = @year_to
        AND json_extract(a.target, '$.key.node') = @node AND coalesce(json_extract(a.target, '$.key.unit'), '') = @unit
        AND coalesce(json_extract(a.target, '$.key.capital'), '') = @capital AND coalesce(json_extract(a.target, '$.key.source'), '') = @source
        AND json_extract(a.target, '$.key.measure') = @measure
      ORDER BY a.id`).all(keyParams(key)) as { action: number; at: string; label: string | null; name: string | null; asOf: string | null; before: string | null; after: string | null }[];
    const state = (json: string | null) => (json === null ? null : (JSON.parse(json) as ClaimState));
    return rows.map(({ name, ...r }) => ({ ...r, label: r.label && (HISTORY_STEP[name as keyof typeof HISTORY_STEP] ?? '') + r.label, before: state(r.before), after: state(r.after) }));
  }

  /** What was done after an action (a backup's last): how many actions, and the latest labels. */
  actionsAfter(actionId: number, latest = 3): { count: number; labels: string[] } {
    const { n } = this.sql('SELECT COUNT(DISTINCT action_id) AS n FROM audit WHERE action_id > ?').get(actionId) as { n: number };
    const rows = this.sql("SELECT target FROM audit WHERE kind = 'action' AND action_id > ? ORDER BY action_id DESC LIMIT ?").all(actionId, latest) as { target: string }[];
    return { count: n, labels: rows.map((r) => (JSON.parse(r.target) as ActionHeader).label) };
  }

  nextActionId(): number {
    const row = this.sql('SELECT COALESCE(MAX(action_id), 0) + 1 AS n FROM audit').get() as { n: number };
    return row.n;
  }

  audit(actionId: number, kind: string, target: unknown, before: unknown, after: unknown): void {
    const row = { action_id: actionId, at: new Date().toISOString(), kind, target: toJson(target) ?? 'null', before: toJson(before), after: toJson(after) };
    const hash = rowHash(this.chainHead ?? this.readChainHead(), row);
    this.sql('INSERT INTO audit (action_id, at, kind, target, before, after, hash) VALUES (@action_id, @at, @kind, @target, @before, @after, @hash)')
      .run({ ...row, hash });
    // an import writes thousands of rows in one transaction: the head is kept, not read again
    if (this.db.inTransaction) this.chainHead = hash;
  }

  /** The hash the next audit row chains to. */
  private readChainHead(): string {
    const last = this.sql('SELECT hash FROM audit ORDER BY id DESC LIMIT 1').get() as { hash: string | null } | undefined;
    return last === undefined ? GENESIS : last.hash ?? this.sealAudit();
  }

  /** Every audit row in order, for `verify`. */
  auditRows(): IterableIterator<AuditRow> {
    return this.sql('SELECT id, action_id, at, kind, target, before, after, hash FROM audit ORDER BY id').iterate() as IterableIterator<AuditRow>;
  }

  /** Hashes rows written before the chain existed (an older book), in order; the last hash. */
  private sealAudit(): string {
    let previous = GENESIS;
    const update = this.db.prepare('UPDATE audit SET hash = ? WHERE id = ?');
    for (const row of this.db.prepare('SELECT id, action_id, at, kind, target, before, after, hash FROM audit ORDER BY id').all() as AuditRow[]) {
      previous = row.hash ?? rowHash(previous, row);
      if (row.hash === null) update.run(previous, row.id);
    }
    return previous;
  }

  /** Every claim as the audit log records claim states, for `verify`. */
  *claimStates(): Generator<{ key: ClaimKey; asOf: string | null; state: ClaimState }> {
    const rows = this.sql(`SELECT ${CLAIM_COLUMNS} FROM claims`).raw(true).safeIntegers(true).iterate() as IterableIterator<unknown[]>;
    for (const r of rows) {
      const key: ClaimKey = {
        origin: r[0] as string, program: r[1] as string, period: { from: Number(r[2]), to: Number(r[3]) }, node: r[4] as string,
        unit: (r[5] as string) || null, capital: ((r[6] as string) || null) as ClaimKey['capital'], source: ((r[7] as string) || null) as ClaimKey['source'], measure: r[8] as ClaimKey['measure'],
      };
      yield { key, asOf: (r[11] as string) || null, state: { amount: String(r[9]), decimals: r[10] === null ? null : Number(r[10]), note: r[12] as string | null } };
    }
  }

  /** One user action = one transaction: all of it lands, or none. IMMEDIATE takes the write
   * lock up front: a deferred transaction that reads first and then writes cannot wait for
   * another process's commit (SQLite answers "database is locked" at once to avoid a deadlock). */
  transaction<T>(fn: () => T): T {
    if (this.db.readonly) throw new BookError(this.lookOnly ? MSG.lookOnly(this.path) : MSG.bookReadonly(this.path));
    if (this.db.inTransaction) return fn();
    // the chain's head is known only within one transaction: another process may write between
    // two of ours, and a rolled-back one leaves nothing behind
    this.chainHead = null;
    try {
      return this.db.transaction(fn).immediate();
    } finally {
      this.chainHead = null;
    }
  }

  // ── integrity ─────────────────────────────────────────────────────────────
  integrityProblems(): string[] {
    let rows: { integrity_check: string }[];
    try {
      rows = this.db.pragma('integrity_check') as { integrity_check: string }[];
    } catch (e) {
      return [(e as Error).message]; // a page so damaged SQLite cannot even walk it
    }
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    const fk = this.db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`${fk.length} tham chiếu khóa ngoại hỏng`);
    return problems;
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  /** A copy of this book, written beside the target and renamed into place, so a failed copy
   * never leaves half a file under her name. An existing file is replaced only when she said so,
   * and never the open book itself. */
  async saveCopy(rawDest: string, options: { replace?: boolean } = {}): Promise<string> {
    const dest = checkedBookTarget(rawDest);
    if (samePath(dest, this.path)) throw new BookError(MSG.copyOntoItself);
    const existing = statOrNull(dest);
    if (existing?.isDirectory()) throw new BookError(MSG.replaceNotFile(dest));
    if (existing && !options.replace) throw new BookError(MSG.fileExists(dest), 'fileExists');
    if (!statOrNull(nodePath.dirname(dest))?.isDirectory()) throw new BookError(MSG.cannotOpen(dest));
    const temp = nodePath.join(nodePath.dirname(dest), `.${nodePath.basename(dest)}.${process.pid}.${Date.now()}.tmp`);
    try {
      await this.db.backup(temp);
      if (!options.replace && fs.existsSync(dest)) throw new BookError(MSG.fileExists(dest), 'fileExists');
      fs.renameSync(temp, dest);
    } catch (e) {
      removeBookFiles(temp);
      throw asUserError(e, dest);
    }
    return dest;
  }
}

/** Rates carry a bigint coefficient; the audit keeps it as text. */
function toJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}

const KEY_WHERE = 'program = @program AND year_from = @year_from AND origin = @origin AND year_to = @year_to AND node = @node AND unit = @unit AND capital = @capital AND source = @source AND measure = @measure';

function keyParams(k: ClaimKey) {
  return {
    origin: k.origin, program: k.program, year_from: k.period.from, year_to: k.period.to, node: k.node,
    unit: k.unit ?? '', capital: k.capital ?? '', source: k.source ?? '', measure: k.measure,
  };
}

function valueParams(c: Claim): { amount: number | bigint; decimals: number | null } {
  if (c.key.measure === 'rate') {
    const rate = c.value as { coefficient: bigint; decimals: number };
    return { amount: rate.coefficient, decimals: rate.decimals };
  }
  return { amount: c.value as number, decimals: null };
}

type RawClaimRow = [string, string, number, number, string, string, string, string, string, number, number | null, string, string | null];

function rawToClaim(r: RawClaimRow): Claim {
  const key = {
    origin: r[0], program: r[1], period: { from: r[2], to: r[3] }, node: r[4], unit: r[5] || null,
    capital: (r[6] || null) as ClaimKey['capital'], source: (r[7] || null) as ClaimKey['source'], measure: r[8] as ClaimKey['measure'],
  };
  const asOf = r[11] || null;
  if (r[8] === 'rate') return { key: key as ClaimKey<'rate'>, value: { coefficient: BigInt(r[9]), decimals: r[10] ?? 0 }, asOf, note: r[12] };
  return { key: key as ClaimKey<Exclude<ClaimKey['measure'], 'rate'>>, value: dong(r[9]), asOf, note: r[12] };
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

function checkIdentity(db: Database.Database, path: string, what: FileKind): void {
  let appId: number;
  let version: number;
  try {
    db.prepare('SELECT count(*) FROM sqlite_schema').get(); // walks the schema: fails on a damaged file
    appId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (e) {
    const code = String((e as { code?: unknown }).code ?? '');
    if (what.kind === 'damaged' || code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
      throw new BookError(MSG.damaged(path, what.kind === 'damaged' ? what.detail : MSG.damagedPages), 'bookDamaged');
    }
    throw e; // busy, unreadable folder...: Book.open says which
  }
  if (what.kind === 'damaged') throw new BookError(MSG.damaged(path, what.detail), 'bookDamaged');
  if (appId !== APPLICATION_ID) throw new BookError(MSG.notABook(path));
  if (version > SCHEMA_VERSION) throw new BookError(MSG.bookTooNew(path, version, SCHEMA_VERSION));
}

function checkPages(db: Database.Database, path: string): void {
  let result: string;
  try {
    result = String(db.pragma('quick_check(1)', { simple: true }));
  } catch {
    result = MSG.damagedPages;
  }
  if (result !== 'ok') throw new BookError(MSG.damaged(path, MSG.damagedPages), 'bookDamaged');
}

function createExclusively(path: string): void {
  try {
    fs.closeSync(fs.openSync(path, 'wx')); // fails if anything is already there
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new BookError(MSG.bookExists(path));
    if (code === 'ENOENT') throw new BookError(MSG.cannotOpen(path));
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new BookError(MSG.bookReadonly(path));
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
