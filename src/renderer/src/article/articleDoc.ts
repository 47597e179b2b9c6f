import * as Y from 'yjs'
import {
  articleLanguages,
  articleStatuses,
  type ArticleFields,
  type ArticleLanguage,
  type ArticleStatus,
} from '@shared/article/article'

/**
 * The layout of an article's Yjs document. The body is a ProseMirror-shaped XML fragment; every
 * other field sits in the `fields` map. Headline, standfirst and byline are Y.Text so that two
 * people editing them offline merge character by character instead of one overwriting the other.
 */
export const BODY = 'body'
export const FIELDS = 'fields'

export const textFields = ['headline', 'standfirst', 'byline'] as const
export type TextField = (typeof textFields)[number] | 'seoTitle'
/** The body's length target in signes (a number; absent or 0 for none). */
export const LENGTH_TARGET = 'lengthTarget'
export type ValueField = 'section' | 'language' | 'status'

/** Transaction origins, so undo tracks the user's own changes and persistence skips what it loaded. */
export const FIELD_EDIT_ORIGIN = 'copydesk:field-edit'
export const RESTORE_ORIGIN = 'copydesk:restore'
export const LOAD_ORIGIN = 'copydesk:load'

export const bodyOf = (doc: Y.Doc): Y.XmlFragment => doc.getXmlFragment(BODY)
export const fieldsOf = (doc: Y.Doc): Y.Map<unknown> => doc.getMap(FIELDS)

/** Fills a brand-new document. Only called once, when the article is created. */
export function initArticleDoc(doc: Y.Doc, initial: Partial<ArticleFields> & { createdAt: number }): void {
  doc.transact(() => {
    const fields = fieldsOf(doc)
    for (const name of textFields) fields.set(name, new Y.Text(initial[name] ?? ''))
    fields.set('seoTitle', new Y.Text(''))
    fields.set('section', initial.section ?? '')
    fields.set('language', initial.language ?? 'fr')
    fields.set('status', initial.status ?? 'draft')
    fields.set('tags', Y.Array.from(initial.tags ?? []))
    fields.set('createdAt', initial.createdAt)
  }, LOAD_ORIGIN)
}

export function textFieldOf(doc: Y.Doc, name: TextField): Y.Text {
  const value = fieldsOf(doc).get(name)
  if (value instanceof Y.Text) return value
  // A document from an older or foreign writer: create the field rather than fail.
  const created = new Y.Text(typeof value === 'string' ? value : '')
  fieldsOf(doc).set(name, created)
  return created
}

export function tagsOf(doc: Y.Doc): Y.Array<string> {
  const value = fieldsOf(doc).get('tags')
  if (value instanceof Y.Array) return value as Y.Array<string>
  const created = new Y.Array<string>()
  fieldsOf(doc).set('tags', created)
  return created
}

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback
}

export function readFields(doc: Y.Doc): ArticleFields {
  const fields = fieldsOf(doc)
  const text = (name: TextField) => {
    const value = fields.get(name)
    return value instanceof Y.Text ? value.toString() : typeof value === 'string' ? value : ''
  }
  const tags = fields.get('tags')
  return {
    headline: text('headline'),
    standfirst: text('standfirst'),
    byline: text('byline'),
    section: typeof fields.get('section') === 'string' ? (fields.get('section') as string) : '',
    language: oneOf<ArticleLanguage>(articleLanguages, fields.get('language'), 'fr'),
    status: oneOf<ArticleStatus>(articleStatuses, fields.get('status'), 'draft'),
    tags: tags instanceof Y.Array ? (tags.toArray() as string[]) : [],
  }
}

export function createdAtOf(doc: Y.Doc): number {
  const value = fieldsOf(doc).get('createdAt')
  return typeof value === 'number' ? value : 0
}

/**
 * Replaces a Y.Text's content with `next` by changing only the part that differs, so an edit in
 * the middle of a headline stays a small, mergeable change.
 */
export function applyTextDiff(ytext: Y.Text, next: string): void {
  const current = ytext.toString()
  if (current === next) return
  let start = 0
  const max = Math.min(current.length, next.length)
  while (start < max && current[start] === next[start]) start++
  let endCurrent = current.length
  let endNext = next.length
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent--
    endNext--
  }
  if (endCurrent > start) ytext.delete(start, endCurrent - start)
  if (endNext > start) ytext.insert(start, next.slice(start, endNext))
}

/** The body as plain text, one block per line: for search, counts in the index and recovery copies. */
export function bodyBlocksText(body: Y.XmlFragment): string[] {
  const blocks: string[] = []
  const walk = (node: Y.XmlElement | Y.XmlText | Y.XmlFragment | Y.XmlHook, into: string[]) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert: unknown }[]) if (typeof op.insert === 'string') into.push(op.insert)
    } else if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') {
      into.push('\n')
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      for (const child of node.toArray()) walk(child, into)
    }
  }
  const collect = (node: Y.XmlElement | Y.XmlText) => {
    // Lists and quotes hold blocks: descend to the textblocks so each becomes a line.
    if (node instanceof Y.XmlElement && ['bulletList', 'orderedList', 'listItem', 'blockquote'].includes(node.nodeName)) {
      for (const child of node.toArray()) collect(child as Y.XmlElement)
      return
    }
    const parts: string[] = []
    walk(node, parts)
    blocks.push(parts.join(''))
  }
  for (const child of body.toArray()) collect(child as Y.XmlElement)
  return blocks
}
