import { Extension } from '@tiptap/core'
import { Plugin, type PluginView } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { redo, undo, ySyncPlugin } from 'y-prosemirror'
import type * as Y from 'yjs'
import { bodyUndoPlugin } from './bodyUndoPlugin'
import { changedBlockWrites } from './changedBlockWrites'
import { bindingOf } from './yjsBinding'

export type YjsBodyOptions = {
  fragment: Y.XmlFragment | null
  /** Shared with the article's fields, so one undo history covers the whole article. */
  undoManager: Y.UndoManager | null
  /** Called once the document's content is on screen (the binding renders it a tick after creation). */
  onFirstRender: () => void
}

/**
 * Binds the editor to the article's Yjs body with upstream y-prosemirror rather than Tiptap's
 * Collaboration extension: EDITOR-PERFORMANCE.md measured it at about 1.2× bare ProseMirror per
 * keystroke against 1.5× for y-tiptap on a 50,000-word article, and far cheaper undo.
 */
export const YjsBody = Extension.create<YjsBodyOptions>({
  name: 'yjsBody',
  priority: 1000,

  addOptions() {
    return { fragment: null, undoManager: null, onFirstRender: () => {} }
  },

  addCommands() {
    return {
      // y-prosemirror's undo changes the Yjs document, whose binding dispatches the result itself:
      // Tiptap must not dispatch its own (by then outdated) transaction after it.
      undo:
        () =>
        ({ state, tr }) => {
          tr.setMeta('preventDispatch', true)
          return undo(state)
        },
      redo:
        () =>
        ({ state, tr }) => {
          tr.setMeta('preventDispatch', true)
          return redo(state)
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-z': () => this.editor.commands.undo(),
      'Mod-y': () => this.editor.commands.redo(),
      'Shift-Mod-z': () => this.editor.commands.redo(),
    }
  },

  addProseMirrorPlugins() {
    const { fragment, undoManager, onFirstRender } = this.options
    if (!fragment || !undoManager) throw new Error('YjsBody needs the article body and its undo manager')
    return [
      renderedOnce(changedBlockWrites(ySyncPlugin(fragment, { onFirstRender }))),
      bodyUndoPlugin(undoManager),
      separateInputRules(undoManager),
    ]
  },
})

/**
 * y-prosemirror rebuilds the whole document from Yjs each time its plugin view is created, and
 * Tiptap creates the plugin views again when the editor is put on the page (EditorContent registers
 * a plugin). The second rebuild gives every block a new but equal node; ProseMirror keeps the nodes
 * it drew, so afterwards each keystroke compared every block of the article deeply (about 1,000 on a
 * 50,000-word article). The document is rebuilt only when the first view is created: a later view
 * of the same editor binds to the same, already rendered, document.
 */
function renderedOnce(plugin: Plugin): Plugin {
  const createView = plugin.spec.view!
  let rendered = false
  const spec = plugin.spec as { view: (view: EditorView) => PluginView }
  spec.view = (view) => {
    if (!rendered) {
      rendered = true
      return createView(view)
    }
    const binding = bindingOf(view.state)!
    const forceRerender = binding._forceRerender
    binding._forceRerender = () => {}
    try {
      return createView(view)
    } finally {
      binding._forceRerender = forceRerender
    }
  }
  return plugin
}

/**
 * An automatic change made as you type (an input rule: typography, lists, headings) is an undo step
 * of its own, apart from the typing before and after it, so one undo takes back only the change.
 * The binding writes each transaction to Yjs as it is dispatched, so closing the capture here is enough.
 */
function separateInputRules(undoManager: Y.UndoManager): Plugin {
  let afterRule = false
  return new Plugin({
    filterTransaction(tr) {
      if (!tr.docChanged) return true
      const rule = tr.getMeta('inputRule') === true
      if (rule || afterRule) undoManager.stopCapturing()
      afterRule = rule
      return true
    },
  })
}
