import { Extension } from '@tiptap/core'
import type { Node as PMNode, ResolvedPos } from '@tiptap/pm/model'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import type { TypographyLanguage } from '@shared/typography/characters'
import { typeCharacter } from '@shared/typography/typeCharacter'
import { typographyEdits } from '@shared/typography/fixTypography'

export type TypographyOptions = {
  /** Read at every keystroke, so a change of the article's language needs no new editor. */
  getLanguage: () => TypographyLanguage
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    typography: {
      /** Applies the typography rules to the selection, or to the whole text when nothing is selected. */
      fixTypography: () => ReturnType
    }
  }
}

const typographyKey = new PluginKey('typography')

/** The paragraph's text, a hard break as a line break and any other inline node as one character. */
const leafText = (node: PMNode) => (node.type.name === 'hardBreak' ? '\n' : '\ufffc')

/** As far back as Tiptap's own input rules look: enough for the quotes still open in a paragraph. */
const textBefore = ($pos: ResolvedPos) =>
  $pos.parent.textBetween(Math.max(0, $pos.parentOffset - 500), $pos.parentOffset, undefined, leafText)

const isLink = (node: PMNode | null | undefined) => !!node?.marks.some((mark) => mark.type.name === 'link')

/** A change that would touch a link's text: replaced characters in a link, or an insertion inside one. */
function touchesLink(doc: PMNode, from: number, to: number): boolean {
  if (from < to) {
    let linked = false
    doc.nodesBetween(from, to, (node) => {
      linked ||= isLink(node)
    })
    return linked
  }
  return isLink(doc.nodeAt(from - 1)) && isLink(doc.nodeAt(from))
}

/**
 * French and English typography as you type (see src/shared/typography), and the "fix typography"
 * command for pasted or imported text. Nothing changes inside a link or a web or e-mail address.
 *
 * Each automatic change is dispatched after the character as typed, marked as an input rule, so
 * Backspace right after it gives back what was typed (Tiptap's undoInputRule reads this plugin's
 * state) and the undo history keeps it as a step of its own (see YjsBody).
 */
export const Typography = Extension.create<TypographyOptions>({
  name: 'typography',

  addOptions() {
    return { getLanguage: () => 'fr' }
  },

  addCommands() {
    return {
      fixTypography:
        () =>
        ({ state, tr, dispatch }) => {
          if (dispatch) fixRange(state, tr, this.options.getLanguage())
          return true
        },
    }
  },

  addProseMirrorPlugins() {
    const { getLanguage } = this.options
    const plugin: Plugin = new Plugin({
      key: typographyKey,
      // The shape Tiptap's undoInputRule reverts: the rule's transform and the text typed at from…to.
      state: {
        init: () => null,
        apply: (tr, previous) => tr.getMeta(plugin) ?? (tr.selectionSet || tr.docChanged ? null : previous),
      },
      props: {
        handleTextInput(view, from, to, text) {
          // One typed character; pastes, dictation and IME compositions are left as they come.
          if (text.length !== 1 || view.composing) return false
          const { state } = view
          const $from = state.doc.resolve(from)
          const change = typeCharacter(textBefore($from), text, getLanguage())
          if (!change) return false
          const start = from - change.deleteBefore
          const marks = state.storedMarks ?? $from.marks()
          if (marks.some((mark) => mark.type.name === 'link') || touchesLink(state.doc, start, from)) return false

          const typed = state.tr.insertText(text, from, to).scrollIntoView()
          view.dispatch(typed)
          // Another plugin changed the text as it went in: leave it at that.
          if (!view.state.doc.eq(typed.doc)) return true
          const tr = view.state.tr
          if (change.insert) tr.insertText(change.insert, start, from + 1)
          else tr.delete(start, from + 1)
          tr.setMeta('inputRule', true)
          if (change.revertible) tr.setMeta(plugin, { transform: tr, from, to: from + 1, text })
          view.dispatch(tr.scrollIntoView())
          return true
        },
      },
      // Read by Tiptap's undoInputRule (Backspace).
      isInputRules: true,
    })
    return [plugin]
  },
})

/** Rewrites the text of every paragraph in the selection (or the document), character runs only. */
function fixRange(state: EditorState, tr: Transaction, language: TypographyLanguage): void {
  const { doc, schema, selection } = state
  const [start, end] = selection.empty ? [0, doc.content.size] : [selection.from, selection.to]
  const changes: Array<{ from: number; to: number; insert: string }> = []
  doc.nodesBetween(start, end, (node, pos) => {
    if (!node.isTextblock) return true
    const text = node.textBetween(0, node.content.size, undefined, leafText)
    // Inline content: one position per character or inline node, so offsets map straight to positions.
    for (const edit of typographyEdits(text, language)) {
      const change = { from: pos + 1 + edit.from, to: pos + 1 + edit.to, insert: edit.insert }
      if (change.from < start || change.to > end || touchesLink(doc, change.from, change.to)) continue
      changes.push(change)
    }
    return false
  })
  // Last first, so earlier positions still hold; each run keeps the marks of the text it replaces.
  for (const change of changes.reverse()) {
    if (!change.insert) {
      tr.delete(change.from, change.to)
      continue
    }
    const marks = (doc.nodeAt(change.from) ?? doc.resolve(change.from).nodeBefore)?.marks ?? []
    tr.replaceWith(change.from, change.to, schema.text(change.insert, marks))
  }
}
