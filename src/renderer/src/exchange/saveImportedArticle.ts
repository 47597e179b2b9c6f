import * as Y from 'yjs'
import { getSchema } from '@tiptap/core'
import { prosemirrorJSONToYXmlFragment } from 'y-prosemirror'
import type { ArticleFields } from '@shared/article/article'
import type { ProseMirrorJson } from '@shared/exchange/exportModelFromJson'
import { bodyOf, initArticleDoc } from '../article/articleDoc'
import { indexEntryFromDoc } from '../article/articleIndex'
import type { CopydeskDb } from '../db/CopydeskDb'
import { articleSchemaExtensions } from '../editor/presets'

/** The article's first Yjs document from imported fields and a body in the editor's schema. */
export function importedArticleDoc(fields: Partial<ArticleFields>, body: ProseMirrorJson, createdAt = Date.now()): Y.Doc {
  const doc = new Y.Doc()
  initArticleDoc(doc, { ...fields, createdAt })
  // Throws on a body the schema refuses, before anything is stored.
  prosemirrorJSONToYXmlFragment(getSchema(articleSchemaExtensions()), body, bodyOf(doc))
  return doc
}

/** Stores an imported article as createArticle does: first state and index row in one transaction. */
export async function saveImportedArticle(db: CopydeskDb, fields: Partial<ArticleFields>, body: ProseMirrorJson): Promise<string> {
  const id = crypto.randomUUID()
  const now = Date.now()
  const doc = importedArticleDoc(fields, body, now)
  const { row, words } = indexEntryFromDoc(doc, id, { updatedAt: now, trashedAt: 0 })
  await db.transaction('rw', [db.snapshots, db.articles, db.articleWords], async () => {
    await db.snapshots.put({ articleId: id, state: Y.encodeStateAsUpdate(doc), at: now })
    await db.articles.put(row)
    await db.articleWords.put({ id, words })
  })
  doc.destroy()
  return id
}
