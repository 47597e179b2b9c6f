import { Plugin, TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import {
  getRelativeSelection,
  yUndoPluginKey,
  type ProsemirrorBinding,
} from 'y-prosemirror'
import type * as Y from 'yjs'
import { absolutePositionIn, bindingOf } from './yjsBinding'

type RelativeSelection = ReturnType<typeof getRelativeSelection>

/** What y-prosemirror's undo and redo commands and its binding read under the undo plugin's key. */
type UndoPluginState = { undoManager: Y.UndoManager; prevSel: RelativeSelection | null }

/**
 * Y.UndoManager merges a change into the last undo step when it comes within `captureTimeout` of the
 * previous one (and capture was not stopped). A margin keeps the guess on the safe side: at worst the
 * selection is computed for a change that then joins the step.
 */
const MARGIN_MS = 50
const joinsLastStep = (undoManager: Y.UndoManager) => {
  const { lastChange, captureTimeout, undoStack } = undoManager as Y.UndoManager & { lastChange: number; captureTimeout: number }
  return lastChange > 0 && undoStack.length > 0 && Date.now() - lastChange < captureTimeout - MARGIN_MS
}

/**
 * y-prosemirror's undo plugin, under its key and with the state its commands read (its undo and redo work
 * with it), with three differences:
 * - The selection before a change, kept with each undo step, is computed only for a change that
 *   starts a step. y-prosemirror computes it at every transaction, walking the document up to the
 *   caret — on a long article a measurable share of each keystroke, for a value thrown away unless
 *   the key starts a new step.
 * - Undo puts the caret where it was before the step, as word processors do. y-prosemirror
 *   hands the kept selection to the binding only after the step is undone, so it went unused until
 *   the next change: the caret stayed where the undo left it, and the next undo used this one's.
 * - Its listeners on the article's undo manager, which outlives the editor's plugin views, are
 *   removed with the view.
 */
export function bodyUndoPlugin(undoManager: Y.UndoManager): Plugin<UndoPluginState> {
  return new Plugin<UndoPluginState>({
    key: yUndoPluginKey,
    state: {
      init: () => ({ undoManager, prevSel: null }),
      apply: (_tr, previous, oldState, state) => {
        const binding = bindingOf(state)
        const prevSel = binding && !joinsLastStep(undoManager) ? getRelativeSelection(binding, oldState) : previous.prevSel
        return prevSel === previous.prevSel ? previous : { undoManager, prevSel }
      },
    },
    view: (view) => {
      const onStepAdded = ({ stackItem }: { stackItem: { meta: Map<unknown, unknown> } }) => {
        const binding = bindingOf(view.state)
        if (binding) stackItem.meta.set(binding, yUndoPluginKey.getState(view.state)?.prevSel)
      }
      const onStepPopped = (event: { stackItem: { meta: Map<unknown, unknown> }; changedParentTypes: Map<unknown, unknown>; type: 'undo' | 'redo' }) => {
        const binding = bindingOf(view.state)
        const selection = binding && (event.stackItem.meta.get(binding) as RelativeSelection | null | undefined)
        // A redo is left to the binding, which keeps the caret where the undo left it.
        if (event.type === 'undo' && selection && event.changedParentTypes.has(binding.type)) putSelectionBack(view, binding, selection)
      }
      undoManager.on('stack-item-added', onStepAdded)
      undoManager.on('stack-item-popped', onStepPopped)
      return {
        destroy() {
          undoManager.off('stack-item-added', onStepAdded)
          undoManager.off('stack-item-popped', onStepPopped)
        },
      }
    },
  })
}

/** Puts a kept selection back, if its positions still exist in the body. */
function putSelectionBack(view: EditorView, binding: ProsemirrorBinding, selection: RelativeSelection) {
  const anchor = absolutePositionIn(binding, selection.anchor)
  const head = absolutePositionIn(binding, selection.head)
  if (anchor === null || head === null) return
  const { doc } = view.state
  const within = (pos: number) => Math.max(0, Math.min(pos, doc.content.size))
  view.dispatch(view.state.tr.setSelection(TextSelection.between(doc.resolve(within(anchor)), doc.resolve(within(head)))))
}
