// Every path of a book passes here once, before anything touches the file system. SQLite cuts a
// file name at a NUL byte while Node's checks read the whole string: "notes.txt\0" passed the
// "does it exist?" test and then SQLite overwrote notes.txt. So a path with a NUL or any other
// control character never gets further than this file.
import os from 'node:os';
import path from 'node:path';
import { MSG } from '../../../shared/i18n/vi';
import { UserError } from '../user-error';

export const BOOK_EXTENSION = '.sovon';

declare const checkedBrand: unique symbol;
/** An absolute, normalised path with no control characters: safe to hand to SQLite. */
export type CheckedPath = string & { readonly [checkedBrand]: true };

// C0 and C1 controls, DEL, and the Unicode line/paragraph separators
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** `~` is expanded (she may type it in browser mode); a relative path is refused, because the
 * server's working folder means nothing to her. */
export function checkedPath(raw: string): CheckedPath {
  if (CONTROL.test(raw)) throw new UserError(MSG.pathHasControl);
  const expanded = expandHome(raw.trim());
  if (expanded === '') throw new UserError(MSG.pathEmpty);
  if (!path.isAbsolute(expanded)) throw new UserError(MSG.pathNotAbsolute(raw));
  return path.resolve(expanded) as CheckedPath;
}

/** A file the app will create (a new book, a copy): it gets the `.sovon` extension. */
export function checkedBookTarget(raw: string): CheckedPath {
  const checked = checkedPath(raw);
  if (checked.toLowerCase().endsWith(BOOK_EXTENSION)) return checked;
  return `${checked}${BOOK_EXTENSION}` as CheckedPath;
}

/** The CLI's arguments are relative to where she runs it; the API's never are. */
export function resolveFromCwd(raw: string): string {
  if (CONTROL.test(raw)) throw new UserError(MSG.pathHasControl);
  return raw.startsWith('~') || path.isAbsolute(raw) ? raw : path.resolve(raw);
}

function expandHome(p: string): string {
  if (p === '~') return os.homedir();
  if (p.startsWith('~/') || p.startsWith('~\\')) return path.join(os.homedir(), p.slice(2));
  return p;
}
