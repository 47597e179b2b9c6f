import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { ySyncPluginKey } from 'y-prosemirror'
import type * as Y from 'yjs'
import { commentsOf, readThreads } from '../../article/articleComments'
import { absolutePositionIn, bindingHasMapped, bindingOf } from './yjsBinding'

export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights')
/** Sent on `window` when a highlighted comment is clicked in the text, so the panel opens its thread. */
export const COMMENT_ACTIVATE_EVENT = 'copydesk:comment-activate'

/** `unplaced`: open threads whose anchors have no place in the body now (their highlight is skipped). */
type HighlightState = { decorations: DecorationSet; active: string | null; unplaced: string[] }
type Meta = { refresh?: true; active?: string | null }

export type CommentHighlightsOptions = { fragment: Y.XmlFragment | null }

/**
 * Highlights the open comments' ranges in the body. The ranges come from the comments' Yjs
 * relative positions, resolved only when comments change or a change arrives through the Yjs
 * binding (remote edits, restores); while typing, the decorations are just mapped through each
 * transaction, so the cost per keystroke does not grow with the document.
 */
export const CommentHighlights = Extension.create<CommentHighlightsOptions>({
  name: 'commentHighlights',

  addOptions() {
    return { fragment: null }
  },

  addProseMirrorPlugins() {
    const fragment = this.options.fragment
    if (!fragment?.doc) return []
    const doc = fragment.doc
    const comments = commentsOf(doc)

    // Resolved only once the binding has drawn the body (its first render comes as a change from
    // the binding, which builds them again); before that no position after the first block exists.
    const build = (state: EditorState, active: string | null): HighlightState => {
      const binding = bindingOf(state)
      if (!binding || !bindingHasMapped(binding)) return { decorations: DecorationSet.empty, active, unplaced: [] }
      const decorations: Decoration[] = []
      const unplaced: string[] = []
      for (const thread of readThreads(doc)) {
        if (thread.resolved) continue
        const from = absolutePositionIn(binding, thread.start)
        const to = absolutePositionIn(binding, thread.end)
        if (from === null || to === null || to <= from || to > state.doc.content.size) {
          unplaced.push(thread.id)
          continue
        }
        const className = `comment-highlight${thread.blocking ? ' comment-blocking' : ''}${thread.id === active ? ' comment-active' : ''}`
        decorations.push(Decoration.inline(from, to, { class: className, 'data-comment-id': thread.id }, { inclusiveEnd: false, commentId: thread.id }))
      }
      return { decorations: DecorationSet.create(state.doc, decorations), active, unplaced }
    }

    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_config, state) => build(state, null),
          apply: (tr, value, _old, state) => {
            const meta = tr.getMeta(commentHighlightsKey) as Meta | undefined
            const active = meta && 'active' in meta ? (meta.active ?? null) : value.active
            const fromBinding = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin
            if (meta || fromBinding) return build(state, active)
            return tr.docChanged ? { ...value, decorations: value.decorations.map(tr.mapping, tr.doc) } : value
          },
        },
        props: {
          decorations: (state) => commentHighlightsKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const found = commentHighlightsKey.getState(view.state)?.decorations.find(pos, pos)
            const id = (found?.[0]?.spec as { commentId?: string } | undefined)?.commentId
            if (id) dispatchEvent(new CustomEvent(COMMENT_ACTIVATE_EVENT, { detail: id }))
            return false
          },
        },
        view: (view) => {
          const refresh = () => {
            if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { refresh: true } satisfies Meta))
          }
          // After the change is applied everywhere (the binding renders remote text first).
          const onComments = () => queueMicrotask(refresh)
          comments.observeDeep(onComments)
          return { destroy: () => comments.unobserveDeep(onComments) }
        },
      }),
    ]
  },
})

/** Makes a thread the highlighted one (null for none). */
export function setActiveComment(view: { state: EditorState; dispatch(tr: EditorState['tr']): void }, id: string | null): void {
  view.dispatch(view.state.tr.setMeta(commentHighlightsKey, { active: id } satisfies Meta))
}
