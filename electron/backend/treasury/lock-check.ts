// `sovon verify`: a signed Treasury reconciliation whose figures of her books are no longer what
// was signed (changed outside Sổ Vốn, or by an edit that did not reopen it) is named, line by line.
import { BOOKS_ORIGIN, latestAsOf } from '../../../shared/claim';
import { cellNo } from '../../../shared/figures/cell-no';
import { FigureEvaluator } from '../../../shared/figures/evaluator';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import { CAPITAL_LABEL, MEASURE_LABEL } from '../../../shared/i18n/vi';
import { dong, formatMoney } from '../../../shared/money';
import { completenessOf } from '../../../shared/reconcile/completeness';
import type { LockedRow, TreasuryLock } from '../../../shared/treasury/lock';
import type { Book } from '../book/book';
import { treeOf } from '../book/tree-of-book';

export function lockProblems(book: Book): string[] {
  return book.tables.treasuryLocks().filter((l) => !l.reopened).flatMap((lock) => {
    if (!book.tables.catalogState(lock.program)) return [];
    const now = booksNow(book, lock);
    return lock.rows.flatMap((r) => {
      const figure = now(r);
      if (figure === r.books) return [];
      const line = `${r.node} · ${CAPITAL_LABEL[r.capital ?? 'ALL']} · ${MEASURE_LABEL[r.measure]}`;
      return [TREASURY_MSG.lockBroken(lock.label, line, shown(r.books), shown(figure))];
    });
  });
}

/** Her books' figure of a locked row as the book has it now, as the reconciliation read it. */
function booksNow(book: Book, lock: TreasuryLock): (r: LockedRow) => number | null {
  const year = Number(lock.end.slice(0, 4));
  const tree = treeOf(book, lock.program);
  const books = book.tables.origins().find((o) => o.id === BOOKS_ORIGIN);
  const claims = book.claims.select({ program: lock.program, origin: BOOKS_ORIGIN, year });
  const yearEnd = lock.end.endsWith('-12-31');
  const ev = new FigureEvaluator(tree, completenessOf(books ?? { complete: true }), yearEnd ? latestAsOf(claims) : []);
  return (r) => {
    if (!yearEnd) {
      const dated = claims.find((c) => c.asOf === lock.end && c.key.node === r.node && c.key.unit === null && c.key.capital === r.capital && c.key.source === null && c.key.measure === r.measure);
      return dated ? (dated.value as number) : null;
    }
    const row = tree.indexOf.get(r.node);
    return row === undefined ? null : ev.moneyAt(cellNo(row, r.capital, null, r.measure));
  };
}

const shown = (d: number | null) => TREASURY_MSG.amount(d === null ? null : formatMoney(dong(d), 'dong'));
