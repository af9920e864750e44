// A file the app writes for her (an export, a printed PDF): beside the target first, then renamed
// into place, so a failed write never leaves half a workbook under her file's name. It never
// replaces a folder, a device, or a book (hers or any Sổ Vốn book: `export --out BOOK` turned the
// book into an .xlsx), and never a file already there unless she said so (--force, or a save
// dialog that asked her).
import fs from 'node:fs';
import path from 'node:path';
import { MSG } from '../../../shared/i18n/vi';
import { checkedPath } from '../book/book-path';
import { APPLICATION_ID } from '../book/migrations';
import { UserError, failureCause } from '../user-error';

export interface WriteOptions {
  /** she agreed to replace a file that is there (never a book, a folder or a device) */
  replace?: boolean;
}

export function writeFileSafely(rawTarget: string, bytes: Buffer, options: WriteOptions = {}): void {
  const target = checkOutput(rawTarget, options);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, target);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new UserError(MSG.cannotWrite(target, failureCause(e)));
  }
}

/** The target, refused before any work is done for it where it may not be written (writing
 * checks again: the folder may change meanwhile). */
export function checkOutput(rawTarget: string, options: WriteOptions = {}): string {
  const target = checkedPath(rawTarget); // the one guard every path passes
  checkTarget(target, options);
  return target;
}

/** What may not be written over: a link is judged by what it points to. */
function checkTarget(target: string, options: WriteOptions): void {
  if (isBookName(target)) throw new UserError(MSG.outputIsBook(target));
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) throw new UserError(MSG.replaceNotFile(target));
  if (!stat.isFile()) throw new UserError(MSG.notARegularFile(target));
  if (isBookName(fs.realpathSync(target)) || holdsBook(target)) throw new UserError(MSG.outputIsBook(target));
  if (!options.replace) throw new UserError(MSG.outputExists(target));
}

/** A book, or one of the files SQLite and the lock keep beside it. */
function isBookName(file: string): boolean {
  return /\.sovon(-wal|-shm|-journal|\.lock)?$/i.test(file);
}

/** A Sổ Vốn book under another name: SQLite's header, and our application id in it. */
function holdsBook(file: string): boolean {
  const head = Buffer.alloc(72);
  let fd: number | null = null;
  try {
    fd = fs.openSync(file, 'r');
    if (fs.readSync(fd, head, 0, head.length, 0) < head.length) return false;
  } catch {
    return false;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
  return head.toString('latin1', 0, 16) === 'SQLite format 3\0' && head.readUInt32BE(68) === APPLICATION_ID;
}
