import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuCommands } from '@shared/ipc/contract'
import { isSafeExternalUrl } from '@shared/links'
import { buildAppMenu, helpUrl, type AppMenuOptions } from './buildAppMenu'
import { menuLabels } from './menuLabels'

function build(overrides: Partial<AppMenuOptions> = {}) {
  const options: AppMenuOptions = {
    platform: 'linux',
    isPackaged: true,
    labels: menuLabels('en'),
    onCommand: vi.fn(),
    openExternal: vi.fn(),
    ...overrides,
  }
  return { menu: buildAppMenu(options), options }
}

function items(menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])])
}

function click(item: MenuItemConstructorOptions | undefined) {
  ;(item?.click as (() => void) | undefined)?.()
}

describe('buildAppMenu', () => {
  it('sends each menu command to the renderer when its item is clicked', () => {
    const { menu, options } = build()
    for (const item of items(menu)) if (!item.role && item.accelerator) click(item)
    expect(vi.mocked(options.onCommand).mock.calls.map(([command]) => command).sort()).toEqual(
      [...menuCommands].sort(),
    )
  })

  it('uses each accelerator once', () => {
    const accelerators = items(build().menu).flatMap((item) => (item.accelerator ? [item.accelerator] : []))
    expect(new Set(accelerators).size).toBe(accelerators.length)
    expect(accelerators).not.toContain('CmdOrCtrl+F')
  })

  it('has an app menu with settings and quit on macOS only', () => {
    const mac = build({ platform: 'darwin' }).menu
    expect(mac[0]?.label).toBe('Copydesk')
    expect(items(mac).filter((item) => item.role === 'quit')).toHaveLength(1)
    expect(items(mac).filter((item) => item.accelerator === 'CmdOrCtrl+,')).toHaveLength(1)
    const linux = build().menu
    expect(linux[0]?.label).toBe('File')
    expect(items(linux).some((item) => item.role === 'about' || item.role === 'services')).toBe(false)
    expect(items(linux).filter((item) => item.role === 'quit')).toHaveLength(1)
  })

  it('offers reload and developer tools only in development', () => {
    const roles = (isPackaged: boolean) => items(build({ isPackaged }).menu).map((item) => item.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(true)).not.toContain('reload')
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']))
  })

  it('opens help through the external opener, with a link it accepts', () => {
    const { menu, options } = build()
    click(items(menu).find((item) => item.label === 'Copydesk Help'))
    expect(options.openExternal).toHaveBeenCalledWith(helpUrl)
    expect(isSafeExternalUrl(helpUrl)).toBe(true)
  })

  it('labels every item in French for a French system', () => {
    const labels = items(build({ labels: menuLabels('fr-FR'), platform: 'darwin' }).menu)
      .filter((item) => item.type !== 'separator')
      .map((item) => item.label)
    expect(labels).toContain('Fichier')
    expect(labels).toContain('Nouvel article')
    expect(labels.every((label) => typeof label === 'string' && label.length > 0)).toBe(true)
  })
})
