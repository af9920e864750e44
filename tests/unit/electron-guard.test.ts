// App-wide guards on every page Electron creates: no navigation or redirect away from our
// origin, no new windows, no <webview>, no permissions, nothing from the network. Mocked `electron`.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { guardContents, installGuard, mayLoad } from '../../electron/main/guard';
import { APP_ORIGIN, isOurs, originOf, rendererEntry } from '../../electron/main/origin';

vi.mock('electron', () => ({ app: {}, BrowserWindow: vi.fn(), ipcMain: {}, dialog: {} }));

function fakeContents() {
  const contents = Object.assign(new EventEmitter(), {
    setWindowOpenHandler: vi.fn(),
    session: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  });
  return contents;
}

/** Emits `name` with an event for `url`; true when the guard called preventDefault. */
function prevented(contents: EventEmitter, name: string, url = ''): boolean {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(name, event);
  return event.preventDefault.mock.calls.length > 0;
}

describe('the guard', () => {
  it('is installed on every web page Electron creates', () => {
    const app = new EventEmitter();
    installGuard(app as never, APP_ORIGIN);
    const contents = fakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(prevented(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('lets a page navigate only within our own origin, and follow no redirect away from it', () => {
    const contents = fakeContents();
    guardContents(contents as never, APP_ORIGIN);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(prevented(contents, name, 'https://evil.example/'), name).toBe(true);
      expect(prevented(contents, name, 'file:///C:/Windows/win.ini'), name).toBe(true);
      expect(prevented(contents, name, 'app://other/index.html'), name).toBe(true);
      expect(prevented(contents, name, 'javascript:alert(1)'), name).toBe(true);
      expect(prevented(contents, name, `${APP_ORIGIN}/index.html`), name).toBe(false);
    }
  });

  it('denies new windows and <webview>', () => {
    const contents = fakeContents();
    guardContents(contents as never, APP_ORIGIN);
    const open = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => unknown;
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open({ url: `${APP_ORIGIN}/index.html` })).toEqual({ action: 'deny' });
    expect(prevented(contents, 'will-attach-webview')).toBe(true);
  });

  it('grants no permission, asked or checked', () => {
    const contents = fakeContents();
    guardContents(contents as never, APP_ORIGIN);
    const s = contents.session;
    const request = s.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request(contents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = s.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string, origin: string) => boolean;
    expect(check(contents, 'clipboard-read', APP_ORIGIN)).toBe(false);
    expect(check(contents, 'media', 'https://evil.example')).toBe(false);
    expect((s.setDevicePermissionHandler.mock.calls[0]![0] as () => boolean)()).toBe(false);
  });

  it('loads nothing from the network; in development only the dev server', () => {
    const contents = fakeContents();
    guardContents(contents as never, APP_ORIGIN);
    const before = contents.session.webRequest.onBeforeRequest.mock.calls[0]![0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const cancelled = (url: string) => { const cb = vi.fn(); before({ url }, cb); return cb.mock.calls[0]![0].cancel as boolean; };
    expect(cancelled('https://cdn.example/x.js')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/api/openBook')).toBe(true);
    expect(cancelled('wss://evil.example/')).toBe(true);
    expect(cancelled(`${APP_ORIGIN}/assets/index.js`)).toBe(false);
    expect(cancelled('file:///tmp/sovon-print-1/sheet.html')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    const dev = 'http://localhost:5173';
    expect(mayLoad('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(mayLoad('ws://localhost:5173/', dev)).toBe(true);
    expect(mayLoad('http://localhost:5174/', dev)).toBe(false);
    expect(mayLoad('https://evil.example/', dev)).toBe(false);
  });
});

describe("the page's origin", () => {
  it('is app://sovon when packaged, whatever ELECTRON_RENDERER_URL says', () => {
    expect(rendererEntry(true, 'http://localhost:5173/')).toEqual({ url: 'app://sovon/index.html', origin: 'app://sovon' });
    expect(rendererEntry(true, undefined)).toEqual({ url: 'app://sovon/index.html', origin: 'app://sovon' });
  });

  it('is the dev server in development, only on this machine over http', () => {
    expect(rendererEntry(false, 'http://localhost:5173/')).toEqual({ url: 'http://localhost:5173/', origin: 'http://localhost:5173' });
    expect(rendererEntry(false, 'http://127.0.0.1:5173/')).toEqual({ url: 'http://127.0.0.1:5173/', origin: 'http://127.0.0.1:5173' });
    for (const url of ['https://evil.example/', 'http://evil.example:5173/', 'http://localhost.evil.example/', 'file:///tmp/x.html', 'http://user@evil.example/', 'không phải URL']) {
      expect(rendererEntry(false, url), url).toEqual({ url: 'app://sovon/index.html', origin: 'app://sovon' });
    }
    expect(rendererEntry(false, undefined).origin).toBe('app://sovon');
  });

  it('is compared by scheme, host and port (Node gives custom schemes the origin "null")', () => {
    expect(new URL('app://sovon/index.html').origin).toBe('null');
    expect(originOf('app://sovon/assets/x.js')).toBe('app://sovon');
    expect(isOurs('app://sovon.evil/index.html', APP_ORIGIN)).toBe(false);
    expect(isOurs('app://sovon:1/index.html', APP_ORIGIN)).toBe(false);
    expect(originOf('about:blank')).toBeNull();
  });
});
