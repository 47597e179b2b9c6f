import { BrowserWindow, dialog } from 'electron'
import type { FileDialogs } from '../services/FileDialogs'

/** The FileDialogs seam on Electron's native dialogs, sheet-attached to the focused window. */
export const electronFileDialogs: FileDialogs = {
  async openFiles({ title, filters, multiple = false }) {
    const window = BrowserWindow.getFocusedWindow()
    const options: Electron.OpenDialogOptions = {
      title,
      filters,
      properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    }
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? [] : result.filePaths
  },
  async openFolder({ title }) {
    const window = BrowserWindow.getFocusedWindow()
    const options: Electron.OpenDialogOptions = { title, properties: ['openDirectory', 'createDirectory'] }
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    return result.canceled ? null : (result.filePaths[0] ?? null)
  },
  async saveFile({ title, defaultName, filters }) {
    const window = BrowserWindow.getFocusedWindow()
    const options: Electron.SaveDialogOptions = { title, defaultPath: defaultName, filters }
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled ? null : (result.filePath ?? null)
  },
}
