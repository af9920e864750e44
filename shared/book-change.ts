// Every change to a book is one of these: what it touched, the state before and the state after.
// An action (one thing she did: an edit, an import, an explanation) is a list of them; undoing it
// applies their inverses in reverse order, redoing applies them again. The audit log keeps them,
// so undo works across restarts and from the CLI, and a later hash chain has one thing to hash.
import type { Catalog, Line } from './catalog';
import type { ClaimKey, Origin } from './claim';
import type { BookSettings } from './settings';
import type { UnitSpan } from './units';
import type { TreasuryMap } from './treasury/mapping';
import type { TreasuryLock } from './treasury/lock';

/** A claim's value as the audit keeps it: the amount as decimal text, since a rate's
 * coefficient is a bigint and JSON has none. */
export interface ClaimState {
  amount: string;
  /** rates only */
  decimals: number | null;
  note: string | null;
}

/** A line with its place among its siblings, so a removed line comes back where it was. */
export interface LineState extends Line {
  sort: number;
}

/** An origin with the file it came from, kept when an import is undone so a redo needs no file. */
export interface OriginState extends Origin {
  documentId: number | null;
}

/** A report template she added: the workbook's bytes as base64, so undoing its removal needs
 * no file and the log's hash chain covers what she exports with. */
export interface TemplateState {
  name: string;
  addedAt: string;
  bytes: string;
}

type Change<K extends string, Id, S> = { kind: K; before: S | null; after: S | null } & Id;

export type BookChange =
  | Change<'claim', { key: ClaimKey; asOf: string | null }, ClaimState>
  | Change<'line', { program: string; code: string }, LineState>
  | Change<'origin', { id: string }, OriginState>
  | Change<'explanation', { flagId: string }, string>
  | Change<'settings', object, BookSettings>
  | Change<'importProfile', { name: string }, Record<string, string | null>>
  | Change<'template', { id: string }, TemplateState>
  | Change<'catalog', { program: string }, Catalog>
  | Change<'unit', { name: string }, UnitSpan>
  | Change<'treasuryMap', object, TreasuryMap>
  | Change<'treasuryLock', { program: string; period: string }, TreasuryLock>;

export type ChangeKind = BookChange['kind'];
export const CHANGE_KINDS: readonly ChangeKind[] = ['claim', 'line', 'origin', 'explanation', 'settings', 'importProfile', 'template', 'catalog', 'unit', 'treasuryMap', 'treasuryLock'];

export function inverse<C extends BookChange>(change: C): C {
  return { ...change, before: change.after, after: change.before };
}

/** What she did, as the Hoàn tác / Làm lại buttons name it. */
export const ACTION_NAMES = [
  'setClaim', 'setClaims', 'addLine', 'renameLine', 'removeLine', 'explainFlags', 'setOriginComplete',
  'updateSettings', 'importFile', 'importClaims', 'addTemplate', 'removeTemplate', 'undo', 'redo', 'sealLog',
  'addProgram', 'addCatalogLines', 'retireLine', 'setUnit', 'moveLine', 'importTreasury', 'mapTreasury', 'lockTreasury',
] as const;
export type ActionName = (typeof ACTION_NAMES)[number];

export interface ActionHeader {
  name: ActionName;
  /** in Vietnamese, for the UI: "Sửa số Giao vốn, TDA1, 2023" */
  label: string;
  /** undo and redo: the action they undo or redo */
  of?: number;
}

/** The actions that can be undone (latest last) and redone (next first). */
export interface UndoStacks {
  done: number[];
  undone: number[];
}

/** How many actions back she can go; older ones stay in the audit log. */
export const UNDO_DEPTH = 100;

/** The stacks after a new action: it can be undone, and what was undone can no longer be redone. */
export function afterAction(stacks: UndoStacks, action: number): UndoStacks {
  return { done: [...stacks.done, action].slice(-UNDO_DEPTH), undone: [] };
}

export function afterUndo(stacks: UndoStacks): UndoStacks {
  const action = stacks.done.at(-1);
  return action === undefined ? stacks : { done: stacks.done.slice(0, -1), undone: [...stacks.undone, action] };
}

export function afterRedo(stacks: UndoStacks): UndoStacks {
  const action = stacks.undone.at(-1);
  return action === undefined ? stacks : { done: [...stacks.done, action], undone: stacks.undone.slice(0, -1) };
}

/** What the buttons say: the label of the action Ctrl+Z and Ctrl+Y would take. */
export interface UndoInfo {
  undo: string | null;
  redo: string | null;
}
