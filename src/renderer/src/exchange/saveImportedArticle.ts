import * as Y from 'yjs'
import { getSchema } from '@tiptap/core'
import { prosemirrorJSONToYXmlFragment } from 'y-prosemirror'
import type { ArticleFields } from '@shared/article/article'
import type { ProseMirrorJson } from '@shared/exchange/exportModelFromJson'
import { bodyOf, initArticleDoc } from '../article/articleDoc'
import type { CopydeskDb } from '../db/CopydeskDb'
import { storeNewArticle } from '../db/articleRepository'
import { articleSchemaExtensions } from '../editor/presets'

/** The article's first Yjs document from imported fields and a body in the editor's schema. */
export function importedArticleDoc(fields: Partial<ArticleFields>, body: ProseMirrorJson, createdAt = Date.now()): Y.Doc {
  const doc = new Y.Doc()
  initArticleDoc(doc, { ...fields, createdAt })
  // Throws on a body the schema refuses, before anything is stored.
  prosemirrorJSONToYXmlFragment(getSchema(articleSchemaExtensions()), body, bodyOf(doc))
  return doc
}

/** Stores an imported article as createArticle does; whoever imports it (its byline) owns it. */
export async function saveImportedArticle(db: CopydeskDb, fields: Partial<ArticleFields>, body: ProseMirrorJson): Promise<string> {
  const now = Date.now()
  return storeNewArticle(db, importedArticleDoc(fields, body, now), fields.byline ?? '', now)
}
