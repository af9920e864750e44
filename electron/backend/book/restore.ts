// Putting a backup in the book's place, after a confirmation in the UI or on the command line:
// the book as it is now is backed up first, so a restore can itself be undone by restoring.
import fs from 'node:fs';
import nodePath from 'node:path';
import { MSG } from '../../../shared/i18n/vi';
import { type Backup, backupBook, listBackups } from './backups';
import { UserError, failureCause } from '../user-error';
import { Book } from './book';
import { BookLock } from './lock';

/** A backup named as the list names it, or a backup file given by its path. */
export function findBackup(bookPath: string, nameOrPath: string): string {
  const listed = listBackups(bookPath).find((b) => b.name === nameOrPath);
  if (listed) return listed.file;
  if (fs.existsSync(nameOrPath) && fs.statSync(nameOrPath).isFile()) return nodePath.resolve(nameOrPath);
  throw new UserError(MSG.noSuchBackup(nameOrPath));
}

/** A file from outside the book's backup folder is put back only if it is a copy of this book:
 * its history starts where the book's does. `restore BOOK other.sovon` replaced her book with
 * another unit's; now it says whose book the file is. */
export function checkSameBook(book: Book, file: string): void {
  if (listBackups(book.path).some((b) => nodePath.resolve(b.file) === nodePath.resolve(file))) return;
  const other = Book.open(file, { readonly: true });
  try {
    const mine = book.log.origin();
    if (mine !== null && other.log.origin() === mine) return;
    const s = other.tables.settings();
    throw new UserError(MSG.otherBooksBackup(file, s.title || s.unitName || nodePath.basename(file)));
  } finally {
    other.close();
  }
}

/** Replaces the open book with the backup and returns it opened; on any failure the book is
 * left as it was and opened again. */
export function restoreBackup(book: Book, backupFile: string): { book: Book; saved: Backup } {
  checkBackup(backupFile);
  const saved = backupBook(book, 'restore');
  const path = book.path;
  book.close();
  // closing the last connection folds the WAL into the file and deletes it: if it is still
  // there, another window or process has the book open, and replacing the file would lose its work
  if (fs.existsSync(`${path}-wal`)) {
    throw Object.assign(new UserError(MSG.bookInUse(path)), { reopened: Book.open(path) });
  }
  const temp = nodePath.join(nodePath.dirname(path), `.${nodePath.basename(path)}.${process.pid}.restore.tmp`);
  try {
    fs.copyFileSync(backupFile, temp);
    fs.renameSync(temp, path);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw Object.assign(new UserError(MSG.restoreFailed(path, failureCause(e))), { reopened: Book.open(path) });
  }
  fs.rmSync(`${path}-shm`, { force: true });
  return { book: Book.open(path), saved };
}

/** Only a sound book replaces hers. */
function checkBackup(file: string): void {
  const backup = Book.open(file, { readonly: true });
  try {
    const problems = backup.integrityProblems();
    if (problems.length) throw new UserError(MSG.damaged(file, problems.slice(0, 3).join('; ')));
  } finally {
    backup.close();
  }
}

/** A book too damaged to open: it is never written to. It is moved aside (kept, with its -wal
 * and -shm, as BOOK.hong-<moment>) and the backup takes its place; the book opens. */
export function restoreDamaged(bookPath: string, backupFile: string): { book: Book; kept: string } {
  checkBackup(backupFile);
  const lock = BookLock.acquire(bookPath); // nobody else may have it open while it is replaced
  const kept = `${bookPath}.hong-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  try {
    for (const suffix of ['', '-wal', '-shm']) {
      if (fs.existsSync(bookPath + suffix)) fs.renameSync(bookPath + suffix, kept + suffix);
    }
    const temp = `${bookPath}.${process.pid}.restore.tmp`;
    fs.copyFileSync(backupFile, temp);
    fs.renameSync(temp, bookPath);
  } catch (e) {
    throw new UserError(MSG.restoreFailed(bookPath, failureCause(e)));
  } finally {
    lock.release();
  }
  return { book: Book.open(bookPath), kept };
}

/** Only a book that cannot be opened is moved aside: a sound one is restored the usual way. */
export function isDamagedBook(path: string): boolean {
  try {
    Book.open(path, { readonly: true, check: true }).close();
    return false;
  } catch (e) {
    return e instanceof UserError && e.code === 'bookDamaged';
  }
}

/** The newest backup of a book, if it has one. */
export function latestBackup(bookPath: string): Backup | null {
  return listBackups(bookPath)[0] ?? null;
}
