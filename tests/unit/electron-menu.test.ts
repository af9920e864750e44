// The window's menu bar (electron/main/menu.ts): Vietnamese, with the keys she knows, each command
// sent to the page by a name the page runs (renderer/src/menu/app-commands.ts).
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { appMenu, sendCommand } from '../../electron/main/menu';
import { APP_ORIGIN } from '../../electron/main/origin';
import { APP_COMMANDS, type AppCommand } from '../../shared/app-commands';
import { COMMAND_CHANNEL } from '../../shared/ipc';
import { type CommandHandlers, runCommand } from '../../renderer/src/menu/app-commands';

const bridge = vi.hoisted(() => ({
  exposed: {} as Record<string, { onCommand(fn: unknown): void; call(name: string, input: unknown): unknown }>,
  on: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: never) => { bridge.exposed[key] = api; } },
  ipcRenderer: { invoke: vi.fn(), on: (channel: string, fn: (event: unknown, ...args: unknown[]) => void) => bridge.on.set(channel, fn) },
}));

type Item = MenuItemConstructorOptions;
const submenu = (item: Item) => item.submenu as Item[];
const strip = (label: string | undefined) => label?.replace('&', '');

function build(recent: string[] = []) {
  const send = vi.fn<(command: AppCommand) => void>();
  const openRecent = vi.fn<(path: string) => void>();
  return { menu: appMenu(recent, { send, openRecent }), send, openRecent };
}

/** Every item of every menu, submenus included. */
function items(menu: Item[]): Item[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

const byId = (menu: Item[], id: string) => items(menu).find((i) => i.id === id)!;

describe('the menu bar', () => {
  it('is Tệp, Sửa, Xem, Dữ liệu, Trợ giúp, each opened with Alt and its letter', () => {
    const { menu } = build();
    expect(menu.map((m) => strip(m.label))).toEqual(['Tệp', 'Sửa', 'Xem', 'Dữ liệu', 'Trợ giúp']);
    expect(menu.map((m) => m.label!.match(/&(.)/)?.[1])).toEqual(['T', 'S', 'X', 'D', 'g']);
    expect(submenu(menu[0]!).map((i) => i.label ?? i.type)).toEqual([
      'Mới…', 'Mở…', 'Gần đây', 'Lưu bản sao…', 'separator', 'In…', 'Sao lưu và khôi phục…', 'Cài đặt…', 'separator', 'Thoát',
    ]);
    expect(submenu(menu[4]!).map((i) => i.label ?? i.type)).toEqual(['Phím tắt', 'separator', 'Giới thiệu Sổ Vốn']);
  });

  it('sends every command of the page by its name, and names no other', () => {
    const { menu, send } = build();
    for (const item of items(menu)) if (item.id) (item.click as () => void)();
    expect(send.mock.calls.map((c) => c[0]).sort()).toEqual([...APP_COMMANDS].sort());
    for (const name of APP_COMMANDS) expect(byId(menu, name).label).toMatch(/\p{L}/u);
  });

  it('has the keys of Windows programs; those the page answers itself are shown, not registered', () => {
    const { menu } = build();
    const key = (id: AppCommand) => [byId(menu, id).accelerator, byId(menu, id).registerAccelerator ?? true];
    expect(key('newBook')).toEqual(['CmdOrCtrl+N', true]);
    expect(key('openBook')).toEqual(['CmdOrCtrl+O', true]);
    expect(key('saveCopy')).toEqual(['CmdOrCtrl+Shift+S', true]);
    expect(key('print')).toEqual(['CmdOrCtrl+P', true]);
    expect(key('importExcel')).toEqual(['CmdOrCtrl+I', true]);
    // the page undoes only outside a text box, finds in every row, shows its keys: a registered
    // key would act twice, or undo the book while she edits a name
    expect(key('undo')).toEqual(['CmdOrCtrl+Z', false]);
    expect(key('redo')).toEqual(['CmdOrCtrl+Y', false]);
    expect(key('find')).toEqual(['CmdOrCtrl+F', false]);
    expect(key('shortcuts')).toEqual(['F1', false]);
    const roles = items(menu).filter((i) => i.role).map((i) => [i.role, i.label]);
    expect(roles).toEqual(expect.arrayContaining([['quit', 'Thoát'], ['copy', 'Sao chép'], ['paste', 'Dán'], ['cut', 'Cắt']]));
  });

  it('lists her recent books and opens one when chosen', () => {
    const { menu, openRecent, send } = build(['C:\\Sổ\\Phong Thổ.sovon', 'D:\\Kế toán & Tài vụ\\Sìn Hồ.sovon']);
    const recent = submenu(submenu(menu[0]!).find((i) => i.label === 'Gần đây')!);
    expect(recent.map((i) => i.label)).toEqual(['C:\\Sổ\\Phong Thổ.sovon', 'D:\\Kế toán && Tài vụ\\Sìn Hồ.sovon']);
    (recent[1]!.click as () => void)();
    expect(openRecent).toHaveBeenCalledWith('D:\\Kế toán & Tài vụ\\Sìn Hồ.sovon');
    expect(send).not.toHaveBeenCalled();
    expect(submenu(submenu(build().menu[0]!).find((i) => i.label === 'Gần đây')!)).toEqual([{ label: '(chưa có)', enabled: false }]);
  });

  it('sends a command to our page only', () => {
    const webContents = { url: `${APP_ORIGIN}/index.html`, getURL() { return this.url; }, send: vi.fn() };
    sendCommand({ webContents }, APP_ORIGIN, 'about');
    expect(webContents.send).toHaveBeenCalledWith(COMMAND_CHANNEL, 'about');
    webContents.url = 'https://evil.example/';
    sendCommand({ webContents }, APP_ORIGIN, 'about');
    sendCommand(null, APP_ORIGIN, 'about');
    expect(webContents.send).toHaveBeenCalledTimes(1);
  });
});

describe('the page\'s side of the menu bar', () => {
  it('runs the handler of each command and ignores any other name', () => {
    const handlers = Object.fromEntries(APP_COMMANDS.map((c) => [c, vi.fn()])) as unknown as Record<AppCommand, ReturnType<typeof vi.fn>>;
    for (const name of APP_COMMANDS) expect(runCommand(handlers as CommandHandlers, name)).toBe(true);
    for (const name of APP_COMMANDS) expect(handlers[name]).toHaveBeenCalledTimes(1);
    for (const name of ['toString', '__proto__', 'constructor', 'listFolder', 42, null]) expect(runCommand(handlers as CommandHandlers, name)).toBe(false);
  });
});

describe('the preload\'s listener for the menu bar', () => {
  it('passes the page a command\'s name only, and only a command it knows, to one listener', async () => {
    await import('../../electron/preload/index');
    const fromMain = bridge.on.get(COMMAND_CHANNEL)!;
    const first = vi.fn();
    const second = vi.fn();
    bridge.exposed.sovon!.onCommand(first);
    bridge.exposed.sovon!.onCommand(second);
    fromMain({ sender: 'ipc event' }, 'about', 'extra');
    fromMain({}, 'listFolder');
    fromMain({}, { name: 'about' });
    expect(first).not.toHaveBeenCalled();
    expect(second.mock.calls).toEqual([['about']]);
    bridge.exposed.sovon!.onCommand(null);
    fromMain({}, 'undo');
    expect(second).toHaveBeenCalledTimes(1);
  });
});
