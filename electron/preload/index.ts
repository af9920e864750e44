// The preload exposes two things: a call into the API over the single IPC channel, and one
// listener for the native menu's commands (a name from shared/app-commands.ts, nothing else:
// not Electron's event, not a name the page does not know). A new listener replaces the last.
import { contextBridge, ipcRenderer } from 'electron';
import { COMMAND_CHANNEL, IPC_CHANNEL } from '../../shared/ipc';
import { isAppCommand } from '../../shared/app-commands';

let listener: ((command: string) => void) | null = null;
ipcRenderer.on(COMMAND_CHANNEL, (_event, command: unknown) => {
  if (listener && isAppCommand(command)) listener(command);
});

contextBridge.exposeInMainWorld('sovon', {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
  onCommand: (fn: unknown) => { listener = typeof fn === 'function' ? (fn as (command: string) => void) : null; },
});
