import type { BackupService } from '../services/exchange/BackupService'
import type { ExportService } from '../services/exchange/ExportService'
import type { ImportService } from '../services/exchange/ImportService'
import type { DamagedFilesService } from '../services/DamagedFilesService'
import type { FileDialogs } from '../services/FileDialogs'
import type { PhotoLibrary } from '../services/photos/PhotoLibrary'
import type { RecoveryService } from '../services/RecoveryService'
import type { CmsAccountService } from '../services/sync/CmsAccountService'
import type { SyncService } from '../services/sync/SyncService'
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
  /** Export of an article to HTML, Markdown, ninjs, NewsML-G2 or PDF, in a folder the user picks. */
  exporter: ExportService
  /** Reading a file the user picks for import (the renderer converts it). */
  importer: ImportService
  /** The optional backup folder every article is mirrored into. */
  backup: BackupService
  /** The photo library under <userData>/media. */
  photos: PhotoLibrary
  /** The WordPress account (password sealed by the SecretStore, never sent to the renderer). */
  cms: CmsAccountService
  /** The persisted outbox that puts filed articles on the site. */
  sync: SyncService
  /** The files this start found damaged and set aside. */
  damagedFiles: DamagedFilesService
  /** Ends what the services keep running (the photo library's ExifTool process); called when the app quits. */
  dispose: () => Promise<void>
}

/** The one registration list: which service answers each channel. */
export function createHandlers(services: MainServices): Handlers {
  return {
    'app:info': () => services.appInfo(),
    'settings:get': () => services.settings.get(),
    'settings:update': (patch) => services.settings.update(patch),
    'recovery:write': (copy) => services.recovery.write(copy),
    'recovery:list': () => services.recovery.list(),
    'startup:damagedFiles': () => services.damagedFiles.list(),
    'links:openExternal': async ({ url }) => {
      await services.openExternal(url)
      return null
    },
    'photos:import': (request) => services.photos.import(request),
    'photos:list': () => services.photos.list(),
    'photos:get': ({ id }) => services.photos.get(id),
    'photos:update': ({ ids, patch }) => services.photos.update(ids, patch),
    'photos:exportWithMetadata': ({ id, dialogTitle }) => services.photos.exportWithMetadata(id, dialogTitle),
    'photos:remove': ({ ids }) => services.photos.remove(ids),
    'photos:setUsage': ({ articleId, photoIds }) => services.photos.setUsage(articleId, photoIds),
    'photos:mediaBase': () => ({ baseUrl: services.photos.mediaBaseUrl() }),
    'photos:importDropped': ({ paths }) => services.photos.importPaths(paths),
    'photos:importImageData': (request) => services.photos.importImageData(request),
    'exchange:export': (request) => services.exporter.export(request),
    'exchange:import': ({ dialogTitle }) => services.importer.pick(dialogTitle),
    'backup:status': () => services.backup.status(),
    'backup:chooseFolder': ({ dialogTitle }) => services.backup.chooseFolder(dialogTitle),
    'backup:disable': () => services.backup.disable(),
    'backup:write': (request) => services.backup.write(request),
    'cms:connect': (request) => services.cms.connect(request),
    'cms:status': () => services.cms.status(),
    'cms:disconnect': () => services.cms.disconnect(),
    'cms:file': (request) => services.sync.file(request),
    'cms:articleState': ({ articleId }) => services.sync.state(articleId),
    'cms:pull': async () => {
      const { articles, failures } = await services.sync.pull()
      return {
        articles: articles.map((article) => ({ ...article, updates: article.updates.map((update) => Buffer.from(update).toString('base64')) })),
        failures,
      }
    },
    'cms:acknowledge': async ({ articleId, cursor, siteEditAt }) => {
      await services.sync.acknowledge(articleId, cursor, siteEditAt)
      return null
    },
    'cms:fetchPhotos': ({ photoIds }) => services.sync.fetchPhotos(photoIds),
    'cms:adopt': ({ articleId, yjsState }) => services.sync.adopt(articleId, yjsState),
    'cms:retryNow': async () => {
      await services.sync.retryNow()
      return null
    },
  }
}
