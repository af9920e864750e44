// One writer per book: the process that opens a book to write holds `BOOK.sovon.lock` beside it,
// saying who and since when, until it closes the book. Another window, process or CLI write is
// told who has it and may look read-only. A lock left by a process that died on this computer is
// taken over; one from another computer (a shared folder) is not: we cannot know it is dead.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { APP_NAME, MSG } from '../../../shared/i18n/vi';
import { UserError } from '../user-error';
import nodePath from 'node:path';

export interface LockOwner {
  pid: number;
  host: string;
  user: string;
  /** "Sổ Vốn", "sovon import"... */
  app: string;
  /** ISO */
  since: string;
  /** tells our lock from one written after it, when we release */
  token: string;
}

let appName: string = APP_NAME;

/** The CLI names itself by its command, so the message says "sovon import" rather than the app. */
export function setLockApp(name: string): void {
  appName = name;
}

/** An empty or unreadable lock this old was left by a crash between creating and writing it. */
const HALF_WRITTEN_MS = 10_000;

export class BookLock {
  private constructor(readonly path: string, readonly owner: LockOwner) {}

  /** Takes the lock of a book, waiting up to `waitMs` for a writer that holds it a moment (a
   * `sovon set` in a script), or throws a UserError ('bookLocked') naming who holds it. */
  static acquire(bookPath: string, waitMs = 0): BookLock {
    const deadline = Date.now() + waitMs;
    for (;;) {
      try {
        return BookLock.tryAcquire(bookPath);
      } catch (e) {
        if (!(e instanceof UserError) || Date.now() >= deadline) throw e;
        sleep(Math.min(50, Math.max(1, deadline - Date.now())));
      }
    }
  }

  private static tryAcquire(bookPath: string): BookLock {
    const path = lockFileOf(bookPath);
    const owner: LockOwner = {
      pid: process.pid, host: os.hostname(), user: safeUser(), app: appName, since: new Date().toISOString(), token: crypto.randomUUID(),
    };
    for (let attempt = 0; attempt < 3; attempt++) {
      if (tryCreate(path, owner)) return new BookLock(path, owner);
      const held = readLock(path);
      if (held === 'gone') continue; // released between our two looks
      if (held !== 'unreadable' && !isStale(held)) throw new UserError(MSG.bookLocked(bookPath, describe(held)), 'bookLocked');
      if (held === 'unreadable' && !oldEnough(path)) throw new UserError(MSG.bookLocked(bookPath, MSG.lockOwnerUnknown), 'bookLocked');
      takeAway(path, held);
    }
    throw new UserError(MSG.bookLocked(bookPath, MSG.lockOwnerUnknown), 'bookLocked');
  }

  /** Removes the lock if it is still ours (a lock taken over after we were thought dead is not). */
  release(): void {
    const held = readLock(this.path);
    if (typeof held === 'object' && held.token === this.owner.token) fs.rmSync(this.path, { force: true });
  }
}

/** Who holds a book's lock, for a read-only window's status bar; null when nobody does. */
export function lockHolder(bookPath: string): string | null {
  const held = readLock(lockFileOf(bookPath));
  return typeof held === 'object' && !isStale(held) ? describe(held) : null;
}

/** One book, one lock, however it is named: beside the real file, links followed (and on Windows
 * its case and short names as the file system has them). A book reached through a link was
 * locked under the link's name, so `sovon set link.sovon` wrote while `sovon serve` held it. */
export function lockFileOf(bookPath: string): string {
  return `${realFile(bookPath)}.lock`;
}

function realFile(file: string): string {
  try {
    return fs.realpathSync.native(file);
  } catch {
    // a book being created: its folder is real, its name is the one given
    try {
      return nodePath.join(fs.realpathSync.native(nodePath.dirname(file)), nodePath.basename(file));
    } catch {
      return file;
    }
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = fs.openSync(path, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    // a folder she may read but not write: the book opens read-only anyway (Book.open)
    throw e;
  }
  try {
    fs.writeSync(fd, JSON.stringify(owner));
  } finally {
    fs.closeSync(fd);
  }
  return true;
}

function readLock(path: string): LockOwner | 'gone' | 'unreadable' {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    return typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.token === 'string' ? owner : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Dead on this computer: the process is gone. */
function isStale(owner: LockOwner): boolean {
  if (owner.host !== os.hostname()) return false;
  if (owner.pid === process.pid) return false; // another open of this very process still holds it
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function oldEnough(path: string): boolean {
  try {
    return Date.now() - fs.statSync(path).mtimeMs > HALF_WRITTEN_MS;
  } catch {
    return true;
  }
}

/** Moves a dead lock aside, making sure it is the one we judged dead (another process that
 * recovered it first may have put its own live lock there meanwhile). */
function takeAway(path: string, judged: LockOwner | 'unreadable'): void {
  const aside = `${path}.${process.pid}.${Date.now()}.stale`;
  try {
    fs.renameSync(path, aside);
  } catch {
    return; // gone already: the next attempt creates it
  }
  const moved = readLock(aside);
  const same = judged === 'unreadable' ? moved === 'unreadable' : typeof moved === 'object' && moved.token === judged.token;
  if (same) fs.rmSync(aside, { force: true });
  else fs.renameSync(aside, path); // a live lock: put it back, and the next attempt sees it held
}

function describe(owner: LockOwner): string {
  const since = new Date(owner.since);
  return MSG.lockOwner(owner.app, owner.user, owner.host === os.hostname() ? null : owner.host, owner.pid, Number.isNaN(since.getTime()) ? null : since);
}

function safeUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return MSG.lockUserUnknown;
  }
}
