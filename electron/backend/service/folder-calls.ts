// Browser mode's file picker (renderer/src/dialogs/FilePicker.tsx) lists folders here, so she
// never types a path. Electron shows its native dialog instead (electron/main/ipc.ts).
import os from 'node:os';
import path from 'node:path';
import { checkedPath } from '../book/book-path';
import { readFolder } from '../folders/listing';
import { isFolder, placesOf } from '../folders/places';
import type { GroupHandlers, ServiceContext } from './handlers';

export function folderCalls(service: ServiceContext): GroupHandlers<'folders'> {
  return {
    listFolder: ({ path: raw }) => {
      const openBook = service.hasBook ? path.resolve(service.book.path) : null;
      // every path, even one the picker itself sent, goes through the same guard as a book's
      const folder = checkedPath(raw ?? startFolder(openBook));
      return { ...readFolder(folder), places: placesOf(openBook) };
    },
  };
}

/** Her books are most likely beside the one she has open; else her home folder. */
function startFolder(openBook: string | null): string {
  const beside = openBook ? path.dirname(openBook) : null;
  return beside && isFolder(beside) ? beside : os.homedir();
}
