import * as Y from 'yjs'
import type { ArticleFields } from '@shared/article/article'
import { fieldsOf, initArticleDoc, LOAD_ORIGIN } from '../article/articleDoc'
import { OWNER } from '../article/articleWorkflow'
import { indexEntryFromDoc } from '../article/articleIndex'
import type { CopydeskDb } from './CopydeskDb'

/**
 * Creates an article: its first document state and its index row, in one transaction. The owner
 * (for "my drafts") is whoever starts it; by default the byline, which the app fills with their name.
 */
export async function createArticle(db: CopydeskDb, initial: Partial<ArticleFields> = {}, owner = initial.byline ?? ''): Promise<string> {
  const now = Date.now()
  const doc = new Y.Doc()
  initArticleDoc(doc, { ...initial, createdAt: now })
  return storeNewArticle(db, doc, owner, now)
}

/**
 * Stores a new article's first state (`doc`, then destroyed) with its owner and index row, in one
 * transaction. `id` is new unless the article already has one elsewhere (a post brought from the site).
 */
export async function storeNewArticle(db: CopydeskDb, doc: Y.Doc, owner: string, now = Date.now(), id: string = crypto.randomUUID()): Promise<string> {
  if (fieldsOf(doc).get(OWNER) !== owner) doc.transact(() => fieldsOf(doc).set(OWNER, owner), LOAD_ORIGIN)
  const { row, words } = indexEntryFromDoc(doc, id, { updatedAt: now, trashedAt: 0 })
  await db.transaction('rw', [db.snapshots, db.articles, db.articleWords], async () => {
    await db.snapshots.put({ articleId: id, state: Y.encodeStateAsUpdate(doc), at: now })
    await db.articles.put(row)
    await db.articleWords.put({ id, words })
  })
  doc.destroy()
  return id
}

export type LoadedLog = { found: boolean; logLength: number; lastSeq: number }

/** Reads an article's snapshot and update log and applies them to `doc`. */
export async function loadArticleInto(db: CopydeskDb, id: string, doc: Y.Doc): Promise<LoadedLog> {
  const [snapshot, updates] = await db.transaction('r', [db.snapshots, db.updates], () =>
    Promise.all([db.snapshots.get(id), db.updates.where('articleId').equals(id).sortBy('seq')]),
  )
  if (!snapshot && updates.length === 0) return { found: false, logLength: 0, lastSeq: 0 }
  const parts = [...(snapshot ? [snapshot.state] : []), ...updates.map((row) => row.update)]
  Y.applyUpdate(doc, parts.length === 1 ? parts[0]! : Y.mergeUpdates(parts), LOAD_ORIGIN)
  return { found: true, logLength: updates.length, lastSeq: updates.at(-1)?.seq ?? 0 }
}

/** Writes the index row and search words of a loaded document. Keeps the trash state as stored. */
export async function writeIndexEntry(db: CopydeskDb, id: string, doc: Y.Doc, updatedAt: number): Promise<void> {
  await db.transaction('rw', [db.articles, db.articleWords], async () => {
    const existing = await db.articles.get(id)
    const { row, words } = indexEntryFromDoc(doc, id, { updatedAt, trashedAt: existing?.trashedAt ?? 0 })
    await db.articles.put(row)
    await db.articleWords.put({ id, words })
  })
}

export async function moveToTrash(db: CopydeskDb, id: string): Promise<void> {
  await db.articles.update(id, { trashedAt: Date.now() })
}

export async function restoreFromTrash(db: CopydeskDb, id: string): Promise<void> {
  await db.articles.update(id, { trashedAt: 0 })
}

/** Moves several articles to the trash in one transaction (a selection on the desk). */
export async function moveManyToTrash(db: CopydeskDb, ids: readonly string[]): Promise<void> {
  const now = Date.now()
  await db.articles.where('id').anyOf(ids).modify({ trashedAt: now })
}

export async function restoreManyFromTrash(db: CopydeskDb, ids: readonly string[]): Promise<void> {
  await db.articles.where('id').anyOf(ids).modify({ trashedAt: 0 })
}

/**
 * Folds an article's update log into its snapshot, in one transaction so a crash leaves either
 * the old log or the new snapshot. `state` is the document's full state, which already holds
 * every update logged so far.
 */
export async function compactArticle(db: CopydeskDb, id: string, state: Uint8Array, upToSeq: number): Promise<void> {
  await db.transaction('rw', [db.snapshots, db.updates], async () => {
    await db.snapshots.put({ articleId: id, state, at: Date.now() })
    await db.updates
      .where('articleId')
      .equals(id)
      .and((row) => (row.seq ?? 0) <= upToSeq)
      .delete()
  })
}
