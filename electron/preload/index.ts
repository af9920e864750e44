// The preload exposes one thing: a call into the API over the single IPC channel.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL } from '../../shared/ipc';

contextBridge.exposeInMainWorld('sovon', {
  call: (name: string, input: unknown) => ipcRenderer.invoke(IPC_CHANNEL, name, input),
});
