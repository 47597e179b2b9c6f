import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Plugin, PluginView } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { updateYFragment, ySyncPluginKey, type ProsemirrorBinding } from 'y-prosemirror'
import * as Y from 'yjs'
import { bindingOf } from './yjsBinding'

/**
 * Makes the binding's write of each editor change to Yjs cost what the change costs, not what the
 * article does. y-prosemirror compares the whole document with the Yjs body at every transaction (both
 * lists of top-level blocks, about 1,000 on a 50,000-word article) and, around that, notes the caret
 * as Yjs positions three times, each walking the body up to the caret. Typing changes one block:
 * - the blocks that changed are found by comparing the document with the one last written (unchanged
 *   blocks are the same objects), and when only one block changed in place, only that block is
 *   written, exactly as y-prosemirror's own diff would write it; anything else (a split, a join, a
 *   block changing type, a document rebuilt from Yjs) goes through y-prosemirror's whole diff;
 * - the caret notes are skipped during the binding's own writes: they serve only to put the caret
 *   back after a change coming from Yjs (an undo, a restore), and are dropped at the end of the write.
 */
export function changedBlockWrites(plugin: Plugin): Plugin {
  const spec = plugin.spec as { view: (view: EditorView) => PluginView }
  const createView = spec.view
  const bindings = new WeakSet<ProsemirrorBinding>()
  spec.view = (view) => {
    const pluginView = createView(view)
    const binding = bindingOf(view.state)
    if (!binding || !pluginView.update) return pluginView
    if (!bindings.has(binding)) {
      bindings.add(binding)
      writeChangedBlocksOnly(binding)
    }
    const update = pluginView.update.bind(pluginView)
    pluginView.update = (updatedView, previousState) => {
      writing.add(binding)
      try {
        update(updatedView, previousState)
      } finally {
        writing.delete(binding)
      }
    }
    return pluginView
  }
  return plugin
}

/** Bindings in the middle of writing an editor change to Yjs. */
const writing = new WeakSet<ProsemirrorBinding>()

function writeChangedBlocksOnly(binding: ProsemirrorBinding): void {
  const writeWholeDocument = binding._prosemirrorChanged.bind(binding)
  binding._prosemirrorChanged = (doc) => {
    if (!writeChangedBlock(binding, doc)) writeWholeDocument(doc)
  }
  // The listener the binding registered (and registers again with each view) is the property's value.
  const noteCaret = binding.beforeAllTransactions
  binding.doc.off('beforeAllTransactions', noteCaret)
  binding.beforeAllTransactions = () => {
    if (!writing.has(binding)) noteCaret()
  }
  binding.doc.on('beforeAllTransactions', binding.beforeAllTransactions)
}

/**
 * Writes `doc` to Yjs when it differs from the last written document in at most one top-level block,
 * changed in place; says whether it did (false: the whole diff must run).
 */
function writeChangedBlock(binding: ProsemirrorBinding, doc: ProseMirrorNode): boolean {
  const fragment = binding.type
  // Set by every write, removed when a change comes from Yjs: then the Yjs body is exactly this document.
  const written = binding.mapping.get(fragment)
  if (written === doc) return true
  if (!written || Array.isArray(written)) return false
  const before = written.content
  const after = doc.content
  if (before.childCount !== after.childCount) return false
  let index = 0
  while (index < before.childCount && before.child(index) === after.child(index)) index++
  if (index === before.childCount) {
    binding.mapping.set(fragment, doc)
    return true
  }
  for (let later = index + 1; later < before.childCount; later++) if (before.child(later) !== after.child(later)) return false
  const block = fragment.get(index)
  const changed = after.child(index)
  if (!(block instanceof Y.XmlElement) || binding.mapping.get(block) !== before.child(index) || block.nodeName !== changed.type.name) {
    return false
  }
  binding.doc.transact(() => updateYFragment(binding.doc, block, changed, binding), ySyncPluginKey)
  binding.mapping.set(fragment, doc)
  return true
}
