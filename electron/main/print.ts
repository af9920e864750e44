// Tệp > In… in Electron: the main process builds the sheet through the service (never trusting
// HTML from the renderer), loads it in a hidden window with JavaScript off, and prints it with
// the system dialog or saves it as PDF where she chooses. The sheet's CSS sets A4 landscape and
// the margins (preferCSSPageSize), and numbers its own pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow, type Dialog } from 'electron';
import type { CallResults, Reply } from '../../shared/api';
import type { Service } from '../backend/service/service';
import { writeFileSafely } from '../backend/export/write-file';
import { PRINT } from '../../shared/i18n/print';

export interface PrintShell {
  dialog: Dialog;
  /** a hidden window for the sheet alone (printWindow; tests pass their own) */
  hiddenWindow(): BrowserWindow;
}

/** JavaScript off: the sheet is static HTML, and nothing in it may run. No preload, so no bridge. */
export function printWindow(): BrowserWindow {
  return new BrowserWindow({
    show: false,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    },
  });
}

type Result = CallResults['printOut'];

export async function printOut(shell: PrintShell, service: Service, parent: BrowserWindow, input: unknown): Promise<Reply<'printOut'>> {
  const to = (input as { to?: unknown } | null)?.to;
  if (to !== 'printer' && to !== 'pdf') return { ok: false, error: PRINT.badRequest };
  const printed = await service.dispatch('printSheet', input);
  if (!printed.ok) return printed;
  const sheet = printed.result as CallResults['printSheet'];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-print-'));
  const win = shell.hiddenWindow();
  try {
    const file = path.join(dir, 'sheet.html');
    fs.writeFileSync(file, sheet.html);
    await win.loadFile(file);
    const result = to === 'pdf' ? await savePdf(shell, parent, win, sheet.fileName) : await toPrinter(win);
    return { ok: true, result };
  } catch (e) {
    return { ok: false, error: PRINT.failed((e as Error).message) };
  } finally {
    win.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function savePdf(shell: PrintShell, parent: BrowserWindow, win: BrowserWindow, fileName: string): Promise<Result> {
  const res = await shell.dialog.showSaveDialog(parent, { title: PRINT.saveTitle, defaultPath: fileName, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  if (res.canceled || !res.filePath) return { supported: true, path: null };
  // the save dialog asked her before replacing a file
  writeFileSafely(res.filePath, await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }), { replace: true });
  return { supported: true, path: res.filePath };
}

/** The system print dialog; her cancelling it is not an error. */
function toPrinter(win: BrowserWindow): Promise<Result> {
  return new Promise((resolve, reject) => {
    win.webContents.print({ silent: false, printBackground: true }, (success, reason) => {
      if (success || reason === 'cancelled') resolve({ supported: true, path: null });
      else reject(new Error(reason));
    });
  });
}
