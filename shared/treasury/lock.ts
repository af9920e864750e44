// A signed Treasury reconciliation ("Khóa đối chiếu"): both sides' figures line by line as they
// were signed, her explanations, who and when. It sits in the book's hash-chained log; a later
// edit of a figure it covers asks first and reopens it, and `sovon verify` says when the book's
// figures no longer are what was signed.
import type { Capital, MoneyMeasure } from '../claim';

export interface LockedRow {
  node: string;
  capital: Capital | null;
  measure: MoneyMeasure;
  treasury: number;
  books: number | null;
}

export interface TreasuryLock {
  program: string;
  /** the period's id ("2024-Q4") and last day */
  period: string;
  end: string;
  label: string;
  at: string;
  by: string;
  rows: LockedRow[];
  /** flag id → her note, as signed */
  explanations: Record<string, string>;
  /** an edit she confirmed after it: the lock stands in the log, no longer over the figures */
  reopened?: { at: string; label: string };
}

/** Does the lock cover a figure of her books: of its year and date (the year's own figures for a
 * lock at 31/12, those to its very date otherwise), on a locked line or one under it? */
export function covers(lock: TreasuryLock, year: number, asOf: string | null, rowNodes: readonly string[], capital: Capital | null): boolean {
  if (lock.reopened || Number(lock.end.slice(0, 4)) !== year) return false;
  if (asOf !== lock.end && !(asOf === null && lock.end.endsWith('-12-31'))) return false;
  return lock.rows.some((r) => rowNodes.includes(r.node) && (r.capital === null || capital === null || r.capital === capital));
}
