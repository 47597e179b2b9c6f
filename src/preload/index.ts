import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { buildBridge } from '@shared/ipc/bridge'
import { eventChannels, invokeChannels } from '@shared/ipc/channels'

// Only named functions built from the contract cross the bridge; never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'copydesk',
  buildBridge(
    invokeChannels,
    eventChannels,
    (channel, request) => ipcRenderer.invoke(channel, request),
    (channel, listener) => {
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload)
      ipcRenderer.on(channel, handler)
      return () => {
        ipcRenderer.removeListener(channel, handler)
      }
    },
  ),
)
