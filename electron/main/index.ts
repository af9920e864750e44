// Electron glue only: one window on the book given on the command line or by macOS (open-file.ts),
// or the demo book; its page served from app:// (app-protocol.ts), the IPC channel, app-wide
// guards (guard.ts), one instance at a time (single-instance.ts), the menu bar (menu.ts), and
// the window's place remembered (window-state.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { openForWindow } from '../backend/service/book-calls';
import { ensureDemoBook } from '../backend/demo';
import { recentBooks } from '../backend/recent';
import { Service } from '../backend/service/service';
import { APP_SCHEME_PRIVILEGES, registerAppProtocol } from './app-protocol';
import { guardSession, installGuard } from './guard';
import { registerIpc } from './ipc';
import { APP_ORIGIN, rendererEntry } from './origin';
import { printWindow } from './print';
import { claimSingleInstance, type FirstInstance, launchBook, onSecondInstance, openGiven } from './single-instance';
import { createMainWindow } from './window';
import { keepWindowState, readWindowState } from './window-state';
import { appMenu, sendCommand } from './menu';
import { listenOpenFile } from './open-file';
import { SHELL } from '../../shared/i18n/shell';
import { APP_NAME } from '../../shared/i18n/vi';

const here = path.dirname(fileURLToPath(import.meta.url));
let win: BrowserWindow | null = null;

// before 'ready', and once only: a second call would replace this list
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
// macOS names the launch's file in an event that may come before 'ready'
const handedOver = listenOpenFile(app);
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

// The back end (Service) runs here, in the main process, on purpose. Its longest uninterrupted
// stretches at the sizes a unit's book reaches (a full check of 100 000 claims; a province annex
// of 5 000 units, read in steps that yield so the progress bar's polls are answered) stay well
// under a second; meanwhile the page scrolls and types in its own process, and Windows calls a
// window "Not responding" only after 5 s without an answer. A utility process would load the
// addon a second time, share the book's lock and backups across processes and need a message
// port, for no wait she would notice. Move it (utilityProcess.fork, the same dispatch over a
// MessagePort, progress pushed) if books grow toward a million claims, where one full check holds
// this process for seconds (npm run bench -- --big).
async function start(): Promise<void> {
  guardSession(session.defaultSession, entry.origin);
  const service = new Service(openForWindow(handedOver.early() ?? book ?? ensureDemoBook()));
  // the sheet the page will ask for first is built while the window starts and loads the page
  void service.firstSheet.prepare(service.book);
  registerAppProtocol(protocol, path.join(here, '../renderer'));
  const first: FirstInstance = { window: () => win, service, dialog };
  const menu = menuFollowing(first);
  registerIpc(ipcMain, dialog, service, () => win, entry.origin, { dialog, hiddenWindow: printWindow }, menu);
  onSecondInstance(app, first);
  const userData = app.getPath('userData');
  const place = readWindowState(userData, screen.getAllDisplays().map((d) => d.workArea));
  win = createMainWindow(path.join(here, '../preload/index.cjs'), !app.isPackaged, place?.bounds);
  keepWindowState(win, userData);
  win.once('ready-to-show', () => {
    if (place?.maximized) win?.maximize();
    win?.show();
  });
  menu();
  handedOver.whenReady((file) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    void openGiven(first, win, file);
  });
  app.on('before-quit', () => service.close());
  await win.loadURL(entry.url);
}

/** The menu bar, built again when the open book changes (its recent books). Each opening ends
 * with calls from the page (a reload after openGiven), so it is looked at after each call. */
function menuFollowing(first: FirstInstance): () => void {
  let shown: string | null = null;
  return () => {
    if (!first.service.hasBook || first.service.book.path === shown) return;
    shown = first.service.book.path;
    app.addRecentDocument(shown); // the taskbar's jump list
    Menu.setApplicationMenu(Menu.buildFromTemplate(appMenu(recentBooks(), {
      send: (command) => sendCommand(win, entry.origin, command),
      openRecent: (file) => { if (win) void openGiven(first, win, file); },
    })));
  };
}

function fail(e: unknown): void {
  dialog.showErrorBox(APP_NAME, String(e));
  app.quit();
}
