import * as Y from 'yjs'
import type { CopydeskDb } from './CopydeskDb'
import { loadArticleInto, writeIndexEntry } from './articleRepository'

/**
 * Changes one article that is not open in an editor (a batch action on the desk): loads its
 * document, runs `edit`, appends what changed to its update log as the editor would, and rewrites
 * its index row. `edit` returns false to leave the article as it is. True when it changed.
 */
export async function editStoredArticle(db: CopydeskDb, id: string, edit: (doc: Y.Doc) => boolean | Promise<boolean>): Promise<boolean> {
  const doc = new Y.Doc()
  try {
    const loaded = await loadArticleInto(db, id, doc)
    if (!loaded.found) return false
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    if (!(await edit(doc)) || updates.length === 0) return false
    const now = Date.now()
    await db.updates.add({ articleId: id, update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), at: now })
    await writeIndexEntry(db, id, doc, now)
    return true
  } finally {
    doc.destroy()
  }
}
