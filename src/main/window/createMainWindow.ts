import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import { isSafeExternalUrl } from '@shared/links'
import type { RendererLocation } from '../ipc/isTrustedRendererUrl'
import { rendererIndexPath } from './rendererLocation'
import { minWindowSize, type WindowBounds } from './windowState'

export type MainWindowOptions = {
  bounds: WindowBounds
  renderer: RendererLocation
  /** The validated opener: links the page tries to open go to the user's browser or mail app. */
  openExternal: (url: string) => void
}

/** The one Copydesk window: sandboxed, no Node, no navigation away from our renderer, no pop-ups. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { isMaximized, ...bounds } = options.bounds
  const window = new BrowserWindow({
    ...bounds,
    minWidth: minWindowSize.width,
    minHeight: minWindowSize.height,
    show: false,
    title: 'Copydesk',
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    },
  })

  window.once('ready-to-show', () => {
    if (isMaximized) window.maximize()
    window.show()
  })

  const contents = window.webContents
  contents.on('will-navigate', (event) => {
    if (event.url !== contents.getURL()) event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) options.openExternal(url)
    return { action: 'deny' }
  })

  if (options.renderer.devServerUrl) void window.loadURL(options.renderer.devServerUrl)
  else void window.loadFile(rendererIndexPath)
  return window
}
