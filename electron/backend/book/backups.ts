// Backups of a book, kept in the app's data folder (one folder per book): on opening it (at most
// once a day), before an import, a restore or a migration, and when she asks. Each is a
// consistent snapshot written by SQLite itself (VACUUM INTO: one statement, a read transaction,
// so the book stays usable and the copy is never half a transaction), never a copy of the file.
import crypto from 'node:crypto';
import fs from 'node:fs';
import nodePath from 'node:path';
import { MSG } from '../../../shared/i18n/vi';
import { appDataDir } from '../paths';
import { type CheckCode, parseCheckCode } from '../../../shared/check-code';
import { UserError, failureCause } from '../user-error';

/** What a backup needs of a book (book.ts's Book; named here so the book can back itself up
 * before a migration without the two modules importing each other). */
export interface BackedUpBook {
  readonly path: string;
  readonly readonly: boolean;
  lastAction(): number;
  checkCode(): CheckCode;
  snapshotTo(file: string): void;
}

export const BACKUP_REASONS = ['open', 'import', 'restore', 'migration', 'manual'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface Backup {
  file: string;
  name: string;
  at: Date;
  reason: BackupReason;
  /** the book's last action when the backup was taken: what came after is in its audit log */
  lastAction: number;
  /** the "Mã kiểm tra" of the book's history when it was taken, kept in its name outside the
   * book: `sovon verify --code` tells whether the book's history still passes through it */
  checkCode: CheckCode | null;
  size: number;
}

/** Keep the 30 latest, and beyond them the latest of each month. */
const KEEP_LATEST = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** backups/<book name>-<hash of its path>: two books of one name in two folders stay apart. */
export function backupFolder(bookPath: string): string {
  const full = nodePath.resolve(bookPath);
  const hash = crypto.createHash('sha256').update(process.platform === 'win32' ? full.toLowerCase() : full).digest('hex').slice(0, 10);
  const base = nodePath.basename(full).replace(/\.sovon$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 60);
  return nodePath.join(appDataDir(), 'backups', `${base}-${hash}`);
}

/** Newest first. */
export function listBackups(bookPath: string): Backup[] {
  const folder = backupFolder(bookPath);
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const parsed = parseName(name);
    if (!parsed) return [];
    const file = nodePath.join(folder, name);
    return [{ ...parsed, file, name, size: fs.statSync(file).size }];
  }).sort((a, b) => b.at.getTime() - a.at.getTime() || b.lastAction - a.lastAction);
}

export function backupBook(book: BackedUpBook, reason: BackupReason, now = new Date()): Backup {
  const folder = backupFolder(book.path);
  fs.mkdirSync(folder, { recursive: true });
  const lastAction = book.lastAction();
  const checkCode = book.checkCode();
  const name = `${now.toISOString().replace(/:/g, '-')}-${reason}-a${lastAction}-k${checkCode}.sovon`;
  const file = nodePath.join(folder, name);
  const temp = `${file}.tmp`;
  try {
    removeLeftovers(folder);
    book.snapshotTo(temp);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw new UserError(MSG.backupFailed(folder, failureCause(e)));
  }
  prune(book.path);
  return { file, name, at: now, reason, lastAction, checkCode, size: fs.statSync(file).size };
}

/** A backup killed half-way (the app closed, the machine off) leaves its temporary copy: the
 * next backup of the book clears them, or they would stay in the folder forever. */
function removeLeftovers(folder: string): void {
  for (const name of fs.readdirSync(folder)) if (name.endsWith('.sovon.tmp')) fs.rmSync(nodePath.join(folder, name), { force: true });
}

/** Before an import or a restore: a book with nothing done in it yet has nothing to lose. */
export function backupBefore(book: BackedUpBook, reason: BackupReason): Backup | null {
  return book.lastAction() === 0 ? null : backupBook(book, reason);
}

/** On opening: a backup when the latest is a day old, and only of a book with work in it. */
export function backupIfDue(book: BackedUpBook, now = new Date()): Backup | null {
  if (book.readonly || book.lastAction() === 0) return null;
  const latest = listBackups(book.path)[0];
  if (latest && now.getTime() - latest.at.getTime() < DAY_MS) return null;
  try {
    return backupBook(book, 'open', now);
  } catch {
    return null; // a full disk or a read-only profile must not keep her from her book
  }
}

/** The backups rotation keeps: the latest ones, and one per month before them. */
export function backupsToKeep(backups: readonly Pick<Backup, 'name' | 'at'>[]): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((b) => b.name));
  const months = new Set<string>();
  for (const b of newestFirst) {
    const month = b.at.toISOString().slice(0, 7);
    if (months.has(month)) continue;
    months.add(month);
    keep.add(b.name);
  }
  return keep;
}

function prune(bookPath: string): void {
  const backups = listBackups(bookPath);
  const keep = backupsToKeep(backups);
  for (const b of backups) if (!keep.has(b.name)) fs.rmSync(b.file, { force: true });
}

// a backup taken before its name kept the check code has none
const NAME = /^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2}(?:\.\d{3})?Z)-([a-z]+)-a(\d+)(?:-k([0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}))?\.sovon$/;

function parseName(name: string): Pick<Backup, 'at' | 'reason' | 'lastAction' | 'checkCode'> | null {
  const m = NAME.exec(name);
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[4]!)) return null;
  const at = new Date(`${m[1]}:${m[2]}:${m[3]}`);
  if (Number.isNaN(at.getTime())) return null;
  return { at, reason: m[4] as BackupReason, lastAction: Number(m[5]), checkCode: m[6] ? parseCheckCode(m[6]) : null };
}
