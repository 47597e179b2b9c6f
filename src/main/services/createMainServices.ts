import { join } from 'node:path'
import type { EventChannel } from '@shared/ipc/channels'
import type { EventPayload } from '@shared/ipc/contract'
import type { MainServices } from '../ipc/handlers'
import { removeOrphanTemporaries } from './atomicWrite'
import { BackupService } from './exchange/BackupService'
import { ExportService } from './exchange/ExportService'
import { ImportService } from './exchange/ImportService'
import type { PdfPrinter } from './exchange/PdfPrinter'
import { DamagedFilesService } from './DamagedFilesService'
import type { FileDialogs } from './FileDialogs'
import type { KeyValueStore } from './KeyValueStore'
import { appMediaBaseUrl } from './photos/mediaUrl'
import { PhotoLibrary } from './photos/PhotoLibrary'
import { RecoveryService } from './RecoveryService'
import { SettingsService } from './SettingsService'
import { CmsAccountService } from './sync/CmsAccountService'
import type { SecretStore } from './sync/SecretStore'
import { SyncService } from './sync/SyncService'

export type MainServiceDeps = {
  userDataDir: string
  store: KeyValueStore
  appInfo: MainServices['appInfo']
  openExternal: MainServices['openExternal']
  dialogs: FileDialogs
  /** Main → renderer events (photo import progress); unit tests may leave it out. */
  sendEvent?: SendEvent
  /** Where the renderer loads library media from: the app's copydesk-media: scheme by default, a path in the e2e harness. */
  mediaBaseUrl?: string
  /** Prints export PDFs: Electron's printToPDF in the app, the test's Chromium in the e2e harness. */
  pdfPrinter?: PdfPrinter
  /** Seals the CMS password: Electron safeStorage in the app, a test double in the e2e harness. */
  secrets: SecretStore
  /** Collects the files found damaged at start (openSettingsStore reports to it first); a new one when left out. */
  damagedFiles?: DamagedFilesService
}

const noPdfPrinter: PdfPrinter = {
  print: () => Promise.reject(new Error('No PDF printer is available here')),
}

export type SendEvent = <C extends EventChannel>(channel: C, payload: EventPayload<C>) => void

/** Builds every main-process service from plain dependencies: the app and the e2e harness share it. */
export function createMainServices(deps: MainServiceDeps): MainServices {
  // Writes a crash interrupted left temporary files; nothing reads them, nothing else removes them.
  const media = join(deps.userDataDir, 'media')
  const orphans = ['', 'recovery', 'media', 'media/originals', 'media/thumbs', 'media/previews']
  removeOrphanTemporaries(orphans.map((folder) => join(deps.userDataDir, folder)))
  const damagedFiles = deps.damagedFiles ?? new DamagedFilesService()
  const photos = new PhotoLibrary({
    mediaDir: media,
    mediaBaseUrl: deps.mediaBaseUrl ?? appMediaBaseUrl,
    dialogs: deps.dialogs,
    onProgress: (progress) => deps.sendEvent?.('photos:importProgress', progress),
    damagedFiles,
  })
  // The CMS sync: what waits in the outbox goes as soon as an account is connected and the site answers.
  const cms = new CmsAccountService(join(deps.userDataDir, 'cms-account.json'), deps.secrets, {
    onConnected: () => void sync.retryNow(),
    damagedFiles,
  })
  const sync = new SyncService({
    file: join(deps.userDataDir, 'cms-sync.json'),
    account: cms,
    photos,
    onChange: (state) => deps.sendEvent?.('cms:syncState', state),
    onProgress: (progress) => deps.sendEvent?.('cms:progress', progress),
    damagedFiles,
  })
  // Every file is read at start, so a damaged one is set aside and reported before the user acts.
  damagedFiles.waitFor(sync.start())
  damagedFiles.waitFor(cms.status())
  damagedFiles.waitFor(photos.ready())
  return {
    settings: new SettingsService(deps.store),
    recovery: new RecoveryService(join(deps.userDataDir, 'recovery')),
    appInfo: deps.appInfo,
    openExternal: deps.openExternal,
    dialogs: deps.dialogs,
    exporter: new ExportService(deps.dialogs, deps.pdfPrinter ?? noPdfPrinter),
    importer: new ImportService(deps.dialogs),
    backup: new BackupService(deps.store, deps.dialogs),
    photos,
    cms,
    sync,
    damagedFiles,
    dispose: async () => {
      await Promise.all([photos.dispose(), sync.dispose()])
    },
  }
}
