import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'
import type { MenuLabels } from './menuLabels'

/** Placeholder until the newsroom's help pages exist; `.example` is reserved, so it opens nobody's site. */
export const helpUrl = 'https://copydesk.example/help'

export type AppMenuOptions = {
  platform: NodeJS.Platform
  /** Reload and developer tools are for developers only. */
  isPackaged: boolean
  labels: MenuLabels
  /** Asks the renderer to do something (new article, save a version…). */
  onCommand: (command: MenuCommand) => void
  /** The validated opener: http(s) and mailto only. */
  openExternal: (url: string) => void
}

/**
 * The application menu as a template (`Menu.buildFromTemplate` turns it into a menu). Only types
 * come from Electron, so the menu's shape is tested in plain Node.
 */
export function buildAppMenu(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { labels, onCommand } = options
  const mac = options.platform === 'darwin'
  const command = (label: string, accelerator: string, name: MenuCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => onCommand(name),
  })
  const settings = command(labels.settings, 'CmdOrCtrl+,', 'open-settings')
  const separator: MenuItemConstructorOptions = { type: 'separator' }

  const appMenu: MenuItemConstructorOptions = {
    label: 'Copydesk',
    submenu: [
      { role: 'about', label: labels.about },
      separator,
      settings,
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      separator,
      { role: 'quit', label: labels.quit },
    ],
  }

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      command(labels.newArticle, 'CmdOrCtrl+N', 'new-article'),
      command(labels.saveVersion, 'CmdOrCtrl+S', 'save-version'),
      separator,
      command(labels.showDesk, 'CmdOrCtrl+1', 'show-desk'),
      // Not CmdOrCtrl+F: that one stays with find-in-article in the editor.
      command(labels.find, 'CmdOrCtrl+Shift+F', 'find'),
      // On macOS, settings and quit live in the app menu.
      ...(mac ? [] : [separator, settings]),
      separator,
      { role: 'close', label: labels.closeWindow },
      ...(mac ? [] : [{ role: 'quit', label: labels.quit } as const]),
    ],
  }

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'pasteAndMatchStyle', label: labels.pasteAndMatchStyle },
      { role: 'selectAll', label: labels.selectAll },
    ],
  }

  const developerItems: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: labels.reload },
        { role: 'forceReload', label: labels.forceReload },
        { role: 'toggleDevTools', label: labels.toggleDevTools },
        separator,
      ]
  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      ...developerItems,
      { role: 'resetZoom', label: labels.resetZoom },
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
    ],
  }

  const windowMenu: MenuItemConstructorOptions = {
    label: labels.window,
    role: 'window',
    submenu: [
      { role: 'minimize', label: labels.minimize },
      { role: 'zoom', label: labels.zoom },
      ...(mac ? [separator, { role: 'front', label: labels.bringAllToFront } as const] : []),
    ],
  }

  const helpMenu: MenuItemConstructorOptions = {
    label: labels.help,
    role: 'help',
    submenu: [{ label: labels.copydeskHelp, click: () => options.openExternal(helpUrl) }],
  }

  return [...(mac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
}
