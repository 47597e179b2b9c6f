import type { EditorState } from '@tiptap/pm/state'
import { ySyncPluginKey, type ProsemirrorBinding } from 'y-prosemirror'

/** The editor's binding to the article's Yjs body (y-prosemirror's), once its sync plugin has one. */
export const bindingOf = (state: EditorState): ProsemirrorBinding | null =>
  (ySyncPluginKey.getState(state) as { binding: ProsemirrorBinding | null } | undefined)?.binding ?? null
