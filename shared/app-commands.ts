// The commands of the window's menus, by name: the native menu (electron/main/menu.ts) sends a
// name to the page, which runs the handler its own menus and keys run (renderer/src/menu/
// app-commands.ts). One list, so neither side can name a command the other does not know.

export const APP_COMMANDS = [
  // Tệp
  'newBook', 'openBook', 'saveCopy', 'print', 'backups', 'settings',
  // Sửa
  'undo', 'redo', 'find',
  // Xem
  'toggleChecks', 'dockRight', 'dockBelow', 'resetWidths',
  // Dữ liệu
  'importExcel', 'exportSheet', 'exportReport', 'catalog', 'treasury',
  // Trợ giúp
  'shortcuts', 'about',
] as const;

export type AppCommand = (typeof APP_COMMANDS)[number];

const known: ReadonlySet<string> = new Set(APP_COMMANDS);

/** Whatever came over a channel, a command only if it is one of ours. */
export function isAppCommand(name: unknown): name is AppCommand {
  return typeof name === 'string' && known.has(name);
}
