// Her place in each book as her window last left it (year, project, columns, widths, folding,
// the panel), kept in the app's data folder beside the recent list. The browser's own storage
// cannot hold it: browser mode gets a new port, so a new origin and an empty storage, each
// time it starts. The text is the window's (renderer/src/layout-memory.ts reads it, trusting
// nothing); here it is only kept, per book, the least recently used dropped first.
import fs from 'node:fs';
import path from 'node:path';
import { appDataDir } from './paths';

const MAX_BOOKS = 40;

interface Remembered { text: string; at: number }

function layoutsFile(folder: string): string {
  return path.join(folder, 'layouts.json');
}

function readAll(folder: string): Record<string, Remembered> {
  try {
    const o = JSON.parse(fs.readFileSync(layoutsFile(folder), 'utf8')) as unknown;
    if (typeof o !== 'object' || o === null || Array.isArray(o)) return {};
    const out: Record<string, Remembered> = {};
    for (const [book, r] of Object.entries(o)) {
      const { text, at } = (r ?? {}) as Partial<Remembered>;
      if (typeof text === 'string' && typeof at === 'number') out[book] = { text, at };
    }
    return out;
  } catch {
    return {};
  }
}

/** What the window last wrote for this book, or null (never, or the file is damaged). */
export function layoutOf(bookPath: string): string | null {
  return readAll(appDataDir())[path.resolve(bookPath)]?.text ?? null;
}

/** `folder`: the app's data folder (another only for a bench that starts the app on its own). */
export function rememberLayout(bookPath: string, text: string, at = Date.now(), folder = appDataDir()): void {
  const all = { ...readAll(folder), [path.resolve(bookPath)]: { text, at } };
  const kept = Object.fromEntries(Object.entries(all).sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_BOOKS));
  try {
    fs.mkdirSync(folder, { recursive: true });
    // written whole beside, then renamed: a crash mid-write leaves the old memory, not half of it
    const tmp = `${layoutsFile(folder)}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(kept));
    fs.renameSync(tmp, layoutsFile(folder));
  } catch {
    // a read-only profile only costs the memory of her place, never the book
  }
}
