// What makes a Treasury statement not hers to read: another unit's (its mã ĐVQHNS), another
// period's (the words above its table). Each is refused with what and where; nothing is written.
import { fold } from '../../../shared/import/grid';
import { TREASURY_MSG } from '../../../shared/i18n/treasury';
import type { TreasuryPeriod } from '../../../shared/treasury/period';
import { UserError } from '../user-error';
import type { Book } from '../book/book';
import type { StatementFile } from './read-statement';

export function refuseOtherUnit(book: Book, s: StatementFile): void {
  const mine = book.tables.settings().unitCode.trim();
  if (mine && s.unitCode && s.unitCode !== mine) throw new UserError(TREASURY_MSG.otherUnit(s.file, s.unitCode, mine));
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** The period words above the table, where they say one, against the period she named. */
export function refuseOtherPeriod(s: StatementFile, p: TreasuryPeriod): void {
  const words = fold(s.periodWords);
  const year = /\bnam (20\d\d)\b/.exec(words)?.[1];
  const quarter = /\bquy (iv|iii|ii|i|[1-4])\b/.exec(words)?.[1];
  const month = /\bthang (\d{1,2})\b(?!\s*nam)/.exec(words)?.[1];
  const [, endMonth] = p.end.split('-').map(Number) as [number, number];
  const q = quarter === undefined ? null : ROMAN[quarter] ?? Number(quarter);
  const wrong = (year !== undefined && Number(year) !== p.year)
    || (q !== null && /-Q\d$/.test(p.id) && q * 3 !== endMonth)
    || (month !== undefined && /^\d{4}-\d{2}$/.test(p.id) && Number(month) !== endMonth);
  if (wrong) throw new UserError(TREASURY_MSG.otherPeriod(s.file, TREASURY_MSG.saidPeriod(quarter, month, year), p.label));
}
