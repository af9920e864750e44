// One change of the book from a pane of Danh mục chương trình: one at a time; the list read again
// before it is said (so the note names what she sees), then the window reloaded; or the refusal
// said where she is.
import { useCallback, useState } from 'react';

export interface ChangeState {
  busy: boolean;
  error: string | null;
  note: string | null;
  setError(message: string | null): void;
  /** clears what was said (a file picked again, a new start) */
  clear(): void;
  /** `work` makes the change and says what to show; `after`, once the list is read again */
  run<T extends { note: string | null }>(work: () => Promise<T>, after?: (done: T) => void): void;
}

export function useBookChange(load: () => Promise<void>, onChanged: () => Promise<void>): ChangeState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const clear = useCallback(() => { setError(null); setNote(null); }, []);
  const run = useCallback(<T extends { note: string | null }>(work: () => Promise<T>, after?: (done: T) => void) => {
    if (busy) return;
    setBusy(true);
    clear();
    void (async () => {
      try {
        const done = await work();
        await load();
        setNote(done.note);
        after?.(done);
        await onChanged();
      } catch (e) {
        setError((e as Error).message);
      } finally {
        setBusy(false);
      }
    })();
  }, [busy, clear, load, onChanged]);
  return { busy, error, note, setError, clear, run };
}
