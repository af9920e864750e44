// The one IPC channel: calls from our own window go to the service; native file dialogs answer
// the "pickPath" call, which browser mode cannot.
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/ipc';
import { calls, isCallName } from '../../shared/api';
import type { Service } from '../backend/service/service';
import { isOurs } from './origin';
import { type PrintShell, printOut } from './print';
import { replyToWire } from '../../shared/wire-reply';
import { SHELL } from '../../shared/i18n/shell';
import { APP_NAME } from '../../shared/i18n/vi';

const FILTERS = [{ name: APP_NAME, extensions: ['sovon'] }];

/** `origin`: the page's own (origin.ts). `print`: how to print (a hidden window); without it
 * printOut answers as browser mode does. `answered`: after each call the service answered (the
 * menu's recent books follow the book she opened). */
export function registerIpc(ipcMain: IpcMain, dialog: Dialog, service: Service, window: () => BrowserWindow | null, origin: string, print?: PrintShell, answered?: () => void): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const win = window();
    if (!win || event.sender !== win.webContents || !fromOurPage(event, origin)) return { ok: false, error: SHELL.notOurs };
    const call = String(name);
    switch (isCallName(call) ? calls[call].inElectron : undefined) {
      case 'nativeDialog': return { ok: true, result: await pickPath(dialog, win, input) };
      case 'print': if (print) return printOut(print, service, win, input); break;
      // browser mode's picker lists folders; Electron has the system's dialog, and a page here
      // has no business walking the disk
      case 'refused': return { ok: false, error: SHELL.nativeDialogOnly };
    }
    const reply = await service.dispatch(call, input);
    answered?.();
    return replyToWire(call, reply);
  });
}

/**
 * Our window is not enough: a frame inside it (an iframe an injected page slipped in) or a page
 * it was navigated to would share its webContents. Only our page's main frame may call. The
 * frame is null when it navigated away or closed while the call was on its way.
 */
function fromOurPage(event: IpcMainInvokeEvent, origin: string): boolean {
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isOurs(frame.url, origin);
}

async function pickPath(dialog: Dialog, win: BrowserWindow, input: unknown): Promise<{ path: string | null; supported: true }> {
  const purpose = (input as { purpose?: string } | null)?.purpose;
  if (purpose === 'open') {
    const res = await dialog.showOpenDialog(win, { title: SHELL.openTitle, filters: FILTERS, properties: ['openFile'] });
    return { path: res.canceled ? null : (res.filePaths[0] ?? null), supported: true };
  }
  const res = await dialog.showSaveDialog(win, { title: purpose === 'copy' ? SHELL.copyTitle : SHELL.newTitle, filters: FILTERS });
  return { path: res.canceled ? null : (res.filePath ?? null), supported: true };
}
