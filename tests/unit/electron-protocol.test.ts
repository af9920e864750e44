// Electron serves the renderer from app://sovon/ (not file://): only files of the built renderer
// folder, with their right types and the same CSP as browser mode. Mocked `electron`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { APP_SCHEME_PRIVILEGES, fileFor, registerAppProtocol, serveApp } from '../../electron/main/app-protocol';
import { CSP } from '../../electron/backend/server/web-policy';
import { startServer } from '../../electron/backend/server/server';
import type { Service } from '../../electron/backend/service/service';

vi.mock('electron', () => ({ app: {}, BrowserWindow: vi.fn(), ipcMain: {}, dialog: {} }));

const top = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-app-'));
const dir = path.join(top, 'renderer');
fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Sổ Vốn</title>');
fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'export {};');
fs.writeFileSync(path.join(dir, 'assets', 'index-abc.css'), 'body{}');
fs.writeFileSync(path.join(top, 'secret.txt'), 'không được đọc');
// a sibling whose name starts like the folder's: a prefix test would let it through
fs.mkdirSync(path.join(top, 'renderer-x'));
fs.writeFileSync(path.join(top, 'renderer-x', 'a.js'), 'nope');
afterAll(() => fs.rmSync(top, { recursive: true, force: true }));

describe('the app:// protocol', () => {
  it('serves index.html at the root, with the CSP and its type', async () => {
    for (const url of ['app://sovon/', 'app://sovon/index.html']) {
      const res = await serveApp(dir, url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('Sổ Vốn');
    }
  });

  it('gives module scripts and styles their MIME types (a module script of another type is refused)', async () => {
    expect((await serveApp(dir, 'app://sovon/assets/index-abc.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await serveApp(dir, 'app://sovon/assets/index-abc.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses to climb out of the renderer folder', async () => {
    for (const url of [
      'app://sovon/..%2Fsecret.txt', 'app://sovon/%2e%2e/secret.txt', 'app://sovon/assets/..%2F..%2Fsecret.txt',
      'app://sovon/..%5Csecret.txt', 'app://sovon/../secret.txt', 'app://sovon/..%2Frenderer-x%2Fa.js',
      'app://sovon/%2Fetc%2Fpasswd', 'app://sovon/index.html%00.js', 'app://sovon/%E0%A4%A',
    ]) {
      expect((await serveApp(dir, url)).status, url).toBe(404);
      if (!url.includes('%00') && !url.includes('%E0')) expect(fileFor(dir, url) === null || fileFor(dir, url)!.startsWith(dir + path.sep), url).toBe(true);
    }
  });

  it('refuses other hosts, other schemes, folders, missing files and writes', async () => {
    expect((await serveApp(dir, 'app://evil/index.html')).status).toBe(404);
    expect((await serveApp(dir, 'app://sovon.evil/index.html')).status).toBe(404);
    expect((await serveApp(dir, 'file:///etc/passwd')).status).toBe(404);
    expect((await serveApp(dir, 'app://sovon/assets/')).status).toBe(404);
    expect((await serveApp(dir, 'app://sovon/missing.js')).status).toBe(404);
    expect((await serveApp(dir, 'app://sovon/index.html', 'POST')).status).toBe(405);
  });

  it('is a standard, secure scheme that does not bypass the CSP, handled by serveApp', async () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } });
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol as never, dir);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = protocol.handle.mock.calls[0]![1] as (r: Request) => Promise<Response>;
    expect((await handler(new Request('app://sovon/index.html'))).status).toBe(200);
  });

  it('sends the same CSP as the browser-mode server', async () => {
    const server = await startServer({} as Service, { staticDir: dir });
    try {
      const res = await fetch(`http://127.0.0.1:${server.port}/`);
      expect(res.headers.get('content-security-policy')).toBe(CSP);
    } finally {
      await server.close();
    }
  });
});
