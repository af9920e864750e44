// The error she reads (import, export, the book, a call refused): a message in Vietnamese that
// says what is wrong and where. Anything else that escapes is a bug, reported as one.
import type { UserErrorCode, UserErrorDetail } from '../../shared/api';
import { MSG } from '../../shared/i18n/vi';

/** An error the user should read: its message is Vietnamese and says what and where. */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(message: string, readonly code?: UserErrorCode, readonly detail?: UserErrorDetail) {
    super(message);
  }
}

/** Why the system refused a write or a copy, in her words: SQLite and Node say it in English
 * ("database or disk is full", "ENOSPC: no space left on device"), which reached her. */
export function failureCause(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  const C = MSG.cause;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return C.diskFull;
  if (code === 'EACCES' || code === 'EPERM' || code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) return C.denied;
  if (code === 'EROFS') return C.readonlyDisk;
  if (code === 'ENOENT' || code === 'ENOTDIR') return C.missing;
  if (code === 'EBUSY' || code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return C.busy;
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR')) return C.io;
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return C.damaged;
  return C.other(code);
}

/** SQLite's own failures (a lock held by another process, a read-only folder, a full disk, a
 * damaged page) said in Vietnamese; anything else is left as it is, a bug to be reported. */
export function asUserError(e: unknown, bookPath?: string): unknown {
  if (e instanceof UserError) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e;
  const where = bookPath ?? '';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return new UserError(MSG.bookBusy);
  if (code.startsWith('SQLITE_READONLY')) return new UserError(MSG.bookReadonly(where));
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return new UserError(MSG.damaged(where, MSG.damagedPages), 'bookDamaged');
  if (code === 'SQLITE_FULL') return new UserError(MSG.diskFull);
  if (code.startsWith('SQLITE_IOERR')) return new UserError(MSG.diskError(where));
  if (code.startsWith('SQLITE_CANTOPEN')) return new UserError(MSG.cannotOpen(where));
  if (code.startsWith('SQLITE_TOOBIG')) return new UserError(MSG.tooBig);
  return e;
}
