// The window's menu bar in Vietnamese: Tệp, Sửa, Xem, Dữ liệu, Trợ giúp. Each command item sends
// its name to the page (shared/app-commands.ts), which runs what its own menus and keys run, so
// browser mode and the window do the same thing. Keys the page already answers itself (Ctrl+Z,
// Ctrl+Y, Ctrl+F, F1: undo only outside a text box, find in every row) are shown here but not
// registered, or a key would act twice, or undo the book while she edits a text box. Recent
// books open here, as a double-clicked .sovon does (single-instance.ts openGiven).
import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/app-commands';
import { COMMAND_LABEL, MENU_ROLE_LABEL as ROLE, MENU_TITLE } from '../../shared/i18n/menu';
import { COMMAND_CHANNEL } from '../../shared/ipc';
import { isOurs } from './origin';

export interface MenuActions {
  send(command: AppCommand): void;
  openRecent(path: string): void;
}

/** Keys the page listens to itself (App.tsx, UndoButtons.tsx): shown, never registered. */
const PAGE_KEYS: Partial<Record<AppCommand, string>> = { undo: 'CmdOrCtrl+Z', redo: 'CmdOrCtrl+Y', find: 'CmdOrCtrl+F', shortcuts: 'F1' };
/** Keys only the menu answers. */
const MENU_KEYS: Partial<Record<AppCommand, string>> = {
  newBook: 'CmdOrCtrl+N', openBook: 'CmdOrCtrl+O', saveCopy: 'CmdOrCtrl+Shift+S', print: 'CmdOrCtrl+P',
  importExcel: 'CmdOrCtrl+I', exportSheet: 'CmdOrCtrl+E',
};

export function appMenu(recent: readonly string[], actions: MenuActions): MenuItemConstructorOptions[] {
  const command = (name: AppCommand): MenuItemConstructorOptions => {
    const page = PAGE_KEYS[name];
    const menu = MENU_KEYS[name];
    return {
      id: name, label: COMMAND_LABEL[name], click: () => actions.send(name),
      ...(page ? { accelerator: page, registerAccelerator: false } : menu ? { accelerator: menu } : {}),
    };
  };
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const recentItems: MenuItemConstructorOptions[] = recent.length === 0
    ? [{ label: ROLE.recentNone, enabled: false }]
    // a path's & would be read as a mnemonic: doubled, it is shown as itself
    : recent.map((path) => ({ label: path.replaceAll('&', '&&'), click: () => actions.openRecent(path) }));
  return [
    {
      label: MENU_TITLE.file,
      submenu: [
        command('newBook'), command('openBook'), { label: ROLE.recent, submenu: recentItems }, command('saveCopy'),
        separator, command('print'), command('backups'), command('settings'),
        separator, { role: 'quit', label: ROLE.quit },
      ],
    },
    {
      label: MENU_TITLE.edit,
      submenu: [
        command('undo'), command('redo'), separator,
        { role: 'cut', label: ROLE.cut }, { role: 'copy', label: ROLE.copy }, { role: 'paste', label: ROLE.paste },
        { role: 'selectAll', label: ROLE.selectAll }, separator, command('find'),
      ],
    },
    {
      label: MENU_TITLE.view,
      submenu: [
        command('toggleChecks'), command('dockRight'), command('dockBelow'), command('resetWidths'), separator,
        { role: 'zoomIn', label: ROLE.zoomIn }, { role: 'zoomOut', label: ROLE.zoomOut }, { role: 'resetZoom', label: ROLE.resetZoom },
        separator, { role: 'togglefullscreen', label: ROLE.fullScreen },
      ],
    },
    {
      label: MENU_TITLE.data,
      submenu: [command('importExcel'), command('exportSheet'), command('exportReport'), separator, command('catalog'), command('treasury')],
    },
    { label: MENU_TITLE.help, submenu: [command('shortcuts'), separator, command('about')] },
  ];
}

interface CommandTarget {
  webContents: { getURL(): string; send(channel: string, ...args: unknown[]): void };
}

/** A command goes to our page only: never to whatever page a window might show instead. */
export function sendCommand(win: CommandTarget | null, origin: string, command: AppCommand): void {
  if (win && isOurs(win.webContents.getURL(), origin)) win.webContents.send(COMMAND_CHANNEL, command);
}
