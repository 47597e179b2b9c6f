import { join } from 'node:path'
import type { MainServices } from '../ipc/handlers'
import type { FileDialogs } from './FileDialogs'
import type { KeyValueStore } from './KeyValueStore'
import { RecoveryService } from './RecoveryService'
import { SettingsService } from './SettingsService'

export type MainServiceDeps = {
  userDataDir: string
  store: KeyValueStore
  appInfo: MainServices['appInfo']
  openExternal: MainServices['openExternal']
  dialogs: FileDialogs
}

/** Builds every main-process service from plain dependencies: the app and the e2e harness share it. */
export function createMainServices(deps: MainServiceDeps): MainServices {
  return {
    settings: new SettingsService(deps.store),
    recovery: new RecoveryService(join(deps.userDataDir, 'recovery')),
    appInfo: deps.appInfo,
    openExternal: deps.openExternal,
    dialogs: deps.dialogs,
  }
}
