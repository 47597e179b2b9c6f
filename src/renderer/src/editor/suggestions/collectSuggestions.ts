import type { Node as PMNode } from '@tiptap/pm/model'
import { originOfSuggestion } from './suggestionIds'

export type SuggestionSummary = {
  id: string
  author: string
  at: number
  /** Text it would add and text it would remove (either may be empty). */
  inserted: string
  deleted: string
  /** Formatting or attribute changes. */
  modified: boolean
  /** Only a paragraph break added or removed (the library anchors those on zero-width spaces). */
  breakOnly: boolean
  from: number
  to: number
}

const ZERO_WIDTH_SPACE = /\u200B/g

/**
 * Every suggestion of the document, in order, with its range. A full walk: call it after a pause or on
 * demand (the list, accept/reject), never on each keystroke.
 */
export function collectSuggestions(doc: PMNode): SuggestionSummary[] {
  const byId = new Map<string, SuggestionSummary>()
  const visit = (node: PMNode, pos: number) => {
    for (const mark of node.marks) {
      const kind = mark.type.name
      if (kind !== 'insertion' && kind !== 'deletion' && kind !== 'modification') continue
      const id = String(mark.attrs.id)
      let summary = byId.get(id)
      if (!summary) {
        const origin = originOfSuggestion(mark.attrs.id)
        summary = { id, author: origin.author, at: origin.at, inserted: '', deleted: '', modified: false, breakOnly: false, from: pos, to: pos + node.nodeSize }
        byId.set(id, summary)
      }
      summary.to = Math.max(summary.to, pos + node.nodeSize)
      const raw = node.isText ? (node.text ?? '') : ''
      const text = raw.replace(ZERO_WIDTH_SPACE, '')
      if (raw && !text) summary.breakOnly = true
      if (kind === 'insertion') summary.inserted += text
      else if (kind === 'deletion') summary.deleted += text
      else summary.modified = true
    }
  }
  doc.descendants((node, pos) => {
    visit(node, pos)
    return true
  })
  const all = [...byId.values()]
  for (const summary of all) summary.breakOnly &&= !summary.inserted && !summary.deleted && !summary.modified
  return all
}

/** The suggestion at (or just before) a position, for accepting or rejecting at the caret. */
export function suggestionAt(doc: PMNode, pos: number): string | null {
  const $pos = doc.resolve(pos)
  for (const node of [$pos.nodeAfter, $pos.nodeBefore]) {
    const mark = node?.marks.find((m) => m.type.name === 'insertion' || m.type.name === 'deletion' || m.type.name === 'modification')
    if (mark) return String(mark.attrs.id)
  }
  return null
}
