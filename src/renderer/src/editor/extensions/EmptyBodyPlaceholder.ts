import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

export const emptyBodyPlaceholderKey = new PluginKey('emptyBodyPlaceholder')

/**
 * The body's placeholder, shown only while the whole body is one empty paragraph. Tiptap's
 * Placeholder walks every node of the document on each keystroke to find empty ones, which costs
 * real time on a 50,000-word article; this looks at the first block only.
 */
export const EmptyBodyPlaceholder = Extension.create<{ placeholder: string }>({
  name: 'emptyBodyPlaceholder',

  addOptions() {
    return { placeholder: '' }
  },

  addProseMirrorPlugins() {
    const { placeholder } = this.options
    return [
      new Plugin({
        key: emptyBodyPlaceholderKey,
        props: {
          decorations: ({ doc }) => {
            const first = doc.firstChild
            if (doc.childCount !== 1 || !first || !first.isTextblock || first.content.size > 0) return null
            return DecorationSet.create(doc, [
              Decoration.node(0, first.nodeSize, { class: 'is-editor-empty', 'data-placeholder': placeholder }),
            ])
          },
        },
      }),
    ]
  },
})
