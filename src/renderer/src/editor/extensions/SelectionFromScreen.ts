import { Extension } from '@tiptap/core'
import { Plugin } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/** ProseMirror's reader of DOM changes (not in its public types): `flush` is what its selectionchange handler calls. */
type ViewWithObserver = EditorView & { domObserver?: { forceFlush(): void; flush(): void } }

/**
 * Takes the caret the browser shows as the editor's selection, if it moved it without telling
 * ProseMirror yet. A click, End, Ctrl+End or Shift+Home moves the caret natively and ProseMirror
 * learns of it in a later `selectionchange` event; on a busy machine Chromium hands the next key or
 * click to the page first (input goes before other tasks), and the Enter, the paste or the toolbar's
 * heading would act where the caret was before. This does now what that event would do later.
 */
export function takeSelectionFromScreen(view: EditorView): void {
  const observer = (view as ViewWithObserver).domObserver
  if (!observer || view.composing || !view.hasFocus()) return
  observer.forceFlush()
  observer.flush()
}

const fromScreen = (view: EditorView) => {
  takeSelectionFromScreen(view)
  return false
}

/**
 * A character typed plainly goes in where the browser's caret is and ProseMirror reads it from the
 * DOM, selection included: only keys ProseMirror handles itself (Enter, Backspace, arrows, shortcuts)
 * need the caret first, and ordinary typing stays as fast as before.
 */
const keyFromScreen = (view: EditorView, event: KeyboardEvent) => {
  const plainCharacter = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey
  return plainCharacter ? false : fromScreen(view)
}

/** Keys, copy, cut and paste act at the caret on screen (see takeSelectionFromScreen). */
export const SelectionFromScreen = Extension.create({
  name: 'selectionFromScreen',
  // Before any other handler of these events reads the selection.
  priority: 10_000,

  addProseMirrorPlugins() {
    return [new Plugin({ props: { handleDOMEvents: { keydown: keyFromScreen, copy: fromScreen, cut: fromScreen, paste: fromScreen } } })]
  },
})
