import type { UserErrorCode } from '../../../shared/api';
import { MSG } from '../../../shared/i18n/vi';

/** An error the user should read: its message is Vietnamese and says what and where. */
export class BookError extends Error {
  override readonly name = 'BookError';
  constructor(message: string, readonly code?: UserErrorCode) {
    super(message);
  }
}

/** SQLite's own failures (a lock held by another process, a read-only folder, a full disk, a
 * damaged page) said in Vietnamese; anything else is left as it is, a bug to be reported. */
export function asUserError(e: unknown, bookPath?: string): unknown {
  if (e instanceof BookError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e;
  const where = bookPath ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new BookError(MSG.bookBusy);
  if (code.startsWith('SQLITE_READONLY')) return new BookError(MSG.bookReadonly(where));
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new BookError(MSG.damaged(where, MSG.damagedPages), 'bookDamaged');
  if (code === 'SQLITE_FULL') return new BookError(MSG.diskFull);
  if (code.startsWith('SQLITE_IOERR')) return new BookError(MSG.diskError(where));
  if (code.startsWith('SQLITE_CANTOPEN')) return new BookError(MSG.cannotOpen(where));
  if (code.startsWith('SQLITE_TOOBIG')) return new BookError(MSG.tooBig);
  return e;
}
