// What every `sovon` command does with its book argument: found relative to where she runs it,
// opened for a look or to write, and closed whatever happens; and the arguments most commands
// share (the programme, the year).
import { resolveFromCwd } from '../book/book-path';
import { UserError } from '../user-error';
import { Book } from '../book/book';
import { Service } from '../service/service';
import { CLI } from '../../../shared/i18n/cli';
import { TPL } from '../../../shared/i18n/template';

/** How long a write waits for another short writer (a script's other `sovon set`), not for the app. */
const CLI_LOCK_WAIT_MS = 5000;

export function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new UserError(CLI.missing(what));
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

/** The book's first programme, where she names none (today a book has one). */
export function defaultProgram(service: Service): string {
  const first = service.book.tables.catalogs()[0];
  if (!first) throw new UserError(CLI.noProgram);
  return first.program;
}

export function yearArg(text: string | undefined): number {
  const y = Number(need(text, '--year'));
  if (!Number.isInteger(y)) throw new UserError(CLI.badYear(text));
  return y;
}

/** "2022-2024": the years of a period, the first not after the last. */
export function yearsArg(text: string): { from: number; to: number } {
  const m = text.match(/^(\d{4})\s*-\s*(\d{4})$/);
  if (!m || +m[1]! > +m[2]!) throw new UserError(TPL.badYears(text));
  return { from: +m[1]!, to: +m[2]! };
}
