// Calls about the book as a file: what it is, new, open, save a copy, recent.
import { scopeWhenComplete } from '../../../shared/reconcile/completeness';
import path from 'node:path';
import type { BookInfo } from '../../../shared/api';
import { type Catalog, projectsOf } from '../../../shared/catalog';
import { newBookSettings, settingsFrom } from '../../../shared/settings';
import { Book } from '../book/book';
import { BOOK_EXTENSION, checkedBookTarget, checkedPath } from '../book/book-path';
import { DEFAULT_CATALOG, loadCatalog } from '../catalogs';
import { createDemoBook, ensureDemoBook } from '../demo';
import { layoutOf, rememberLayout } from '../layouts';
import { recentBooks, rememberBook } from '../recent';
import type { GroupHandlers, ServiceContext } from './handlers';
import { UserError } from '../user-error';
import { ACTION_LABEL, MSG } from '../../../shared/i18n/vi';
import { lockHolder } from '../book/lock';
import { latestBackup } from '../book/restore';
import { bundledPrograms, newBookChoices } from './new-book-choices';

type BookCalls = GroupHandlers<'book'>;

export function bookCalls(service: ServiceContext): BookCalls {
  const opened = (book: Book): BookInfo => {
    service.replaceBook(book);
    rememberBook(book.path);
    return bookInfo(book);
  };
  return {
    bookInfo: () => bookInfo(service.book),
    bookVersion: () => ({ version: service.othersChanges() }),
    // what she gave goes into the settings as the book is made: one step, no half-made book
    newBook: ({ path: file, unitName, demo, program, details }) => {
      if (demo) return opened(createDemoBook(file, demo === true ? undefined : demo));
      const title = path.basename(checkedBookTarget(file), BOOK_EXTENSION);
      const catalog = bundledCatalog(program ?? DEFAULT_CATALOG);
      const firstYear = details?.firstYear ?? null;
      const { from, to } = catalog.period;
      if (firstYear !== null && (firstYear < from || firstYear > to)) throw new UserError(MSG.yearOutsideProgram(firstYear, from, to));
      return opened(Book.create(file, newBookSettings(title, { unitName, ...details }), [catalog]));
    },
    newBookChoices: () => newBookChoices(service.hasBook ? service.book : null),
    openBook: ({ path: file, readonly }) => opened(withBackupHint(file, () => Book.open(file, { readonly }))),
    openDemo: ({ name }) => opened(openForWindow(ensureDemoBook(name))),
    saveCopy: async ({ path: file, replace }) => {
      const target = await service.book.saveCopy(file, { replace });
      rememberBook(target); // so she finds the copy under Gần đây
      return { path: target };
    },
    recentBooks: () => ({ paths: recentBooks() }),
    rememberLayout: ({ path: shown, text }) => {
      if (path.resolve(shown) !== path.resolve(service.book.path)) return { remembered: false };
      rememberLayout(service.book.path, text);
      return { remembered: true };
    },
    setOriginComplete: ({ origin, complete }) => {
      const book = service.book;
      const found = book.tables.origins().find((o) => o.id === origin);
      if (!found) throw new UserError(MSG.unknownOrigin(origin));
      if (found.kind === 'books' && !complete) throw new UserError(MSG.booksAlwaysCompleteUi);
      book.edit({ name: 'setOriginComplete', label: ACTION_LABEL.setOriginComplete(found.label, complete) }, (e) => e.putOrigin({
        ...found, complete, scope: scopeWhenComplete({ ...found, complete }, () => book.tables.catalogs().flatMap(({ program }) => book.claims.select({ program, origin }))),
      }));
      return bookInfo(book);
    },
    updateSettings: ({ settings, from }) => {
      const book = service.book;
      const next = from === undefined ? settings : settingsFrom(book.tables.settings(), settings, from);
      book.edit({ name: 'updateSettings', label: ACTION_LABEL.updateSettings }, (e) => e.settings(next));
      return bookInfo(book);
    },
    // browser mode and the CLI have no native dialog; Electron's main process answers this one
    pickPath: () => ({ path: null, supported: false }),
  };
}

/** A bundled catalogue by its id or its programme's code (mtqg-2026-2035 or MTQG). */
export function bundledCatalog(id: string): Catalog {
  const known = bundledPrograms();
  const found = known.find((p) => p.id === id || p.program === id);
  if (!found) throw new UserError(MSG.noSuchCatalog(id, known.map((p) => p.program)));
  return loadCatalog(found.id);
}

/** A book too damaged to open: the message says whether a backup can take its place. */
export function withBackupHint(file: string, open: () => Book): Book {
  try {
    return open();
  } catch (e) {
    if (!(e instanceof UserError && e.code === 'bookDamaged')) throw e;
    const latest = latestBackup(checkedPath(file));
    const hint = latest ? MSG.latestBackupHint(latest.at.toLocaleString('vi-VN')) : MSG.noBackupHint;
    throw new UserError(e.message + hint, latest ? 'bookDamaged' : undefined);
  }
}

/** The book a window starts with: to write, or, when another window or process is writing it,
 * to look at (the window says who has it). */
export function openForWindow(file: string): Book {
  try {
    return Book.open(file);
  } catch (e) {
    if (e instanceof UserError && e.code === 'bookLocked') return Book.open(file, { readonly: true });
    throw e;
  }
}

export function bookInfo(book: Book): BookInfo {
  return {
    path: path.resolve(book.path),
    fileName: path.basename(book.path),
    settings: book.tables.settings(),
    origins: book.tables.origins(),
    readonly: book.readonly,
    lockedBy: book.readonly ? lockHolder(book.path) : null,
    layout: layoutOf(book.path),
    programs: book.tables.catalogs().map((c) => ({
      code: c.program,
      name: c.name,
      projects: projectsOf(c).map((n) => ({ code: n.code, name: n.name })),
      period: c.period,
      years: yearsOf(book, c.program, carryYear(book, c.period)),
      yearsWithFigures: book.claims.years(c.program),
    })),
  };
}

/** A programme's period and, when a later programme of the book runs in the year after it, that
 * year too: the money carried into it (kéo dài, chuyển nguồn) is spent under its old lines. */
function carryYear(book: Book, period: { from: number; to: number }): { from: number; to: number } {
  const next = period.to + 1;
  const later = book.tables.catalogs().some((c) => c.period.from <= next && next <= c.period.to);
  return later ? { from: period.from, to: next } : period;
}

/** The programme's years, plus any year the book has figures for outside that period. */
function yearsOf(book: Book, program: string, period: { from: number; to: number }): number[] {
  const years = new Set(book.claims.years(program));
  for (let y = period.from; y <= period.to; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}
