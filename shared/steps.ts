// A long computation written once and run two ways: straight through (the command line, a call
// answered at once), or a step at a time by a caller with other work to let through between
// steps (a window's back end building its first sheet while the page's files go out).

/** Yields between steps and returns what it computed. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once. */
export function allSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
