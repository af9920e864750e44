// The one IPC channel: calls from our own window go to the service; native file dialogs answer
// the "pickPath" call, which browser mode cannot.
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../../shared/ipc';
import type { Service } from '../backend/service/service';
import { type PrintShell, printOut } from './print';

const FILTERS = [{ name: 'Sổ Vốn', extensions: ['sovon'] }];

/** `print`: how to print (a hidden window); without it printOut answers as browser mode does. */
export function registerIpc(ipcMain: IpcMain, dialog: Dialog, service: Service, window: () => BrowserWindow | null, print?: PrintShell): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, name: unknown, input: unknown) => {
    const win = window();
    if (!win || event.sender !== win.webContents) return { ok: false, error: 'Lời gọi không đến từ cửa sổ của Sổ Vốn.' };
    if (name === 'pickPath') return { ok: true, result: await pickPath(dialog, win, input) };
    if (name === 'printOut' && print) return printOut(print, service, win, input);
    return service.dispatch(String(name), input);
  });
}

async function pickPath(dialog: Dialog, win: BrowserWindow, input: unknown): Promise<{ path: string | null; supported: true }> {
  const purpose = (input as { purpose?: string } | null)?.purpose;
  if (purpose === 'open') {
    const res = await dialog.showOpenDialog(win, { title: 'Mở sổ', filters: FILTERS, properties: ['openFile'] });
    return { path: res.canceled ? null : (res.filePaths[0] ?? null), supported: true };
  }
  const res = await dialog.showSaveDialog(win, { title: purpose === 'copy' ? 'Lưu bản sao' : 'Tạo sổ mới', filters: FILTERS });
  return { path: res.canceled ? null : (res.filePath ?? null), supported: true };
}
