// Where her remembered place (layout-memory.ts) is kept: by the back end, in the app's data
// folder, because browser mode starts on a new port each time and the browser's storage is
// per port (the next day's window would find it empty); and in the browser's storage too, so a
// reload finds the latest change even if its write to the back end was still on its way. Of
// the two copies the newer is read.
import { api } from './api/client';
import { KEY_PREFIX, browserStorage, savedAt } from './layout-memory';

/** The back end's copy per book, as the book's info brought it, then as written since. */
const kept = new Map<string, string>();

/** The book's info carries the back end's copy: read it before her place is first asked for. */
export function adoptKeptLayout(bookPath: string, text: string | null): void {
  if (text === null) kept.delete(KEY_PREFIX + bookPath);
  else kept.set(KEY_PREFIX + bookPath, text);
}

let pending: { path: string; text: string } | null = null;
let sending = false;

/** One write at a time, and only the latest waiting: dragging a width sends two calls, not twenty. */
async function send(path: string, text: string): Promise<void> {
  pending = { path, text };
  if (sending) return;
  sending = true;
  try {
    while (pending) {
      const next = pending;
      pending = null;
      // not kept (the server gone, a read-only profile): the browser's copy still has it
      await api.call('rememberLayout', next).catch(() => undefined);
    }
  } finally {
    sending = false;
  }
}

export function layoutStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const browser = browserStorage();
  return {
    getItem: (key) => {
      const here = browser.getItem(key);
      const there = kept.get(key) ?? null;
      if (here === null || there === null) return here ?? there;
      return savedAt(there) > savedAt(here) ? there : here;
    },
    setItem: (key, text) => {
      kept.set(key, text);
      if (key.startsWith(KEY_PREFIX)) void send(key.slice(KEY_PREFIX.length), text);
      browser.setItem(key, text);
    },
  };
}
