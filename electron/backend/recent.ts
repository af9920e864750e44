// The "Gần đây" list of the Tệp menu, kept in the app's data folder.
import fs from 'node:fs';
import path from 'node:path';
import { appDataDir } from './paths';

const MAX_RECENT = 10;

function recentFile(): string {
  return path.join(appDataDir(), 'recent.json');
}

export function recentBooks(): string[] {
  try {
    const list = JSON.parse(fs.readFileSync(recentFile(), 'utf8')) as unknown;
    return Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberBook(bookPath: string): void {
  const list = [path.resolve(bookPath), ...recentBooks().filter((p) => p !== path.resolve(bookPath))].slice(0, MAX_RECENT);
  try {
    fs.mkdirSync(appDataDir(), { recursive: true });
    fs.writeFileSync(recentFile(), JSON.stringify(list, null, 2));
  } catch {
    // a read-only profile only costs the recent list, never the book
  }
}
