// A figure of her books that a signed Treasury reconciliation covers is not changed behind it: the
// edit is refused until she confirms, then the lock is reopened in the same action, so the log says
// which signed reconciliation the edit reopened.
import { BOOKS_ORIGIN, type ClaimKey } from '../../../shared/claim';
import { rowKeyId } from '../../../shared/catalog';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import { type TreasuryLock, covers } from '../../../shared/treasury/lock';
import { ancestorIds, type Tree } from '../../../shared/sheet/tree';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import type { Edit } from '../book/edit';
import { treeOf } from '../book/tree-of-book';

/** The locks these writes would reopen; refused (code 'reopenLocked') unless she confirmed. */
export function locksReopenedBy(book: Book, writes: readonly { key: ClaimKey; asOf: string | null }[], confirmed: boolean): TreasuryLock[] {
  const locks = book.tables.treasuryLocks().filter((l) => !l.reopened);
  if (locks.length === 0) return [];
  const trees = new Map<string, Tree>();
  const hit = new Set<TreasuryLock>();
  for (const { key, asOf } of writes) {
    if (key.origin !== BOOKS_ORIGIN || key.period.from !== key.period.to) continue;
    let tree = trees.get(key.program);
    if (!tree) trees.set(key.program, (tree = treeOf(book, key.program)));
    const rowId = rowKeyId(key);
    const nodes = [key.node, ...[...ancestorIds(tree, rowId)].map((id) => tree!.byId.get(id)!.key.node)];
    for (const lock of locks) if (lock.program === key.program && covers(lock, key.period.from, asOf, nodes, key.capital)) hit.add(lock);
  }
  const first = [...hit][0];
  if (first && !confirmed) throw new UserError(TREASURY_MSG.reopen(first.label, first.at, first.by), 'reopenLocked');
  return [...hit];
}

/** The label of an edit that reopens locks, and the reopening written in the same action. */
export function reopenLabel(locks: readonly TreasuryLock[]): string {
  return locks.map((l) => TREASURY_MSG.reopenedLabel(l.label)).join('');
}

export function reopen(e: Edit, locks: readonly TreasuryLock[], label: string): void {
  const at = new Date().toISOString();
  for (const lock of locks) e.treasuryLock({ ...lock, reopened: { at, label } });
}
