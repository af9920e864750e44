// The action log: every change of every action with its state before and after, hash-chained
// row to row (audit-chain.ts); the undo stacks; a cell's history. Storage of the figures is
// tables.ts and claim-table.ts; this is their history, as Grist keeps ActionHistory apart.
import type { ClaimKey } from '../../../shared/claim';
import type { ActionHeader, BookChange, ClaimState, UndoStacks } from '../../../shared/book-change';
import { ACTION_LABEL, HISTORY_STEP } from '../../../shared/i18n/vi';
import type { BookFile } from './book-file';
import { keyParams } from './claim-rows';
import { type AuditRow, GENESIS, RecordedClaims, rowHash } from './audit-chain';
import { actionHeaderSchema, logSummarySchema, parseColumn, undoStacksSchema } from './json-columns';

export interface HistoryStep {
  action: number;
  at: string;
  label: string | null;
  asOf: string | null;
  before: ClaimState | null;
  after: ClaimState | null;
}

const AUDIT_COLUMNS = 'id, action_id, at, kind, target, before, after, hash';

/** A claim key's rows of the log (exported for the test that holds it to its index). */
export const CLAIM_HISTORY_SQL = `SELECT a.action_id AS action, a.at, a.before, a.after, json_extract(a.target, '$.asOf') AS asOf,
    (SELECT json_extract(h.target, '$.label') FROM audit h WHERE h.action_id = a.action_id AND h.kind = 'action') AS label,
    (SELECT json_extract(h.target, '$.name') FROM audit h WHERE h.action_id = a.action_id AND h.kind = 'action') AS name
  FROM audit a WHERE a.kind = 'claim'
    AND json_extract(a.target, '$.key.node') = @node AND json_extract(a.target, '$.key.measure') = @measure
    AND json_extract(a.target, '$.key.origin') = @origin AND json_extract(a.target, '$.key.program') = @program
    AND json_extract(a.target, '$.key.period.from') = @year_from AND json_extract(a.target, '$.key.period.to') = @year_to
    AND coalesce(json_extract(a.target, '$.key.unit'), '') = @unit
    AND coalesce(json_extract(a.target, '$.key.capital'), '') = @capital AND coalesce(json_extract(a.target, '$.key.source'), '') = @source
  ORDER BY a.id`;

/** The log's length and head, kept in the settings row and updated with every action: deleting
 * the last rows (or all of them) must also change it, and a backup or a printed sheet keeps a
 * copy of the head (check-code.ts) outside the file. */
export interface LogSummary {
  rows: number;
  head: string;
}

export class ActionLog {
  /** the last row's hash while a transaction writes: an import writes thousands of rows in one */
  private chainHead: string | null = null;
  /** rows this transaction wrote: its summary is written before it commits */
  private written = 0;

  constructor(private readonly file: BookFile) {}

  /** The chain's head is known only within one transaction: another process may write between
   * two of ours, and a rolled-back one leaves nothing behind. */
  forgetHead(): void {
    this.chainHead = null;
    this.written = 0;
  }

  /** At the end of a transaction that wrote rows: the summary follows them, in the same commit. */
  keepSummary(): void {
    if (this.written > 0) this.writeSummary();
    this.written = 0;
  }

  /** The summary as the log stands. */
  writeSummary(): void {
    const { n } = this.file.statement('SELECT COUNT(*) AS n FROM audit').get() as { n: number };
    const summary: LogSummary = { rows: n, head: this.chainHead ?? this.readChainHead() };
    this.file.statement("INSERT INTO settings (key, value) VALUES ('log', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(summary));
  }

  /** Writes into the log, as one action that cannot be undone, the figures it holds no state for:
   * an older book's figures from before its log, or a generated book's first contents. From then
   * on a figure without a row in the log was put there outside Sổ Vốn. */
  recordUnrecorded(states: Iterable<{ key: ClaimKey; asOf: string | null; state: ClaimState }>): number {
    const recorded = new RecordedClaims();
    for (const row of this.rows()) recorded.add(row);
    const missing = [...states].filter(({ key, asOf }) => !recorded.get(key, asOf));
    if (!missing.length) return 0;
    const action = this.nextActionId();
    this.recordHeader(action, { name: 'sealLog', label: ACTION_LABEL.sealLog(missing.length) });
    for (const { key, asOf, state } of missing) this.record(action, 'claim', { key, asOf }, null, state);
    return missing.length;
  }

  nextActionId(): number {
    return (this.file.statement('SELECT COALESCE(MAX(action_id), 0) + 1 AS n FROM audit').get() as { n: number }).n;
  }

  /** The latest action done in this book (0: none yet). */
  lastAction(): number {
    return this.nextActionId() - 1;
  }

  // ── writing ───────────────────────────────────────────────────────────────
  /** One change of an action: its kind, what it touched (the rest of its fields), before, after. */
  recordChange(actionId: number, change: BookChange): void {
    const { kind, before, after, ...target } = change;
    this.record(actionId, kind, target, before, after);
  }

  recordHeader(actionId: number, header: ActionHeader): void {
    this.record(actionId, 'action', header, null, null);
  }

  record(actionId: number, kind: string, target: unknown, before: unknown, after: unknown): void {
    const row = { action_id: actionId, at: new Date().toISOString(), kind, target: toJson(target) ?? 'null', before: toJson(before), after: toJson(after) };
    const hash = rowHash(this.chainHead ?? this.readChainHead(), row);
    this.file.statement('INSERT INTO audit (action_id, at, kind, target, before, after, hash) VALUES (@action_id, @at, @kind, @target, @before, @after, @hash)')
      .run({ ...row, hash });
    if (this.file.inTransaction) this.chainHead = hash;
    this.written++;
  }

  setUndoStacks(stacks: UndoStacks): void {
    this.file.statement("INSERT INTO settings (key, value) VALUES ('undo', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(JSON.stringify(stacks));
  }

  /** Hashes rows written before the chain existed (an older book), in order; the last hash. */
  sealAudit(): string {
    let previous = GENESIS;
    const update = this.file.statement('UPDATE audit SET hash = ? WHERE id = ?');
    for (const row of this.file.statement(`SELECT ${AUDIT_COLUMNS} FROM audit ORDER BY id`).all() as AuditRow[]) {
      previous = row.hash ?? rowHash(previous, row);
      if (row.hash === null) update.run(previous, row.id);
    }
    return previous;
  }

  // ── reading ───────────────────────────────────────────────────────────────
  actionHeader(actionId: number): ActionHeader | null {
    const row = this.file.statement("SELECT target FROM audit WHERE action_id = ? AND kind = 'action'").get(actionId) as { target: string } | undefined;
    return row ? parseColumn(actionHeaderSchema, row.target, 'audit') : null;
  }

  /** The changes of an action in the order they were made; rows of another kind (the older
   * audit format, headers) are left out. */
  actionChanges(actionId: number, kinds: ReadonlySet<string>): BookChange[] {
    const rows = this.file.statement('SELECT kind, target, before, after FROM audit WHERE action_id = ? ORDER BY id').all(actionId) as { kind: string; target: string; before: string | null; after: string | null }[];
    return rows.filter((r) => kinds.has(r.kind)).map((r) => ({
      kind: r.kind, ...(JSON.parse(r.target) as object),
      before: r.before === null ? null : JSON.parse(r.before) as unknown, after: r.after === null ? null : JSON.parse(r.after) as unknown,
    }) as BookChange);
  }

  undoStacks(): UndoStacks {
    const row = this.file.statement("SELECT value FROM settings WHERE key = 'undo'").get() as { value: string } | undefined;
    return row ? parseColumn(undoStacksSchema, row.value, 'settings') : { done: [], undone: [] };
  }

  /** Every state the log recorded for one claim key (each as-of date), oldest first, with the
   * action that wrote it: the cell's history. The node and measure find the rows by the
   * audit_claim_cell index (migrations.ts) instead of reading the log through. */
  claimHistory(key: ClaimKey): HistoryStep[] {
    const rows = this.file.statement(CLAIM_HISTORY_SQL).all(keyParams(key)) as (Omit<HistoryStep, 'before' | 'after'> & { name: string | null; before: string | null; after: string | null })[];
    const state = (json: string | null) => (json === null ? null : (JSON.parse(json) as ClaimState));
    return rows.map(({ name, ...r }) => ({ ...r, label: r.label && (HISTORY_STEP[name as keyof typeof HISTORY_STEP] ?? '') + r.label, before: state(r.before), after: state(r.after) }));
  }

  /** What was done after an action (a backup's last): how many actions, and the latest labels. */
  actionsAfter(actionId: number, latest = 3): { count: number; labels: string[]; file: string | null } {
    const { n } = this.file.statement('SELECT COUNT(DISTINCT action_id) AS n FROM audit WHERE action_id > ?').get(actionId) as { n: number };
    const rows = this.file.statement("SELECT target FROM audit WHERE kind = 'action' AND action_id > ? ORDER BY action_id DESC LIMIT ?").all(actionId, latest) as { target: string }[];
    return { count: n, labels: rows.map((r) => parseColumn(actionHeaderSchema, r.target, 'audit').label), file: this.fileReadAfter(actionId) };
  }

  /** The file the first action after this one read, when it was an import: the file a backup
   * taken before an import was taken for. */
  private fileReadAfter(actionId: number): string | null {
    const row = this.file.statement("SELECT target FROM audit WHERE kind = 'importFile' AND action_id = (SELECT MIN(action_id) FROM audit WHERE action_id > ?)").get(actionId) as { target: string } | undefined;
    if (!row) return null;
    const read = (JSON.parse(row.target) as { file?: unknown }).file;
    return typeof read === 'string' ? read : null;
  }

  /** The book's first recorded moment: its first audit row (time, kind, what), the same in every
   * backup of this book and in no other book; null before anything was recorded. */
  origin(): string | null {
    const first = this.file.statement('SELECT at, kind, target FROM audit ORDER BY id LIMIT 1').get() as { at: string; kind: string; target: string } | undefined;
    return first ? JSON.stringify(first) : null;
  }

  /** The log's length and head as last written with it; null before the book kept one. */
  summary(): LogSummary | null {
    const row = this.file.statement("SELECT value FROM settings WHERE key = 'log'").get() as { value: string } | undefined;
    return row ? parseColumn(logSummarySchema, row.value, 'settings') : null;
  }

  /** The hash of the last row (GENESIS before any): what a check code is cut from. */
  head(): string {
    return this.lastRow()?.hash ?? GENESIS;
  }

  /** Every audit row in order, for `verify`. */
  rows(): IterableIterator<AuditRow> {
    return this.file.statement(`SELECT ${AUDIT_COLUMNS} FROM audit ORDER BY id`).iterate() as IterableIterator<AuditRow>;
  }

  /** The hash the next audit row chains to. */
  private readChainHead(): string {
    const last = this.lastRow();
    return last === undefined ? GENESIS : last.hash ?? this.sealAudit();
  }

  private lastRow(): { hash: string | null } | undefined {
    return this.file.statement('SELECT hash FROM audit ORDER BY id DESC LIMIT 1').get() as { hash: string | null } | undefined;
  }
}

/** Rates carry a bigint coefficient; the log keeps it as text. */
function toJson(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
}
