import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import type { ResolvedPos } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** The class that keeps a block drawn whatever `content-visibility` says (see app.css). */
const CARET_BLOCK_CLASS = 'caret-block'

/**
 * Top-level blocks are `content-visibility: auto`: Chromium skips drawing those off screen, which keeps
 * typing fast in a long article. Chromium decides which blocks are on screen only when it next draws,
 * so a block made by Enter, a list button or a paste starts out skipped; a key that arrives before
 * that frame (keys queue up on a busy machine) is inserted as if the block had no layout, and the
 * caret stays before the text, so the next key lands at the start. The block holding the caret, and
 * the one holding the other end of the selection, are marked drawn in the same update that makes them.
 */
export const CaretBlockOnScreen = Extension.create({
  name: 'caretBlockOnScreen',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: new PluginKey('caretBlockOnScreen'),
        state: {
          init: (_, state) => caretBlocks(state),
          apply: (tr, previous, _, state) => (tr.docChanged || tr.selectionSet ? caretBlocks(state) : previous),
        },
        props: {
          decorations(state) {
            return this.getState(state)
          },
        },
      }),
    ]
  },
})

function caretBlocks(state: EditorState): DecorationSet {
  const { $anchor, $head } = state.selection
  const decorations = [blockAround($head), blockAround($anchor)].flatMap((block, index, all) =>
    block && (index === 0 || block.from !== all[0]?.from) ? [Decoration.node(block.from, block.to, { class: CARET_BLOCK_CLASS })] : [],
  )
  return DecorationSet.create(state.doc, decorations)
}

/** The top-level block at a position: the one it is inside, or, between blocks (a selected photo), the one after it. */
function blockAround($pos: ResolvedPos): { from: number; to: number } | null {
  if ($pos.depth >= 1) return { from: $pos.before(1), to: $pos.after(1) }
  const after = $pos.nodeAfter
  if (after) return { from: $pos.pos, to: $pos.pos + after.nodeSize }
  const before = $pos.nodeBefore
  return before ? { from: $pos.pos - before.nodeSize, to: $pos.pos } : null
}
