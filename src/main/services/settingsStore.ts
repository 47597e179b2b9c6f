import { join } from 'node:path'
import { isReadableWindowState, WINDOW_STATE_KEY } from '../window/windowState'
import { isPlainObject, keepCopyAside, readJsonFile, setAside, type DamageReporter } from './damagedFile'
import { BACKUP_KEY, isReadableBackupSetting } from './exchange/BackupService'
import type { KeyValueStore } from './KeyValueStore'
import { salvageSettings, SETTINGS_KEY } from './SettingsService'

/** electron-store in the app, `conf` (what electron-store wraps, same file) in the e2e harness. */
export type OpenStore = () => KeyValueStore

/**
 * Opens `<userData>/settings.json` so that no state of the file stops the app from starting (the
 * store's own constructor throws on a file that is not JSON). Not JSON, or JSON that is not an
 * object: the file is moved aside and the store starts empty. An object with unreadable values
 * (settings, window state, backup folder): a copy is kept aside, what is still valid is kept and
 * the rest goes back to its default. Both the app and the e2e harness open the store here.
 */
export function openSettingsStore(userDataDir: string, open: OpenStore, reporter: DamageReporter): KeyValueStore {
  const path = join(userDataDir, 'settings.json')
  const read = readJsonFile(path, 'settings', reporter)
  if (read.found && !isPlainObject(read.value)) setAside(path, 'settings', 'wrong-shape', reporter)
  const stored = read.found && isPlainObject(read.value) ? read.value : {}
  const settings = salvageSettings(stored[SETTINGS_KEY])
  const badWindowState = !isReadableWindowState(stored[WINDOW_STATE_KEY])
  const badBackup = !isReadableBackupSetting(stored[BACKUP_KEY])
  const bad = [settings.dropped, badWindowState, badBackup].filter(Boolean).length
  if (bad > 0) keepCopyAside(path, 'settings', bad, reporter)
  const store = open()
  // Written back at once, so the next start finds a sound file and says nothing.
  if (settings.dropped) store.set(SETTINGS_KEY, settings.settings)
  if (badWindowState) store.set(WINDOW_STATE_KEY, null)
  if (badBackup) store.set(BACKUP_KEY, null)
  return store
}
