import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PMNode } from '@tiptap/pm/model'
import { authorHue, originOfSuggestion } from './suggestionIds'

/**
 * A suggested paragraph break (added or removed) is anchored on a zero-width space, which shows nothing:
 * a pilcrow (¶) in the author's colour marks it. Incremental: after an edit only the paragraphs it
 * touched are looked at again (EDITOR-PERFORMANCE.md: no walk of the whole document per keystroke).
 */
const ZERO_WIDTH_SPACE = '\u200B'

function pilcrow(kind: string, author: string): () => HTMLElement {
  return () => {
    const span = document.createElement('span')
    span.className = `suggestion-pilcrow suggestion-pilcrow-${kind}`
    span.style.setProperty('--suggestion-hue', String(authorHue(author)))
    span.setAttribute('aria-hidden', 'true')
    span.textContent = '¶'
    return span
  }
}

function breaksBetween(doc: PMNode, from: number, to: number): Decoration[] {
  const found: Decoration[] = []
  doc.nodesBetween(from, to, (node, pos, parent) => {
    if (!node.isText) return true
    // The anchor at the end of a paragraph stands for the break (its twin opens the next paragraph).
    if (!node.text?.endsWith(ZERO_WIDTH_SPACE) || parent?.lastChild !== node) return false
    const mark = node.marks.find((m) => m.type.name === 'insertion' || m.type.name === 'deletion')
    if (!mark) return false
    const { author } = originOfSuggestion(mark.attrs.id)
    found.push(Decoration.widget(pos + node.nodeSize, pilcrow(mark.type.name, author), { key: `${mark.type.name}:${String(mark.attrs.id)}`, side: 1, marks: [] }))
    return false
  })
  return found
}

export const paragraphBreakMarksKey = new PluginKey<DecorationSet>('suggestionParagraphBreaks')

export function paragraphBreakMarks(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: paragraphBreakMarksKey,
    state: {
      init: (_, state) => DecorationSet.create(state.doc, breaksBetween(state.doc, 0, state.doc.content.size)),
      apply(tr, set) {
        if (!tr.docChanged) return set
        let mapped = set.map(tr.mapping, tr.doc)
        // The changed ranges, in the new document, widened to whole top-level blocks.
        const ranges: [number, number][] = []
        tr.mapping.maps.forEach((map, index) => {
          const rest = tr.mapping.slice(index + 1)
          map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]))
        })
        const size = tr.doc.content.size
        for (const [start, end] of ranges) {
          const $from = tr.doc.resolve(Math.max(0, Math.min(start, size)))
          const $to = tr.doc.resolve(Math.max(0, Math.min(end, size)))
          const from = $from.depth > 0 ? $from.before(1) : $from.pos
          const to = $to.depth > 0 ? $to.after(1) : $to.pos
          mapped = mapped.remove(mapped.find(from, to)).add(tr.doc, breaksBetween(tr.doc, from, to))
        }
        return mapped
      },
    },
    props: {
      decorations: (state) => paragraphBreakMarksKey.getState(state),
    },
  })
}
