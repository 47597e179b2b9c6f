import { resolve } from 'node:path'
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron'
import Store from 'electron-store'
import { isSafeExternalUrl } from '@shared/links'
import { createDispatcher } from './ipc/dispatcher'
import { createHandlers } from './ipc/handlers'
import { registerIpc } from './ipc/registerIpc'
import { buildAppMenu } from './menu/buildAppMenu'
import { menuLabels } from './menu/menuLabels'
import { sendMenuCommand } from './menu/sendMenuCommand'
import { createMainServices } from './services/createMainServices'
import { DamagedFilesService } from './services/DamagedFilesService'
import { openSettingsStore } from './services/settingsStore'
import { createMainWindow } from './window/createMainWindow'
import { electronFileDialogs } from './window/electronFileDialogs'
import { electronSecretStore } from './window/electronSecretStore'
import { electronPdfPrinter } from './window/electronPdfPrinter'
import { hardenSession } from './window/hardenSession'
import { handleMediaProtocol, registerMediaScheme } from './window/mediaProtocol'
import { loadWindowBounds, rememberWindowState } from './window/rememberWindowState'
import { rendererLocation } from './window/rendererLocation'

// Tests and side-by-side profiles get their own data folder (and so their own single-instance lock).
const userDataOverride = process.env.COPYDESK_USER_DATA
if (userDataOverride) app.setPath('userData', resolve(userDataOverride))
// Library photos reach the page over copydesk-media: (never file://); the scheme is declared before ready.
registerMediaScheme()

/** The one door to the user's browser or mail app; everything else was refused before. */
async function openExternal(url: string): Promise<void> {
  if (!isSafeExternalUrl(url)) throw new Error('Only http, https and mailto links can be opened')
  await shell.openExternal(new URL(url).href)
}

/** For the menu and pop-up links, where no one waits for an answer: log a failure rather than lose it. */
function openExternalLater(url: string): void {
  openExternal(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error))
}

function start(): void {
  const userDataDir = app.getPath('userData')
  // A damaged file is set aside and reported (never a start that throws): see damagedFile.ts.
  const damagedFiles = new DamagedFilesService()
  const store = openSettingsStore(userDataDir, () => new Store({ name: 'settings' }), damagedFiles)
  const services = createMainServices({
    userDataDir,
    store,
    damagedFiles,
    appInfo: () => ({
      version: app.getVersion(),
      systemLocale: app.getPreferredSystemLanguages()[0] ?? app.getLocale(),
      platform: process.platform,
    }),
    openExternal,
    dialogs: electronFileDialogs,
    pdfPrinter: electronPdfPrinter,
    secrets: electronSecretStore,
    sendEvent: (channel, payload) => {
      for (const window of BrowserWindow.getAllWindows()) {
        if (!window.isDestroyed()) window.webContents.send(channel, payload)
      }
    },
  })
  handleMediaProtocol(services.photos)
  // Ends the photo library's ExifTool process (and lets its last catalogue write finish).
  let disposed = false
  app.on('will-quit', (event) => {
    if (disposed) return
    disposed = true
    event.preventDefault()
    void services
      .dispose()
      .catch((error: unknown) => console.error('Could not close the services cleanly:', error))
      .finally(() => app.quit())
  })
  const renderer = rendererLocation()
  hardenSession(session.defaultSession, { isDev: renderer.devServerUrl !== undefined })
  registerIpc(createDispatcher(createHandlers(services)), renderer)

  // The menu speaks the UI language chosen in settings, else the system's (read once, at start).
  const { language } = services.settings.get()
  const locale = language === 'system' ? services.appInfo().systemLocale : language
  const template = buildAppMenu({
    platform: process.platform,
    isPackaged: app.isPackaged,
    labels: menuLabels(locale),
    onCommand: sendMenuCommand,
    openExternal: openExternalLater,
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))

  const openWindow = () => {
    const window = createMainWindow({
      bounds: loadWindowBounds(store),
      renderer,
      openExternal: openExternalLater,
    })
    rememberWindowState(window, store)
  }
  const showWindow = () => {
    const window = BrowserWindow.getAllWindows()[0]
    if (!window) return openWindow()
    if (window.isMinimized()) window.restore()
    window.focus()
  }
  openWindow()
  // macOS keeps the app running with no window; clicking the Dock icon brings one back.
  app.on('activate', showWindow)
  // Launching Copydesk again (or opening it from a link) shows the window already open.
  app.on('second-instance', showWindow)
}

if (!app.requestSingleInstanceLock()) {
  // Another Copydesk already runs on this data folder: it shows its window (see 'second-instance').
  app.quit()
} else {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      // Never a window-less app holding the single-instance lock: say what failed and quit.
      console.error('Copydesk could not start:', error)
      dialog.showErrorBox('Copydesk', `Copydesk could not start / n'a pas pu démarrer:\n${error instanceof Error ? error.message : String(error)}`)
      app.releaseSingleInstanceLock()
      app.exit(1)
    })
}
