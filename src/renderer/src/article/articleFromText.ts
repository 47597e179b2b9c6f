import * as Y from 'yjs'
import type { ArticleFields } from '@shared/article/article'
import { bodyOf, initArticleDoc } from './articleDoc'

/** A body block from plain text: a paragraph, or an H2/H3. */
export type PlainBlock = { type: 'paragraph' | 'heading2' | 'heading3'; text: string }

function elementFor(block: PlainBlock): Y.XmlElement {
  const element = new Y.XmlElement(block.type === 'paragraph' ? 'paragraph' : 'heading')
  if (block.type !== 'paragraph') element.setAttribute('level', block.type === 'heading2' ? '2' : '3')
  element.insert(0, [new Y.XmlText(block.text)])
  return element
}

/**
 * A complete article document from plain fields and blocks, in the same shape the editor writes
 * (ProseMirror node names in the Yjs body). Used to create seeded and imported articles.
 */
export function articleDocFromText(fields: Partial<ArticleFields>, blocks: PlainBlock[], createdAt = Date.now()): Y.Doc {
  const doc = new Y.Doc()
  initArticleDoc(doc, { ...fields, createdAt })
  doc.transact(() => {
    bodyOf(doc).insert(0, blocks.map(elementFor))
  })
  return doc
}
