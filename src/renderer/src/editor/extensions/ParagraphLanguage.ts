import { Extension } from '@tiptap/core'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    paragraphLanguage: {
      /** Marks the selected paragraphs and headings as written in `language`; null: the article's language. */
      setParagraphLanguage: (language: string | null) => ReturnType
    }
  }
}

const BLOCKS = ['paragraph', 'heading']

/**
 * A `lang` attribute on paragraphs and headings, for a passage in another language than the
 * article's: spelling checks it in that language, and screen readers read it so.
 */
export const ParagraphLanguage = Extension.create({
  name: 'paragraphLanguage',
  addGlobalAttributes() {
    return [
      {
        types: BLOCKS,
        attributes: {
          lang: {
            default: null,
            parseHTML: (element) => element.getAttribute('lang') || null,
            renderHTML: (attributes) => (attributes.lang ? { lang: attributes.lang } : {}),
          },
        },
      },
    ]
  },
  addCommands() {
    return {
      setParagraphLanguage:
        (language) =>
        ({ tr, state, dispatch }) => {
          const { from, to } = state.selection
          let changed = false
          state.doc.nodesBetween(from, to, (node, pos) => {
            if (!BLOCKS.includes(node.type.name)) return true
            if ((node.attrs.lang ?? null) !== language) {
              if (dispatch) tr.setNodeAttribute(pos, 'lang', language)
              changed = true
            }
            return false
          })
          return changed
        },
    }
  },
})
