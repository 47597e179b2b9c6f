import * as Y from 'yjs'
import { base64ToBytes } from '@shared/base64'
import { loadArticleInto, writeIndexEntry } from '../../db/articleRepository'
import { db } from '../../db/db'
import { cmsApi } from './cmsApi'

/** Dispatched on window for an article open in the editor: its document merges the update live. */
export const REMOTE_UPDATE_EVENT = 'copydesk:remote-update'
export const REMOTE_ORIGIN = 'copydesk:remote'
export type RemoteUpdateDetail = { articleId: string; update: Uint8Array }

/**
 * Merges what other writers put on the site into the local articles: each pulled Yjs update is
 * appended to the article's log in IndexedDB (an article new to this desk gets its first state),
 * the index row follows, an open article merges it live; then main is told how far we got, so a
 * crash in between only means merging the same updates again (Yjs ignores what it already has).
 */
export async function pullFromSite(): Promise<number> {
  const pulled = await cmsApi.pull()
  for (const article of pulled) {
    const update = Y.mergeUpdates(article.updates.map(base64ToBytes))
    const now = Date.now()
    const known = await db.articles.get(article.articleId)
    if (known) {
      await db.updates.add({ articleId: article.articleId, update, at: now })
    } else {
      await db.snapshots.put({ articleId: article.articleId, state: update, at: now })
    }
    const doc = new Y.Doc()
    await loadArticleInto(db, article.articleId, doc)
    await writeIndexEntry(db, article.articleId, doc, now)
    doc.destroy()
    dispatchEvent(new CustomEvent<RemoteUpdateDetail>(REMOTE_UPDATE_EVENT, { detail: { articleId: article.articleId, update } }))
    await cmsApi.acknowledge(article.articleId, article.cursor)
  }
  return pulled.length
}
