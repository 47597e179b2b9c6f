import { isSafeExternalUrl } from '../links'
import type { ExportBlock, ExportInline } from './exportModel'

/** ProseMirror's JSON for a node (what the editor's getJSON and y-prosemirror give). */
export type ProseMirrorJson = {
  type: string
  attrs?: Record<string, unknown>
  content?: ProseMirrorJson[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

function inlines(nodes: readonly ProseMirrorJson[] = []): ExportInline[] {
  const out: ExportInline[] = []
  for (const node of nodes) {
    if (node.type === 'hardBreak') out.push({ type: 'break' })
    else if (node.type === 'text' && node.text) {
      // Unresolved suggestions (track changes) leave as the text stood before them: a suggested
      // insertion is not yet the article's, a suggested deletion still is. Zero-width spaces only anchor them.
      if (node.marks?.some((mark) => mark.type === 'insertion')) continue
      const text = node.text.replace(/\u200B/g, '')
      if (!text) continue
      const part: ExportInline = { type: 'text', text }
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') part.bold = true
        else if (mark.type === 'italic') part.italic = true
        else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && isSafeExternalUrl(mark.attrs.href)) part.href = mark.attrs.href
      }
      out.push(part)
    } else if (node.content) out.push(...inlines(node.content))
  }
  return out
}

function block(node: ProseMirrorJson): ExportBlock[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', content: inlines(node.content) }]
    case 'heading':
      return [{ type: 'heading', level: Number(node.attrs?.level) === 3 ? 3 : 2, content: inlines(node.content) }]
    case 'blockquote':
      return [{ type: 'quote', blocks: blocks(node.content) }]
    case 'bulletList':
    case 'orderedList':
      return [{ type: 'list', ordered: node.type === 'orderedList', items: (node.content ?? []).map((item) => blocks(item.content)) }]
    case 'figure': {
      // The article's own words (its overrides, '' = the library's): the renderer fills in the library's.
      const attr = (name: string) => (typeof node.attrs?.[name] === 'string' ? (node.attrs[name] as string) : '')
      const photoId = attr('photoId')
      return [
        {
          type: 'figure',
          ...(/^[0-9a-f]{64}$/.test(photoId) ? { photoId } : {}),
          caption: attr('caption'),
          credit: attr('credit'),
          altText: attr('altText'),
        },
      ]
    }
    default:
      // A node from a newer schema: keep its words as a paragraph rather than lose them.
      return node.content ? [{ type: 'paragraph', content: inlines(node.content) }] : []
  }
}

/** The body blocks of the export model from the body's ProseMirror JSON (a `doc`, or its content). */
export function blocks(nodes: readonly ProseMirrorJson[] = []): ExportBlock[] {
  return nodes.flatMap(block)
}
