// Electron glue only: one window on the book given on the command line (or the demo book),
// the IPC channel, and navigation locked to our own page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { openForWindow } from '../backend/service/book-calls';
import { ensureDemoBook } from '../backend/demo';
import { Service } from '../backend/service/service';
import { registerIpc } from './ipc';
import { bookPathFromArgv } from './argv';
import { windowOptions } from './window';

const here = path.dirname(fileURLToPath(import.meta.url));
let win: BrowserWindow | null = null;

async function start(): Promise<void> {
  const service = new Service(openForWindow(bookPathFromArgv(process.argv) ?? ensureDemoBook()));
  session.defaultSession.setPermissionRequestHandler((_wc, _perm, callback) => callback(false));
  registerIpc(ipcMain, dialog, service, () => win, { dialog, hiddenWindow: (options) => new BrowserWindow(options) });
  win = new BrowserWindow(windowOptions(path.join(here, '../preload/index.cjs')));
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (e) => e.preventDefault());
  win.once('ready-to-show', () => win?.show());
  if (process.env.ELECTRON_RENDERER_URL) await win.loadURL(process.env.ELECTRON_RENDERER_URL);
  else await win.loadFile(path.join(here, '../renderer/index.html'));
  app.on('before-quit', () => service.close());
}

app.whenReady().then(start, (e: unknown) => {
  dialog.showErrorBox('Sổ Vốn', String(e));
  app.quit();
});
app.on('window-all-closed', () => app.quit());
