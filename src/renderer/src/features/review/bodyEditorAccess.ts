import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { absolutePositionToRelativePosition } from 'y-prosemirror'
import * as Y from 'yjs'
import type { CommentThread } from '../../article/articleComments'
import { setActiveComment } from '../../editor/extensions/CommentHighlights'
import { absolutePositionIn, bindingOf } from '../../editor/extensions/yjsBinding'

/**
 * The review panels reach the body editor through its DOM node (Tiptap keeps the editor on it),
 * so the editor component needs no knowledge of comments or checklists.
 */
export function bodyEditor(): Editor | null {
  const dom = document.querySelector<HTMLElement & { editor?: Editor }>('.article-body')
  return dom?.editor && !dom.editor.isDestroyed ? dom.editor : null
}

/** The current selection as Yjs anchors, with its text; null when nothing is selected. */
export function selectionAnchors(editor: Editor): { start: Y.RelativePosition; end: Y.RelativePosition; quote: string } | null {
  const { from, to, empty } = editor.state.selection
  const binding = bindingOf(editor.state)
  if (empty || !binding) return null
  const start = absolutePositionToRelativePosition(from, binding.type, binding.mapping) as Y.RelativePosition
  const endAt = absolutePositionToRelativePosition(to, binding.type, binding.mapping) as Y.RelativePosition
  // The end sticks to the character before it, so text typed right after the range stays out of it.
  const absolute = Y.createAbsolutePositionFromRelativePosition(endAt, binding.doc)
  const end = absolute ? Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, -1) : endAt
  return { start, end, quote: editor.state.doc.textBetween(from, to, ' ') }
}

/** Selects a thread's text, scrolls to it and highlights it as the active one. */
export function revealThread(editor: Editor, thread: CommentThread): boolean {
  const binding = bindingOf(editor.state)
  if (!binding) return false
  const from = absolutePositionIn(binding, thread.start)
  const to = absolutePositionIn(binding, thread.end)
  setActiveComment(editor.view, thread.id)
  if (from === null || to === null || to <= from) return false
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, from, to)).scrollIntoView())
  editor.view.focus()
  return true
}

/** Selects the n-th link of the body (document order, counted as the checklist counts them). */
export function revealLink(editor: Editor, index: number): boolean {
  let seen = -1
  let found: { from: number; to: number } | undefined
  let previousHref: string | undefined
  let previousEnd = -1
  editor.state.doc.descendants((node, pos) => {
    if (found) return false
    if (!node.isText) return true
    const link = node.marks.find((mark) => mark.type.name === 'link')
    const href = link ? String(link.attrs.href) : undefined
    // A link split by bold or italic is one link, as in the checklist.
    if (href !== undefined && !(href === previousHref && previousEnd === pos)) {
      seen++
      if (seen === index) found = { from: pos, to: pos + node.nodeSize }
    }
    previousHref = href
    previousEnd = pos + node.nodeSize
    return false
  })
  if (!found) return false
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, found.from, found.to)).scrollIntoView())
  editor.view.focus()
  return true
}
