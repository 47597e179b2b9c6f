import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as Y from 'yjs'
import type { ArticleStatus } from '@shared/article/article'
import type { FileArticleRequest } from '@shared/cms/filing'

type ExampleArticle = { section: string; headline: string; body: string[]; tags: string[] }

const repoRoot = join(import.meta.dirname, '../../../../..')

/** The reference French article (e2e/data/example-article.json). */
export const exampleArticle: ExampleArticle = JSON.parse(readFileSync(join(repoRoot, 'e2e/data/example-article.json'), 'utf8'))

/**
 * A Yjs article document with these paragraphs, laid out as the renderer's articleDoc.ts does
 * (a `fields` map, the body as a ProseMirror-shaped XML fragment).
 */
export function articleDoc(fields: { headline: string; standfirst?: string; section?: string; tags?: string[] }, paragraphs: string[]): Y.Doc {
  const doc = new Y.Doc()
  const map = doc.getMap('fields')
  map.set('headline', new Y.Text(fields.headline))
  map.set('standfirst', new Y.Text(fields.standfirst ?? ''))
  map.set('section', fields.section ?? '')
  map.set('tags', Y.Array.from(fields.tags ?? []))
  map.set('status', 'draft')
  const body = doc.getXmlFragment('body')
  body.insert(
    0,
    paragraphs.map((text) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(text)])
      return paragraph
    }),
  )
  return doc
}

/** What the renderer sends for "file this article". */
export function filingOf(
  doc: Y.Doc,
  article: { id?: string; headline: string; standfirst?: string; section?: string; tags?: string[]; paragraphs: string[] },
  status: ArticleStatus = 'draft',
): FileArticleRequest {
  const now = Date.now()
  return {
    article: {
      id: article.id ?? randomUUID(),
      headline: article.headline,
      standfirst: article.standfirst ?? '',
      byline: '',
      section: article.section ?? '',
      tags: article.tags ?? [],
      language: 'fr',
      createdAt: now,
      updatedAt: now,
      body: article.paragraphs.map((text) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] })),
    },
    status,
    yjsState: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
  }
}

/** The text of each paragraph of a document's body, in order. */
export const paragraphsOf = (doc: Y.Doc): string[] =>
  doc
    .getXmlFragment('body')
    .toArray()
    .map((node) => (node as Y.XmlElement).toArray().map((text) => (text as Y.XmlText).toString()).join(''))
