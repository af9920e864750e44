// How electron/main/index.ts starts, against a mocked `electron` and a stub service: the app://
// scheme registered before 'ready', one instance only (a second launch hands its book over),
// the page from app:// unless a dev server is allowed, DevTools only outside a packaged app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const h = vi.hoisted(() => ({
  packaged: false,
  lock: true,
  order: [] as string[],
  app: null as unknown as import('node:events').EventEmitter & Record<string, unknown>,
  windows: [] as Array<{ options: { webPreferences: Record<string, unknown> }; loaded: string[]; webContents: { reload: ReturnType<typeof vi.fn> } } & Record<string, unknown>>,
  protocol: { registerSchemesAsPrivileged: null as unknown as ReturnType<typeof vi.fn>, handle: null as unknown as ReturnType<typeof vi.fn> },
  dispatch: null as unknown as ReturnType<typeof vi.fn>,
  prepared: [] as string[],
  dialog: { showErrorBox: null as unknown as ReturnType<typeof vi.fn>, showMessageBox: null as unknown as ReturnType<typeof vi.fn> },
  menus: [] as unknown[],
  userData: '/nonexistent/sovon-user-data',
  workAreas: [{ x: 0, y: 0, width: 1920, height: 1040 }],
  /** what app.whenReady() waits for (already there, unless a test holds 'ready' back) */
  ready: Promise.resolve(),
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const app = Object.assign(new Emitter(), {
    requestSingleInstanceLock: vi.fn((data: unknown) => { h.order.push(`lock ${JSON.stringify(data)}`); return h.lock; }),
    quit: vi.fn(() => h.order.push('quit')),
    whenReady: vi.fn(() => { h.order.push('whenReady'); return h.ready; }),
    getPath: vi.fn((name: string) => { expect(name).toBe('userData'); return h.userData; }),
    addRecentDocument: vi.fn(),
  });
  // a getter, not a value: Object.assign would freeze it at the first test's
  Object.defineProperty(app, 'isPackaged', { get: () => h.packaged });
  h.app = app as never;
  h.protocol.registerSchemesAsPrivileged = vi.fn(() => h.order.push('registerSchemesAsPrivileged'));
  h.protocol.handle = vi.fn();
  h.dialog.showErrorBox = vi.fn();
  h.dialog.showMessageBox = vi.fn(async () => ({ response: 0 }));
  const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn(), webRequest: { onBeforeRequest: vi.fn() } };
  class BrowserWindow extends Emitter {
    options: unknown;
    loaded: string[] = [];
    webContents = { reload: vi.fn() };
    isMinimized = vi.fn(() => true);
    restore = vi.fn();
    focus = vi.fn();
    show = vi.fn();
    maximize = vi.fn();
    loadURL = vi.fn(async (url: string) => { this.loaded.push(url); });
    constructor(options: unknown) { super(); this.options = options; h.windows.push(this as never); }
  }
  const Menu = { buildFromTemplate: vi.fn((template: unknown) => ({ template })), setApplicationMenu: vi.fn((menu: unknown) => h.menus.push(menu)) };
  const screen = { getAllDisplays: () => h.workAreas.map((workArea) => ({ workArea })) };
  return { app, BrowserWindow, Menu, screen, protocol: h.protocol, session: { defaultSession: session }, ipcMain: { handle: vi.fn() }, dialog: h.dialog };
});
vi.mock('../../electron/backend/service/book-calls', () => ({ openForWindow: (file: string) => ({ path: file }) }));
vi.mock('../../electron/backend/demo', () => ({ ensureDemoBook: () => '/books/demo.sovon' }));
vi.mock('../../electron/backend/recent', () => ({ recentBooks: () => ['/books/Sìn Hồ.sovon'] }));
vi.mock('../../electron/backend/service/service', () => ({
  Service: class {
    book: { path: string };
    dispatch = h.dispatch;
    hasBook = true;
    firstSheet = { prepare: async (book: { path: string }) => { h.prepared.push(book.path); } };
    constructor(book: { path: string }) { this.book = book; }
    close() {}
  },
}));

const argv = process.argv;
const rendererUrl = process.env.ELECTRON_RENDERER_URL;

async function launch(options: { packaged?: boolean; lock?: boolean; devUrl?: string; args?: string[] } = {}) {
  h.packaged = options.packaged ?? false;
  h.lock = options.lock ?? true;
  if (options.devUrl === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = options.devUrl;
  process.argv = ['electron', '.', ...(options.args ?? [])];
  await import('../../electron/main/index');
  await vi.waitFor(() => { if (h.lock) expect(h.windows[0]?.loaded.length).toBe(1); });
  return h.windows[0];
}

beforeEach(() => {
  vi.resetModules();
  h.app?.removeAllListeners(); // the mocked electron module outlives resetModules
  h.order = [];
  h.windows = [];
  h.menus = [];
  h.ready = Promise.resolve();
  h.userData = '/nonexistent/sovon-user-data';
  h.dispatch = vi.fn(async () => ({ ok: true, result: {} }));
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  process.argv = argv;
  if (rendererUrl === undefined) delete process.env.ELECTRON_RENDERER_URL;
  else process.env.ELECTRON_RENDERER_URL = rendererUrl;
  vi.restoreAllMocks();
});

describe('starting Sổ Vốn in Electron', () => {
  it('registers app:// before ready and loads the page from it, without DevTools when packaged', async () => {
    const win = await launch({ packaged: true, devUrl: 'http://localhost:5173/' });
    expect(h.order.indexOf('registerSchemesAsPrivileged')).toBeLessThan(h.order.indexOf('whenReady'));
    expect(h.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(win!.loaded).toEqual(['app://sovon/index.html']);
    expect(win!.options.webPreferences).toMatchObject({ devTools: false, sandbox: true, contextIsolation: true });
    // the sheet the page will ask for is built from the start, while the window loads
    await vi.waitFor(() => expect(h.prepared).toContain('/books/demo.sovon'), { timeout: 2000 });
  });

  it('uses the dev server and DevTools only when not packaged, and only a local http one', async () => {
    expect((await launch({ devUrl: 'http://localhost:5173/' }))!.loaded).toEqual(['http://localhost:5173/']);
    expect(h.windows[0]!.options.webPreferences).toMatchObject({ devTools: true });
    vi.resetModules();
    h.windows = [];
    expect((await launch({ devUrl: 'https://evil.example/' }))!.loaded).toEqual(['app://sovon/index.html']);
  });

  it('guards every page it creates', async () => {
    await launch();
    expect(h.app.listenerCount('web-contents-created')).toBe(1);
  });

  it('quits at once when another Sổ Vốn is open, handing it the book, and opens nothing', async () => {
    await launch({ lock: false, args: ['Phong Thổ.sovon'] });
    expect(h.order).toContain(`lock ${JSON.stringify({ book: path.resolve('Phong Thổ.sovon') })}`);
    expect(h.order).toContain('quit');
    expect(h.order).not.toContain('whenReady');
    expect(h.windows).toEqual([]);
  });

  it('brings the first window forward when launched again and opens the book it was given', async () => {
    const win = (await launch())!;
    h.app.emit('second-instance', {}, ['electron', '.', '--flag'], '/home/chi', { book: '/books/Phong Thổ.sovon' });
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(h.dispatch).toHaveBeenCalledWith('openBook', { path: '/books/Phong Thổ.sovon' });
  });

  it('reads the book from the second launch’s command line when no data came, and says why it cannot open it', async () => {
    const win = (await launch())!;
    h.dispatch.mockResolvedValueOnce({ ok: false, error: 'Sổ đang mở ở nơi khác.' });
    h.app.emit('second-instance', {}, ['electron', '.', 'Tam Đường.sovon'], '/home/chi', undefined);
    await vi.waitFor(() => expect(h.dialog.showMessageBox).toHaveBeenCalled());
    expect(h.dispatch).toHaveBeenCalledWith('openBook', { path: path.resolve('/home/chi', 'Tam Đường.sovon') });
    expect(win.webContents.reload).not.toHaveBeenCalled();
  });

  it('only focuses when the second launch names no book, or the one already open', async () => {
    const win = (await launch())!;
    h.app.emit('second-instance', {}, ['electron', '.'], '/home/chi', { book: null });
    h.app.emit('second-instance', {}, ['electron', '.'], '/', { book: '/books/demo.sovon' });
    expect(win.focus).toHaveBeenCalledTimes(2);
    // a third launch that does open a book: once its page reloads, any opening the first two
    // had started would have reached the service before it, so only the third may be there
    h.app.emit('second-instance', {}, ['electron', '.'], '/', { book: '/books/Sìn Hồ.sovon' });
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(h.dispatch.mock.calls).toEqual([['openBook', { path: '/books/Sìn Hồ.sovon' }]]);
  });
});

describe('files handed over by macOS, the window\'s place, the menu bar', () => {
  it('opens the .sovon macOS names before ready instead of the demo book', async () => {
    let ready = () => {};
    h.ready = new Promise((resolve) => { ready = resolve; });
    const launching = launch();
    // before 'ready', macOS hands over the file she double-clicked
    await vi.waitFor(() => expect(h.app.listenerCount('open-file')).toBe(1));
    const event = { preventDefault: vi.fn() };
    h.app.emit('open-file', event, '/Users/chi/Phong Thổ.sovon');
    expect(h.windows).toEqual([]);
    ready();
    await launching;
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(h.prepared).toContain('/Users/chi/Phong Thổ.sovon'));
  });

  it('opens a .sovon handed over later in the window, as a second launch does, and ignores other files', async () => {
    const win = (await launch())!;
    const other = { preventDefault: vi.fn() };
    h.app.emit('open-file', other, '/Users/chi/bang.xlsx');
    expect(other.preventDefault).not.toHaveBeenCalled();
    h.app.emit('open-file', { preventDefault: vi.fn() }, '/Users/chi/Tam Đường.sovon');
    expect(win.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(win.webContents.reload).toHaveBeenCalled());
    expect(h.dispatch.mock.calls).toEqual([['openBook', { path: '/Users/chi/Tam Đường.sovon' }]]);
  });

  it('opens where she left it, maximized if it was', async () => {
    h.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'sovon-window-'));
    fs.writeFileSync(path.join(h.userData, 'window-state.json'), JSON.stringify({ bounds: { x: 100, y: 50, width: 1200, height: 800 }, maximized: true }));
    const win = (await launch())!;
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
    (win as unknown as import('node:events').EventEmitter).emit('ready-to-show');
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('sets the Vietnamese menu bar with her recent books', async () => {
    await launch();
    expect(h.menus).toHaveLength(1);
    const { template } = h.menus[0] as { template: Array<{ label: string; submenu: Array<{ label?: string; submenu?: Array<{ label: string }> }> }> };
    expect(template.map((m) => m.label.replace('&', ''))).toEqual(['Tệp', 'Sửa', 'Xem', 'Dữ liệu', 'Trợ giúp']);
    expect(template[0]!.submenu.find((i) => i.label === 'Gần đây')!.submenu!.map((i) => i.label)).toEqual(['/books/Sìn Hồ.sovon']);
  });
});
