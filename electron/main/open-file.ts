// A .sovon double-clicked on macOS arrives as the 'open-file' event, not on the command line:
// before 'ready' for the file the app was launched with, after it for one opened later (the
// running app's own hand-over; Windows and Linux do that through a second instance instead,
// single-instance.ts). Listened to from the first line, so the launch's file is not missed.
import type { App } from 'electron';

export interface OpenFiles {
  /** The book macOS handed over before the window existed, if any. */
  early(): string | null;
  /** From now on each handed-over book goes to `open`. */
  whenReady(open: (book: string) => void): void;
}

export function listenOpenFile(app: App): OpenFiles {
  let early: string | null = null;
  let open: ((book: string) => void) | null = null;
  app.on('open-file', (event, file) => {
    if (!file.toLowerCase().endsWith('.sovon')) return; // not ours: macOS shows its own refusal
    event.preventDefault();
    if (open) open(file);
    else early = file; // of several before ready, the last one she asked for
  });
  return {
    early: () => early,
    whenReady(fn) { open = fn; },
  };
}
