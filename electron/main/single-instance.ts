// One Sổ Vốn at a time: a second launch (she double-clicks another .sovon while the app is
// open) hands its book to the first and quits; the first comes to the front and opens that book
// the way Tệp > Mở does. Two processes on one book is what the book lock exists to refuse.
import path from 'node:path';
import type { App, BrowserWindow, Dialog } from 'electron';
import type { Service } from '../backend/service/service';
import { bookPathFromArgv } from './argv';
import { SHELL } from '../../shared/i18n/shell';
import { APP_NAME } from '../../shared/i18n/vi';

interface LaunchData {
  book: string | null;
}

/** The book this launch was given, absolute (the first process may run in another folder). */
export function launchBook(argv: readonly string[], cwd: string): string | null {
  const book = bookPathFromArgv(argv);
  return book === null ? null : path.resolve(cwd, book);
}

/** False when another Sổ Vốn holds the lock: it has been told, and this process should quit. */
export function claimSingleInstance(app: App, book: string | null): boolean {
  // Chromium may reorder or add switches on the second-instance argv (Windows): send the book as data too
  const data: LaunchData = { book };
  return app.requestSingleInstanceLock(data as unknown as Record<string, unknown>);
}

export interface FirstInstance {
  window(): BrowserWindow | null;
  service: Service;
  dialog: Dialog;
}

export function onSecondInstance(app: App, first: FirstInstance): void {
  app.on('second-instance', (_event, argv, cwd, data) => {
    const win = first.window();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    const given = (data as Partial<LaunchData> | undefined)?.book;
    const book = typeof given === 'string' ? given : launchBook(argv, cwd);
    if (book) void openGiven(first, win, book);
  });
}

/** Through the service's own openBook (its checks, its lock), then a reload so the page shows it. */
export async function openGiven(first: FirstInstance, win: BrowserWindow, book: string): Promise<void> {
  if (path.resolve(book) === path.resolve(first.service.book.path)) return;
  const reply = await first.service.dispatch('openBook', { path: book });
  if (reply.ok) win.webContents.reload();
  else await first.dialog.showMessageBox(win, { type: 'warning', title: APP_NAME, message: SHELL.cannotOpenBook(book), detail: reply.error });
}
