import { useEffect, useMemo, useState } from 'react'
import * as Y from 'yjs'
import { ArticlePersistence } from '../db/ArticlePersistence'
import { saveCheckpoint } from '../db/checkpoints'
import { db } from '../db/db'
import { initArticleDoc, LOAD_ORIGIN } from './articleDoc'
import { ArticleUndoManager } from './ArticleUndoManager'
import { RecoveryWriter, type RecoveryState } from './RecoveryWriter'

/** A version is saved automatically after this long of editing since the last one. */
export const AUTO_CHECKPOINT_MS = 5 * 60 * 1000

export type ArticleSession = {
  articleId: string
  doc: Y.Doc
  undoManager: ArticleUndoManager
  persistence: ArticlePersistence | null
  recovery: RecoveryWriter
}

type SessionState =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; session: ArticleSession }

function createSession(articleId: string, doc: Y.Doc, persistence: ArticlePersistence | null, onRecovery: (s: RecoveryState) => void): ArticleSession {
  const undoManager = new ArticleUndoManager(doc)
  return { articleId, doc, undoManager, persistence, recovery: new RecoveryWriter(articleId, doc, onRecovery) }
}

/**
 * Closing an article: unsaved changes go to the unload journal (at once) and, while storage fails,
 * to the recovery copy on disk, before one last write to IndexedDB is tried. If that write fails
 * too, the copy on disk is brought up to date with it.
 */
async function closeSession(session: ArticleSession): Promise<void> {
  session.undoManager.dispose()
  const { persistence, recovery } = session
  await Promise.allSettled([recovery.close(), persistence?.destroy()])
  if (persistence?.hasUnsaved) await recovery.writeFinal(persistence.saveState.kind === 'error' ? persistence.saveState.message : '')
}

/** Opens an article from IndexedDB and keeps it saved while it is open. */
export function useArticleSession(articleId: string, onRecovery: (state: RecoveryState) => void): SessionState {
  const [state, setState] = useState<SessionState>({ kind: 'loading' })

  useEffect(() => {
    let cancelled = false
    const doc = new Y.Doc()
    let session: ArticleSession | undefined
    let autoTimer: ReturnType<typeof setInterval> | undefined
    const unwatch: (() => void)[] = []
    setState({ kind: 'loading' })
    ArticlePersistence.open(db, articleId, doc)
      .then((persistence) => {
        if (cancelled) {
          void persistence?.destroy()
          return
        }
        if (!persistence) {
          setState({ kind: 'missing' })
          return
        }
        session = createSession(articleId, doc, persistence, onRecovery)
        // Storage trouble: keep a copy on disk until writes succeed again.
        const recovery = session.recovery
        unwatch.push(
          persistence.subscribe((save) => {
            if (save.kind === 'error') recovery.start(save.message)
            else if (save.kind === 'saved') recovery.stop()
          }),
        )
        let changedSinceCheckpoint = false
        const onUpdate = (_update: Uint8Array, origin: unknown) => {
          if (origin !== LOAD_ORIGIN) changedSinceCheckpoint = true
        }
        doc.on('update', onUpdate)
        unwatch.push(() => doc.off('update', onUpdate))
        autoTimer = setInterval(() => {
          if (!changedSinceCheckpoint) return
          changedSinceCheckpoint = false
          // A version that cannot be stored now is tried again at the next interval; the log has the changes.
          saveCheckpoint(db, articleId, doc, 'auto').catch(() => (changedSinceCheckpoint = true))
        }, AUTO_CHECKPOINT_MS)
        setState({ kind: 'ready', session })
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
      })
    return () => {
      cancelled = true
      clearInterval(autoTimer)
      for (const stop of unwatch) stop()
      if (session) void closeSession(session).finally(() => doc.destroy())
    }
  }, [articleId, onRecovery])

  return state
}

/** A session for when IndexedDB cannot be used at all: the article lives in memory and on disk. */
export function useScratchSession(onRecovery: (state: RecoveryState) => void, reason: string): ArticleSession {
  const session = useMemo(() => {
    const doc = new Y.Doc()
    initArticleDoc(doc, { createdAt: Date.now() })
    return createSession(crypto.randomUUID(), doc, null, onRecovery)
  }, [onRecovery])
  useEffect(() => {
    session.recovery.start(reason)
    return () => {
      void session.recovery.close()
      session.undoManager.dispose()
    }
  }, [session, reason])
  return session
}
