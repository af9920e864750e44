// Electron prints a sheet the service builds (never HTML from the renderer) in a hidden window
// without JavaScript: to the system dialog, or to a PDF where she chooses. Mocked `electron`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { registerIpc } from '../../electron/main/ipc';
import { BrowserWindow } from 'electron';
import { printOut, printWindow } from '../../electron/main/print';
import { APP_ORIGIN } from '../../electron/main/origin';
import { IPC_CHANNEL } from '../../shared/ipc';
import type { Service } from '../../electron/backend/service/service';

vi.mock('electron', () => ({ app: {}, BrowserWindow: vi.fn(function () {}), ipcMain: {}, dialog: {} }));

const HTML = '<!DOCTYPE html><html><body><h1>Bảng đối chiếu số liệu</h1></body></html>';

function setup(savedTo: string | null = null) {
  const service = { dispatch: vi.fn(async (name: string) => (name === 'printSheet'
    ? { ok: true, result: { html: HTML, title: 'Bảng đối chiếu số liệu', fileName: 'doi-chieu-2023.pdf' } }
    : { ok: true, result: 'from service' })) };
  let loaded = '';
  const hidden = {
    loadFile: vi.fn(async (file: string) => { loaded = fs.readFileSync(file, 'utf8'); }),
    destroy: vi.fn(),
    webContents: {
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.4 bản in')),
      print: vi.fn((_o: unknown, done: (ok: boolean, reason: string) => void) => done(false, 'cancelled')),
    },
  };
  const dialog = { showSaveDialog: vi.fn(async () => ({ canceled: savedTo === null, filePath: savedTo ?? undefined })) };
  const hiddenWindow = vi.fn(() => hidden);
  const shell = { dialog: dialog as never, hiddenWindow: hiddenWindow as never };
  return { service, hidden, dialog, hiddenWindow, shell, loaded: () => loaded };
}

const INPUT = { program: 'GNBV', sheet: 'doi-chieu', year: 2023 };

describe('printing in Electron', () => {
  it('saves the sheet the service built as a PDF, from a window with JavaScript off', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-eprint-')), 'doi-chieu.pdf');
    const s = setup(out);
    const reply = await printOut(s.shell, s.service as unknown as Service, {} as never, { ...INPUT, to: 'pdf' });
    expect(reply).toEqual({ ok: true, result: { supported: true, path: out } });
    expect(s.service.dispatch).toHaveBeenCalledWith('printSheet', { ...INPUT, to: 'pdf' });
    expect(s.hiddenWindow).toHaveBeenCalledTimes(1);
    expect(s.loaded()).toBe(HTML);
    expect(s.hidden.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ preferCSSPageSize: true }));
    expect(fs.readFileSync(out, 'utf8')).toBe('%PDF-1.4 bản in');
    expect(s.hidden.destroy).toHaveBeenCalled();
  });

  it('takes her cancelling the save or the print dialog calmly', async () => {
    const s = setup(null);
    await expect(printOut(s.shell, s.service as unknown as Service, {} as never, { ...INPUT, to: 'pdf' }))
      .resolves.toEqual({ ok: true, result: { supported: true, path: null } });
    await expect(printOut(s.shell, s.service as unknown as Service, {} as never, { ...INPUT, to: 'printer' }))
      .resolves.toEqual({ ok: true, result: { supported: true, path: null } });
    expect(s.hidden.webContents.print).toHaveBeenCalledWith(expect.objectContaining({ silent: false }), expect.any(Function));
    expect(s.hidden.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a request without a destination', async () => {
    const s = setup();
    await expect(printOut(s.shell, s.service as unknown as Service, {} as never, INPUT)).resolves.toMatchObject({ ok: false });
    expect(s.hiddenWindow).not.toHaveBeenCalled();
  });

  it('routes printOut over the one IPC channel from our window only', async () => {
    const s = setup(null);
    let handler: ((event: unknown, name: unknown, input: unknown) => Promise<unknown>) | undefined;
    const ipcMain = { handle: vi.fn((channel: string, fn: typeof handler) => { expect(channel).toBe(IPC_CHANNEL); handler = fn; }) };
    const win = { webContents: {} };
    registerIpc(ipcMain as never, {} as never, s.service as unknown as Service, () => win as never, APP_ORIGIN, s.shell);
    const senderFrame = { url: `${APP_ORIGIN}/index.html`, parent: null };
    await expect(handler!({ sender: win.webContents, senderFrame }, 'printOut', { ...INPUT, to: 'printer' })).resolves.toMatchObject({ ok: true, result: { supported: true } });
    expect(s.hiddenWindow).toHaveBeenCalledTimes(1);
    await expect(handler!({ sender: {}, senderFrame }, 'printOut', { ...INPUT, to: 'printer' })).resolves.toMatchObject({ ok: false });
    expect(s.hiddenWindow).toHaveBeenCalledTimes(1);
  });
});

describe('the print window', () => {
  it('runs no JavaScript, has no bridge and no DevTools', () => {
    printWindow();
    const options = vi.mocked(BrowserWindow).mock.calls.at(-1)![0]!;
    expect(options).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false } });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
});
