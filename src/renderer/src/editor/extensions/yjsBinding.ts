import type { EditorState } from '@tiptap/pm/state'
import { relativePositionToAbsolutePosition, ySyncPluginKey, type ProsemirrorBinding } from 'y-prosemirror'
import type * as Y from 'yjs'

/** The editor's binding to the article's Yjs body (y-prosemirror's), once its sync plugin has one. */
export const bindingOf = (state: EditorState): ProsemirrorBinding | null =>
  (ySyncPluginKey.getState(state) as { binding: ProsemirrorBinding | null } | undefined)?.binding ?? null

/**
 * Has the binding drawn the body yet? It creates its Yjs → ProseMirror mapping when its view first
 * renders; until then a position after the first block cannot be resolved.
 */
export const bindingHasMapped = (binding: ProsemirrorBinding): boolean =>
  binding.type.length === 0 || binding.mapping.size > 0

/**
 * The document position of a Yjs relative position in the body, or null when it has none: deleted
 * text, an anchor outside the body, a body not drawn yet. y-prosemirror's resolver reads the mapping
 * of every block before the anchor and throws on one it does not know; an anchor that cannot be
 * placed must never break the editor.
 */
export function absolutePositionIn(binding: ProsemirrorBinding, position: Y.RelativePosition): number | null {
  if (!bindingHasMapped(binding)) return null
  try {
    return relativePositionToAbsolutePosition(binding.doc, binding.type, position, binding.mapping)
  } catch {
    return null
  }
}
