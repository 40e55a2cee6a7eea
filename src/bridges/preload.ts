import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './buildApi';
import { eventChannel } from '../shared/ipc/transport';

// The sandboxed desktop bridge: the page gets one method per channel, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'api',
  buildApi(
    (channel, input, meta) => ipcRenderer.invoke(channel, input, meta),
    (event, listener) => {
      const wrapped = (_event: unknown, payload: unknown) => listener(payload);
      ipcRenderer.on(eventChannel(event), wrapped);
      return () => ipcRenderer.removeListener(eventChannel(event), wrapped);
    },
  ),
);
