// The Electron layer is thin glue; here it runs against a mocked `electron` module.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../electron/main/window';
import { registerIpc } from '../../electron/main/ipc';
import { bookPathFromArgv } from '../../electron/main/argv';
import { APP_ORIGIN } from '../../electron/main/origin';
import { nativeBindingPath } from '../../electron/backend/book/native-binding';
import { IPC_CHANNEL } from '../../shared/ipc';
import type { Service } from '../../electron/backend/service/service';
import { resultFromWire } from '../../shared/wire';

vi.mock('electron', () => ({ app: {}, BrowserWindow: vi.fn(function (this: { options: unknown }, options: unknown) { this.options = options; }), ipcMain: {}, dialog: {} }));

describe('the Electron window', () => {
  it('follows the security checklist, with DevTools only outside a packaged app', () => {
    createMainWindow('/p/preload.cjs', false);
    createMainWindow('/p/preload.cjs', true);
    const [packaged, dev] = vi.mocked(BrowserWindow).mock.calls.map((c) => c[0]!.webPreferences!);
    expect(packaged).toMatchObject({
      contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInSubFrames: false, webSecurity: true,
      allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false, preload: '/p/preload.cjs', devTools: false,
    });
    expect(packaged).not.toHaveProperty('enableBlinkFeatures');
    expect(dev).toMatchObject({ devTools: true });
  });

  it('opens a .sovon file given on the command line', () => {
    expect(bookPathFromArgv(['electron', '.', 'C:\\Sổ\\Phong Thổ.sovon'])).toBe('C:\\Sổ\\Phong Thổ.sovon');
    expect(bookPathFromArgv(['electron', '.', '--inspect'])).toBeNull();
  });

  it('opens the .sovon Windows hands the installed app on a double-click, whatever switches Chromium put before it', () => {
    // the file association's command is "Sổ Vốn.exe" "%1" (electron-builder.json5)
    expect(bookPathFromArgv(['C:\\Users\\chi\\AppData\\Local\\Programs\\Sổ Vốn\\Sổ Vốn.exe', 'D:\\Sổ sách\\XÃ PHONG THỔ 2026.SOVON']))
      .toBe('D:\\Sổ sách\\XÃ PHONG THỔ 2026.SOVON');
    expect(bookPathFromArgv(['Sổ Vốn.exe', '--allow-file-access-from-files', '--original-process-start-time=1', 'D:\\a.sovon'])).toBe('D:\\a.sovon');
    expect(bookPathFromArgv(['Sổ Vốn.exe', 'D:\\bang.xlsx'])).toBeNull();
  });
});

describe('the IPC channel', () => {
  const ours = { url: `${APP_ORIGIN}/index.html`, parent: null };
  function setup() {
    let handler: ((event: unknown, name: unknown, input: unknown) => Promise<unknown>) | undefined;
    const ipcMain = { handle: vi.fn((channel: string, fn: typeof handler) => { expect(channel).toBe(IPC_CHANNEL); handler = fn; }) };
    const dialog = { showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: ['/books/a.sovon'] })), showSaveDialog: vi.fn() };
    const service = { dispatch: vi.fn(async () => ({ ok: true, result: 'from service' })) };
    const webContents = {};
    const win = { webContents };
    const answered = vi.fn();
    registerIpc(ipcMain as never, dialog as never, service as unknown as Service, () => win as never, APP_ORIGIN, undefined, answered);
    const call = (sender: unknown, name: string, input: unknown, senderFrame: unknown = ours) => handler!({ sender, senderFrame }, name, input);
    return { call, service, webContents, dialog, answered };
  }

  it('passes calls from our page to the service', async () => {
    const { call, service, webContents } = setup();
    await expect(call(webContents, 'runChecks', { year: 2023 })).resolves.toEqual({ ok: true, result: 'from service' });
    expect(service.dispatch).toHaveBeenCalledWith('runChecks', { year: 2023 });
  });

  it('packs a year\'s sheet for the trip, as browser mode does (shared/wire.ts)', async () => {
    const { call, service, webContents } = setup();
    const sheet = { program: 'GNBV', origin: 'books', year: 2023, project: null, rows: [] };
    service.dispatch.mockResolvedValueOnce({ ok: true, result: sheet as never });
    const reply = await call(webContents, 'getSheet', { year: 2023 }) as { ok: true; result: unknown };
    expect(reply.result).toMatchObject({ packed: 'sheet/1' });
    expect(resultFromWire(reply.result)).toEqual(sheet);
  });

  it('refuses calls from any other sender', async () => {
    const { call, service, answered } = setup();
    await expect(call({}, 'getSheet', {})).resolves.toMatchObject({ ok: false });
    expect(service.dispatch).not.toHaveBeenCalled();
    expect(answered).not.toHaveBeenCalled();
  });

  it('says when the service has answered (the menu bar then follows the book she opened)', async () => {
    const { call, service, webContents, answered } = setup();
    service.dispatch.mockImplementationOnce(async () => { expect(answered).not.toHaveBeenCalled(); return { ok: true, result: 'opened' }; });
    await call(webContents, 'openBook', { path: '/books/b.sovon' });
    expect(answered).toHaveBeenCalledTimes(1);
  });

  it('refuses our window when the calling frame is another origin, a subframe, or gone', async () => {
    const { call, service, webContents } = setup();
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'file:///C:/Users/chi/Downloads/trang.html', parent: null },
      { url: 'app://other/index.html', parent: null },
      { url: `${APP_ORIGIN}/index.html`, parent: ours },
      null,
    ]) {
      await expect(call(webContents, 'getSheet', {}, frame)).resolves.toEqual({ ok: false, error: 'Lời gọi không đến từ trang của Sổ Vốn: đã từ chối.' });
    }
    expect(service.dispatch).not.toHaveBeenCalled();
  });

  it('answers pickPath with the native dialog', async () => {
    const { call, webContents, dialog } = setup();
    await expect(call(webContents, 'pickPath', { purpose: 'open' })).resolves.toEqual({ ok: true, result: { path: '/books/a.sovon', supported: true } });
    expect(dialog.showOpenDialog).toHaveBeenCalled();
  });

  it('does not list folders for a page: the window has the native dialog', async () => {
    const { call, service, webContents } = setup();
    await expect(call(webContents, 'listFolder', { path: '/' })).resolves.toMatchObject({ ok: false, error: expect.stringMatching(/chỉ dùng trong chế độ trình duyệt/) });
    expect(service.dispatch).not.toHaveBeenCalled();
  });
});

describe('the better-sqlite3 binding', () => {
  it('uses the Node build outside a packaged app and the Electron build inside it', () => {
    expect(nativeBindingPath({ electronVersion: undefined, resourcesPath: undefined, packaged: false })).toBeUndefined();
    expect(nativeBindingPath({ electronVersion: '45.5.0', resourcesPath: '/app/resources', packaged: true }))
      .toBe(path.join('/app/resources', 'native', 'better_sqlite3.node'));
    expect(nativeBindingPath({ electronVersion: '45.5.0', resourcesPath: '/x/node_modules/electron/dist/resources', packaged: false, root: '/src/sovon' }))
      .toBe(path.join('/src/sovon', 'node_modules', 'better-sqlite3', 'build-electron', 'Release', 'better_sqlite3.node'));
  });

  it('finds Electron only where its binary really is (npm start decides Electron or browser mode by it)', async () => {
    const { electronBinary } = await import('../../electron/electron-runtime.mjs');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-electron-'));
    const dir = path.join(root, 'node_modules', 'electron');
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    expect(electronBinary(root)).toBeNull();
    fs.writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(electronBinary(root)).toBeNull();
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(electronBinary(root)).toBe(path.join(dir, 'dist', 'electron'));
  });
});
