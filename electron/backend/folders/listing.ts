// One folder as browser mode's file picker shows it: its sub-folders and its books, nothing
// deeper (the picker asks again for each folder she opens, so a huge tree costs nothing).
import fs from 'node:fs';
import path from 'node:path';
import type { FolderListing } from '../../../shared/api';
import { FOLDER_MSG } from '../../../shared/i18n/folders';
import { BOOK_EXTENSION, type CheckedPath } from '../book/book-path';
import { UserError } from '../user-error';

/** A folder such as C:\Windows\System32 must not freeze the page: past this many, a note. */
export const MAX_ENTRIES = 2000;

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' });

export function readFolder(dir: CheckedPath): Omit<FolderListing, 'places'> {
  const folders: string[] = [];
  const books: string[] = [];
  for (const entry of readEntries(dir)) {
    if (hidden(entry.name)) continue;
    const kind = kindOf(dir, entry);
    if (kind === 'folder') folders.push(entry.name);
    else if (kind === 'file' && entry.name.toLowerCase().endsWith(BOOK_EXTENSION)) books.push(entry.name);
  }
  folders.sort(collator.compare);
  books.sort(collator.compare);
  // books are what she looks for: when there are too many entries, folders give way first
  const keptBooks = books.slice(0, MAX_ENTRIES);
  const keptFolders = folders.slice(0, MAX_ENTRIES - keptBooks.length);
  const total = folders.length + books.length;
  const parent = path.dirname(dir);
  return {
    path: dir,
    parent: parent === dir ? null : parent,
    crumbs: crumbsOf(dir),
    folders: keptFolders.map((name) => ({ name, path: path.join(dir, name) })),
    files: keptBooks.flatMap((name) => bookEntry(dir, name)),
    separator: path.sep === '\\' ? '\\' : '/',
    note: total > MAX_ENTRIES ? FOLDER_MSG.tooMany(MAX_ENTRIES, total) : null,
  };
}

function readEntries(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(FOLDER_MSG.notFound(dir));
    if (code === 'ENOTDIR') throw new UserError(FOLDER_MSG.notAFolder(dir));
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(FOLDER_MSG.noAccess(dir));
    throw new UserError(FOLDER_MSG.unreadable(dir));
  }
}

/** Dot files (and Windows' own `$RECYCLE.BIN`, `System Volume Information`) are not hers. */
function hidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('$') || name === 'System Volume Information';
}

/** A link is followed one step, to say whether it is a folder or a file; a broken one is left out. */
function kindOf(dir: string, entry: fs.Dirent): 'folder' | 'file' | null {
  if (entry.isDirectory()) return 'folder';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return null;
  try {
    const target = fs.statSync(path.join(dir, entry.name));
    return target.isDirectory() ? 'folder' : target.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/** A book that vanished between the listing and its stat is simply not shown. */
function bookEntry(dir: string, name: string): FolderListing['files'] {
  try {
    const stat = fs.statSync(path.join(dir, name));
    return [{ name, path: path.join(dir, name), size: stat.size, modified: stat.mtime.toISOString() }];
  } catch {
    return [];
  }
}

/** /home/lan/So → /, home, lan, So; C:\Sổ → C:, Sổ. */
function crumbsOf(dir: string): FolderListing['crumbs'] {
  const crumbs: FolderListing['crumbs'] = [];
  for (let p = dir; ; p = path.dirname(p)) {
    const parent = path.dirname(p);
    const isRoot = parent === p;
    crumbs.unshift({ name: isRoot ? rootName(p) : path.basename(p), path: p });
    if (isRoot) return crumbs;
  }
}

function rootName(root: string): string {
  return root === path.sep ? root : root.replace(/[\\/]+$/, '');
}
