// Electron glue only: one window on the book given on the command line (or the demo book), its
// page served from app:// (app-protocol.ts), the IPC channel, app-wide guards (guard.ts), and
// one instance at a time (single-instance.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { openForWindow } from '../backend/service/book-calls';
import { ensureDemoBook } from '../backend/demo';
import { Service } from '../backend/service/service';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { guardSession, installGuard } from './guard';
import { registerIpc } from './ipc';
import { APP_ORIGIN, rendererEntry } from './origin';
import { printWindow } from './print';
import { claimSingleInstance, launchBook, onSecondInstance } from './single-instance';
import { createMainWindow } from './window';
import { SHELL } from '../../shared/i18n/shell';
import { APP_NAME } from '../../shared/i18n/vi';

const here = path.dirname(fileURLToPath(import.meta.url));
let win: BrowserWindow | null = null;

// before 'ready', and once only: a second call would replace this list
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
const book = launchBook(process.argv, process.cwd());
const entry = rendererEntry(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
if (process.env.ELECTRON_RENDERER_URL && entry.origin === APP_ORIGIN) {
  console.warn(SHELL.rendererUrlIgnored);
}

if (!claimSingleInstance(app, book)) {
  // the Sổ Vốn already open has been handed our book (single-instance.ts)
  app.quit();
} else {
  installGuard(app, entry.origin);
  app.whenReady().then(start, fail);
  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  guardSession(session.defaultSession, entry.origin);
  const service = new Service(openForWindow(book ?? ensureDemoBook()));
  // the sheet the page will ask for first is built while the window starts and loads the page
  void service.firstSheet.prepare(service.book);
  registerAppProtocol(protocol, path.join(here, '../renderer'));
  registerIpc(ipcMain, dialog, service, () => win, entry.origin, { dialog, hiddenWindow: printWindow });
  onSecondInstance(app, { window: () => win, service, dialog });
  win = createMainWindow(path.join(here, '../preload/index.cjs'), !app.isPackaged);
  win.once('ready-to-show', () => win?.show());
  app.on('before-quit', () => service.close());
  await win.loadURL(entry.url);
}

function fail(e: unknown): void {
  dialog.showErrorBox(APP_NAME, String(e));
  app.quit();
}
