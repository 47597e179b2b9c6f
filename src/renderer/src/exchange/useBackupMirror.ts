import { useEffect } from 'react'
import * as Y from 'yjs'
import { bytesToBase64 } from '@shared/base64'
import { LOAD_ORIGIN } from '../article/articleDoc'
import { mainApi } from '../ipc/mainApi'
import { exportModelOf } from './exportModelOf'
import { whenQuiet } from '../ui/whenQuiet'

/** A few seconds after the writing pauses: a whole-file write per burst of typing, not per keystroke. */
export const BACKUP_DELAY_MS = 3000

/**
 * Mirrors the open article into the backup folder, if the user chose one (asked at each write, so
 * turning backups on or off applies at once): after changes settle, and when the article closes.
 * The article is serialised only when backups are on. Main owns the folder and the file names.
 */
export function useBackupMirror(doc: Y.Doc, articleId: string): void {
  useEffect(() => {
    let pending = false
    const write = async () => {
      if (!pending) return
      pending = false
      try {
        if ((await mainApi.backupStatus()).folder === null) return
        const article = exportModelOf(doc, articleId, { updatedAt: Date.now() })
        await mainApi.writeBackup({ article, yjsState: bytesToBase64(Y.encodeStateAsUpdate(doc)) })
      } catch (error) {
        // The next change tries again; the article itself is safe in local storage.
        console.warn('Backup copy failed:', error)
        pending = true
      }
    }
    const settled = whenQuiet(() => void write(), BACKUP_DELAY_MS)
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin === LOAD_ORIGIN) return
      pending = true
      settled.poke()
    }
    doc.on('update', onUpdate)
    return () => {
      doc.off('update', onUpdate)
      settled.cancel()
      void write()
    }
  }, [doc, articleId])
}
