import { useEffect, useState } from 'react'
import Dexie from 'dexie'
import * as Y from 'yjs'
import { saveCheckpoint } from '../../db/checkpoints'
import type { CheckpointRow, CopydeskDb } from '../../db/CopydeskDb'

/**
 * "Changes since I last read it": when someone leaves an article, the version they saw is kept
 * (the newest checkpoint when it matches, else a new one) and remembered for them on this
 * computer; the next time they open it, they are offered the comparison from there.
 */
const keyOf = (articleId: string, reader: string) => `copydesk:lastRead:${articleId}:${reader}`

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((byte, index) => byte === b[index])

/** Records that `reader` has seen the document as it is now. */
export async function rememberRead(db: CopydeskDb, articleId: string, reader: string, state: Uint8Array): Promise<number> {
  const vector = Y.encodeStateVectorFromUpdate(state)
  const newest = await db.checkpoints
    .where('[articleId+createdAt]')
    .between([articleId, Dexie.minKey], [articleId, Dexie.maxKey])
    .last()
  let id = newest?.id
  if (!newest || !sameBytes(Y.encodeStateVectorFromUpdate(newest.state), vector)) {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, state)
    id = await saveCheckpoint(db, articleId, doc, 'read', reader)
    doc.destroy()
  }
  localStorage.setItem(keyOf(articleId, reader), String(id))
  return id!
}

/** The version `reader` last saw, when the document has changed since. */
export async function lastReadIfChanged(db: CopydeskDb, articleId: string, reader: string, doc: Y.Doc): Promise<CheckpointRow | null> {
  const id = Number(localStorage.getItem(keyOf(articleId, reader)))
  if (!id) return null
  const row = await db.checkpoints.get(id)
  if (!row || row.articleId !== articleId) return null
  return sameBytes(Y.encodeStateVectorFromUpdate(row.state), Y.encodeStateVector(doc)) ? null : row
}

/** While the article is open: what changed since this reader's last visit; on leaving, remember this visit. */
export function useLastRead(db: CopydeskDb, articleId: string, doc: Y.Doc, reader: string): CheckpointRow | null {
  const [lastRead, setLastRead] = useState<CheckpointRow | null>(null)
  useEffect(() => {
    let cancelled = false
    void lastReadIfChanged(db, articleId, reader, doc).then((row) => {
      if (!cancelled) setLastRead(row)
    })
    return () => {
      cancelled = true
      // Captured now: the document is destroyed once the article closes. A read mark that cannot be
      // stored (storage failing) only loses the "changes since" offer; the article itself is safe.
      rememberRead(db, articleId, reader, Y.encodeStateAsUpdate(doc)).catch(() => undefined)
    }
  }, [db, articleId, doc, reader])
  return lastRead
}
