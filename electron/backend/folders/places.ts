// The places the file picker starts from: her home folder, Documents and Desktop, the folders
// of the open book and of recent books, and on Windows the drives (a USB stick is a new letter).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FolderListing } from '../../../shared/api';
import { PLACE_LABEL, VIETNAMESE_FOLDER_NAME } from '../../../shared/i18n/folders';
import { recentBooks } from '../recent';

type Place = FolderListing['places'][number];

// OneDrive moves Documents and Desktop on many Windows PCs; a Vietnamese Linux names them in Vietnamese
const DOCUMENTS = ['Documents', path.join('OneDrive', 'Documents'), VIETNAMESE_FOLDER_NAME.documents];
const DESKTOP = ['Desktop', path.join('OneDrive', 'Desktop'), VIETNAMESE_FOLDER_NAME.desktop];

export function placesOf(openBook: string | null): Place[] {
  const home = os.homedir();
  const places: Place[] = [];
  const add = (kind: Place['kind'], name: string, folder: string | undefined) => {
    if (folder === undefined || places.some((p) => samePath(p.path, folder)) || !isFolder(folder)) return;
    places.push({ kind, name, path: folder });
  };
  add('home', PLACE_LABEL.home, home);
  add('documents', PLACE_LABEL.documents, DOCUMENTS.map((d) => path.join(home, d)).find(isFolder));
  add('desktop', PLACE_LABEL.desktop, DESKTOP.map((d) => path.join(home, d)).find(isFolder));
  if (openBook) add('book', PLACE_LABEL.book, path.dirname(openBook));
  for (const book of recentBooks()) {
    const folder = path.dirname(book);
    add('recent', path.basename(folder) || folder, folder);
  }
  if (process.platform === 'win32') for (const letter of driveLetters()) add('drive', PLACE_LABEL.drive(letter), `${letter}:\\`);
  return places;
}

export function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** A: and B: are floppy letters that can stall on old PCs; C: to Z: are asked once each. */
function driveLetters(): string[] {
  return [...'CDEFGHIJKLMNOPQRSTUVWXYZ'].filter((l) => fs.existsSync(`${l}:\\`));
}

function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
