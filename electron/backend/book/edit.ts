// Every write to a book goes through an Edit: one action, one transaction, each change applied
// and written to the action log with its state before and after, so it can be undone and redone
// as one step, here or in another process, today or after a restart. Only the book (book.ts)
// makes a Writer: nothing else holds the tables' write methods.
import {
  type ActionHeader, type BookChange, CHANGE_KINDS, type UndoInfo, afterAction, afterRedo, afterUndo, inverse,
} from '../../../shared/book-change';
import type { Catalog, Line } from '../../../shared/catalog';
import type { Claim, ClaimKey, Origin } from '../../../shared/claim';
import type { BookSettings } from '../../../shared/settings';
import type { UnitSpan } from '../../../shared/units';
import type { TreasuryMap } from '../../../shared/treasury/mapping';
import type { TreasuryLock } from '../../../shared/treasury/lock';
import { MSG } from '../../../shared/i18n/vi';
import { UserError } from '../user-error';
import { type Rooms, currentState, sameState, writeState } from './changes';
import type { ActionLog } from './action-log';
import type { KeptDocument } from './tables';

export interface Writer extends Rooms {
  log: ActionLog;
  transaction<T>(fn: () => T): T;
}

const UNDOABLE = new Set<string>(CHANGE_KINDS);

type Target<C extends BookChange> = C extends BookChange ? Omit<C, 'before'> : never;

export class Edit {
  private count = 0;

  constructor(private readonly writer: Writer, readonly action: number, private readonly header: ActionHeader) {}

  get changed(): boolean {
    return this.count > 0;
  }

  /** Sets a target to `after`, recording what it was; nothing happens when it already is. */
  set(change: Target<BookChange>): void {
    const before = currentState(this.writer, change as BookChange);
    if (sameState(before, change.after)) return;
    this.record({ ...change, before } as BookChange);
  }

  /** Replays a recorded change, but only from the state it was recorded from: if anything
   * changed it since (another program, another process), nothing is overwritten. */
  replay(change: BookChange): void {
    if (!sameState(currentState(this.writer, change), change.before)) throw new UserError(MSG.undoConflict(this.header.label));
    this.record(change);
  }

  /** A fact about the action that is not a change of state (the file an import read). */
  remark(kind: string, target: unknown, detail: unknown): void {
    this.writeHeader();
    this.writer.log.record(this.action, kind, target, null, detail);
  }

  private record(change: BookChange): void {
    this.writeHeader();
    writeState(this.writer, change);
    this.writer.log.recordChange(this.action, change);
  }

  private writeHeader(): void {
    if (this.count++ === 0) this.writer.log.recordHeader(this.action, this.header);
  }

  // ── the changes by name ──────────────────────────────────────────────────────
  putClaim(claim: Claim): void {
    const rate = claim.key.measure === 'rate' ? (claim.value as { coefficient: bigint; decimals: number }) : null;
    const after = rate
      ? { amount: rate.coefficient.toString(), decimals: rate.decimals, note: claim.note }
      : { amount: String(claim.value as number), decimals: null, note: claim.note };
    this.set({ kind: 'claim', key: claim.key, asOf: claim.asOf, after });
  }

  /** Clears a key: every dated figure under it too. */
  clearClaim(key: ClaimKey): void {
    for (const asOf of this.writer.claims.datesOf(key)) this.set({ kind: 'claim', key, asOf, after: null });
  }

  /** A new line goes last among the book's lines. */
  addLine(line: Line): void {
    this.set({ kind: 'line', program: line.program, code: line.code, after: { ...line, sort: this.writer.tables.nextLineSort(line.program) } });
  }

  /** A line under another code (a unit line renamed) keeps its place. */
  moveLine(from: Line, to: Line): void {
    const { tables } = this.writer;
    const sort = tables.lineState(from.program, from.code)?.sort ?? tables.nextLineSort(from.program);
    this.set({ kind: 'line', program: from.program, code: from.code, after: null });
    this.set({ kind: 'line', program: to.program, code: to.code, after: { ...to, sort } });
  }

  /** Two lines trade places (her order of siblings): each takes the other's sort. */
  swapLines(a: Line, b: Line): void {
    const { tables } = this.writer;
    const first = tables.lineState(a.program, a.code);
    const second = tables.lineState(b.program, b.code);
    if (!first || !second) return;
    this.set({ kind: 'line', program: a.program, code: a.code, after: { ...first, sort: second.sort } });
    this.set({ kind: 'line', program: b.program, code: b.code, after: { ...second, sort: first.sort } });
  }

  renameLine(line: Line, name: string): void {
    const now = this.writer.tables.lineState(line.program, line.code);
    if (now) this.set({ kind: 'line', program: line.program, code: line.code, after: { ...now, name } });
  }

  /** A line that no longer runs from `year` on (null: it runs again); its figures stay. */
  retireLine(line: Line, year: number | null): void {
    const now = this.writer.tables.lineState(line.program, line.code);
    if (!now) return;
    const { retired: _was, ...running } = now;
    this.set({ kind: 'line', program: line.program, code: line.code, after: year === null ? running : { ...running, retired: year } });
  }

  /** A programme the book did not have: its catalogue as shipped, or as she completes it. */
  addCatalog(catalog: Catalog): void {
    this.set({ kind: 'catalog', program: catalog.program, after: catalog });
  }

  /** A unit's validity and successors, as she states them. */
  setUnit(unit: UnitSpan): void {
    this.set({ kind: 'unit', name: unit.name, after: unit });
  }

  /** Her Treasury codes by line, as a whole (shared/treasury/mapping.ts). */
  treasuryMap(map: TreasuryMap): void {
    this.set({ kind: 'treasuryMap', after: map });
  }

  /** A reconciliation with the Treasury as signed, or as reopened by a later edit. */
  treasuryLock(lock: TreasuryLock): void {
    this.set({ kind: 'treasuryLock', program: lock.program, period: lock.period, after: lock });
  }

  removeLine(line: Line): void {
    this.set({ kind: 'line', program: line.program, code: line.code, after: null });
  }

  putOrigin(origin: Origin, documentId?: number | null): void {
    const now = this.writer.tables.originState(origin.id);
    this.set({ kind: 'origin', id: origin.id, after: { ...origin, scope: origin.scope ?? null, documentId: documentId === undefined ? now?.documentId ?? null : documentId } });
  }

  /** Keeps the file figures came from; its id, for the origin it becomes. A kept file is never
   * taken back (an undone import's redo needs it): the origin's change records which it is, and
   * the action's remark the file's hash. */
  keepDocument(doc: KeptDocument): number {
    return this.writer.tables.keepDocument(doc);
  }

  explain(flagId: string, note: string | null): void {
    this.set({ kind: 'explanation', flagId, after: note });
  }

  settings(settings: BookSettings): void {
    this.set({ kind: 'settings', after: settings });
  }

  importProfile(name: string, body: Record<string, string | null>): void {
    this.set({ kind: 'importProfile', name, after: body });
  }

  putTemplate(id: string, name: string, bytes: Buffer): void {
    this.set({ kind: 'template', id, after: { name, addedAt: new Date().toISOString(), bytes: bytes.toString('base64') } });
  }

  /** Whether there was such a template. */
  removeTemplate(id: string): boolean {
    if (this.writer.tables.templateState(id) === null) return false;
    this.set({ kind: 'template', id, after: null });
    return true;
  }
}

/** One action: all of it lands, or none; once it changed anything, Ctrl+Z takes it back. */
export function runEdit<T>(writer: Writer, header: ActionHeader, run: (e: Edit) => T): T {
  return writer.transaction(() => {
    const e = new Edit(writer, writer.log.nextActionId(), header);
    const result = run(e);
    if (e.changed) writer.log.setUndoStacks(afterAction(writer.log.undoStacks(), e.action));
    return result;
  });
}

/** Takes back the latest action still done; its label, or null when there is none. */
export function undoLast(writer: Writer): string | null {
  return writer.transaction(() => {
    const stacks = writer.log.undoStacks();
    const target = stacks.done.at(-1);
    if (target === undefined) return null;
    const label = labelOf(writer.log, target);
    const changes = writer.log.actionChanges(target, UNDOABLE).reverse().map(inverse);
    replayAll(writer, { name: 'undo', label, of: target }, changes);
    writer.log.setUndoStacks(afterUndo(stacks));
    return label;
  });
}

/** Does again the action undone last; its label, or null when there is none. */
export function redoLast(writer: Writer): string | null {
  return writer.transaction(() => {
    const stacks = writer.log.undoStacks();
    const target = stacks.undone.at(-1);
    if (target === undefined) return null;
    const label = labelOf(writer.log, target);
    replayAll(writer, { name: 'redo', label, of: target }, writer.log.actionChanges(target, UNDOABLE));
    writer.log.setUndoStacks(afterRedo(stacks));
    return label;
  });
}

export function undoInfo(log: ActionLog): UndoInfo {
  const { done, undone } = log.undoStacks();
  const label = (id: number | undefined) => (id === undefined ? null : labelOf(log, id));
  return { undo: label(done.at(-1)), redo: label(undone.at(-1)) };
}

function replayAll(writer: Writer, header: ActionHeader, changes: readonly BookChange[]): void {
  const e = new Edit(writer, writer.log.nextActionId(), header);
  for (const change of changes) e.replay(change);
}

function labelOf(log: ActionLog, action: number): string {
  return log.actionHeader(action)?.label ?? MSG.actionUnnamed(action);
}
