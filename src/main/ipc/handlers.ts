import type { FileDialogs } from '../services/FileDialogs'
import type { RecoveryService } from '../services/RecoveryService'
import type { SettingsService } from '../services/SettingsService'
import type { Handlers } from './dispatcher'

export type MainServices = {
  settings: SettingsService
  recovery: RecoveryService
  appInfo: () => { version: string; systemLocale: string; platform: string }
  /** Electron's shell.openExternal in the app; a recorder in tests (no desktop to open a browser on). */
  openExternal: (url: string) => Promise<void>
  /** Native open/save dialogs in the app; a queued-answers test double in the e2e harness. */
  dialogs: FileDialogs
}

/** The one registration list: which service answers each channel. */
export function createHandlers(services: MainServices): Handlers {
  return {
    'app:info': () => services.appInfo(),
    'settings:get': () => services.settings.get(),
    'settings:update': (patch) => services.settings.update(patch),
    'recovery:write': (copy) => services.recovery.write(copy),
    'recovery:list': () => services.recovery.list(),
    'links:openExternal': async ({ url }) => {
      await services.openExternal(url)
      return null
    },
  }
}
