import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { buildBridge } from '@shared/ipc/bridge'
import { eventChannels, invokeChannels, preloadOnlyChannels } from '@shared/ipc/channels'

// Only named functions built from the contract cross the bridge; never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  'copydesk',
  buildBridge(
    invokeChannels.filter((channel) => !preloadOnlyChannels.includes(channel)),
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

// Files dropped on the window go to the photo library by path. The page hands over File objects
// only — it cannot make one up for an arbitrary path — and the paths are read here, never by the page.
contextBridge.exposeInMainWorld('copydeskFiles', {
  importDroppedPhotos: (files: File[]) => {
    const paths = files.map((file) => webUtils.getPathForFile(file)).filter((path) => path !== '')
    return ipcRenderer.invoke('photos:importDropped', { paths })
  },
})
