// A typed change read from and written to the book: the one place that knows, for each kind of
// change, how to find its target's current state and how to set it.
import type { BookChange } from '../../../shared/book-change';
import type { Book } from './store';

type StateOf<C extends BookChange> = C['after'];

/** The target's state now, in the shape the change records it. */
export function currentState<C extends BookChange>(book: Book, change: C): StateOf<C> {
  const c = change as BookChange;
  switch (c.kind) {
    case 'claim': return book.claimState(c.key, c.asOf) as StateOf<C>;
    case 'line': return book.lineState(c.program, c.code) as StateOf<C>;
    case 'origin': return book.originState(c.id) as StateOf<C>;
    case 'explanation': return book.explanation(c.flagId) as StateOf<C>;
    case 'settings': return book.settings() as StateOf<C>;
    case 'importProfile': return book.importProfile(c.name) as StateOf<C>;
  }
}

/** Sets the target to the change's `after`. */
export function writeState(book: Book, change: BookChange): void {
  switch (change.kind) {
    case 'claim': return book.setClaimState(change.key, change.asOf, change.after);
    case 'line': return book.setLineState(change.program, change.code, change.after);
    case 'origin': return book.setOriginState(change.id, change.after);
    case 'explanation': return book.setExplanation(change.flagId, change.after);
    case 'settings': return book.writeSettings(change.after ?? book.settings());
    case 'importProfile': return book.saveImportProfile(change.name, change.after ?? {});
  }
}

/** Compares states as the audit stores them (JSON): key order aside, equal is equal. */
export function sameState(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) => {
    if (typeof v === 'bigint') return v.toString();
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
    }
    return v;
  });
}
