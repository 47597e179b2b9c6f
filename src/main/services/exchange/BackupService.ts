import { mkdir, readdir, realpath, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { base64ToBytes } from '@shared/base64'
import type { ExportArticle } from '@shared/exchange/exportModel'
import { safeFileName } from '@shared/exchange/safeFileName'
import { ServiceError } from '../../ipc/dispatcher'
import { atomicWrite } from '../atomicWrite'
import type { FileDialogs } from '../FileDialogs'
import type { KeyValueStore } from '../KeyValueStore'
import { renderMarkdown } from '@shared/exchange/formats/markdown'
import { isDirectChild } from './writeInsideFolder'

export const BACKUP_KEY = 'backup'
const KEY = BACKUP_KEY
const storedSchema = z.object({ folder: z.string().min(1) })
/** Whether a stored backup choice is readable (null or absent: no folder chosen). */
export const isReadableBackupSetting = (value: unknown): boolean => value == null || storedSchema.safeParse(value).success
/** The Yjs states, for a full restore, beside the readable Markdown files. */
export const backupStateFolder = '.copydesk-state'

export type BackupStatus = { folder: string | null }

/**
 * The optional backup folder: every article mirrored as it is written, a second copy outside the
 * browser's storage. The folder is chosen in main's dialog and kept by main; the renderer only sends
 * an article's words and Yjs state, and main decides the file names inside that folder.
 */
export class BackupService {
  constructor(
    private readonly store: KeyValueStore,
    private readonly dialogs: FileDialogs,
  ) {}

  status(): BackupStatus {
    const stored = storedSchema.safeParse(this.store.get(KEY))
    return { folder: stored.success ? stored.data.folder : null }
  }

  /** Asks for the folder; Cancel keeps the current choice. */
  async chooseFolder(dialogTitle = 'Choose the backup folder'): Promise<BackupStatus> {
    const folder = await this.dialogs.openFolder({ title: dialogTitle })
    if (folder) this.store.set(KEY, { folder })
    return this.status()
  }

  disable(): BackupStatus {
    this.store.set(KEY, null)
    return this.status()
  }

  /** Writes `<headline> (<id>).md` and the Yjs state; null when no folder is chosen. */
  async write({ article, yjsState }: { article: ExportArticle; yjsState: string }): Promise<{ fileName: string } | null> {
    const { folder } = this.status()
    if (!folder) return null
    let root: string
    try {
      root = await realpath(folder)
    } catch {
      throw new ServiceError('io-failed', `The backup folder “${folder}” is not available.`)
    }
    const shortId = article.id.slice(0, 8)
    const fileName = `${safeFileName(article.headline, '', 'Untitled')} (${shortId}).md`
    const path = join(root, fileName)
    if (!isDirectChild(root, path)) throw new ServiceError('invalid-request', 'Refused a backup name outside the folder')
    try {
      await atomicWrite(path, renderMarkdown(article))
      await mkdir(join(root, backupStateFolder), { recursive: true })
      await atomicWrite(join(root, backupStateFolder, `${article.id}.yjs`), base64ToBytes(yjsState))
      // The headline changed since the last copy: the file under the old name goes.
      for (const name of await readdir(root)) {
        if (name !== fileName && name.endsWith(` (${shortId}).md`)) await rm(join(root, name), { force: true })
      }
    } catch (error) {
      throw new ServiceError('io-failed', `Could not write the backup of “${article.headline}”: ${error instanceof Error ? error.message : String(error)}`)
    }
    return { fileName }
  }
}
