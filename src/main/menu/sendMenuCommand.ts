import { BrowserWindow } from 'electron'
import { eventContract, type MenuCommand } from '@shared/ipc/contract'

/** Hands a menu command to the window the user is looking at; with no window open there is no one to tell. */
export function sendMenuCommand(command: MenuCommand): void {
  const payload = eventContract['menu:command'].parse(command)
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  if (window && !window.isDestroyed()) window.webContents.send('menu:command', payload)
}
