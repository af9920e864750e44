// What every `sovon` command does with its book argument: found relative to where she runs it,
// opened for a look or to write, and closed whatever happens.
import { resolveFromCwd } from '../book/book-path';
import { BookError } from '../book/errors';
import { Book } from '../book/store';
import { Service } from '../service/service';

/** How long a write waits for another short writer (a script's other `sovon set`), not for the app. */
const CLI_LOCK_WAIT_MS = 5000;

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new BookError(`thiếu ${what}.`);
  return value;
}

/** The book argument, relative to where she runs the command. */
export function bookArg(file: string | undefined): string {
  return resolveFromCwd(need(file, 'BOOK'));
}

/** `read`: the book may be open to write elsewhere (the app): a look does not need its lock. */
export async function withBook(file: string | undefined, fn: (service: Service) => Promise<number>, mode: 'read' | 'write' = 'write'): Promise<number> {
  const service = new Service(Book.open(bookArg(file), { readonly: mode === 'read', waitForLock: CLI_LOCK_WAIT_MS }));
  try {
    return await fn(service);
  } finally {
    service.close();
  }
}
