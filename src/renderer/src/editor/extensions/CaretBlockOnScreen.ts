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
type Block = { from: number; to: number }
type CaretBlocks = { blocks: Block[]; decorations: DecorationSet }

export const CaretBlockOnScreen = Extension.create({
  name: 'caretBlockOnScreen',

  addProseMirrorPlugins() {
    return [
      new Plugin<CaretBlocks>({
        key: new PluginKey('caretBlockOnScreen'),
        state: {
          init: (_, state) => marked(state, caretBlocks(state)),
          apply: (tr, previous, _, state) => {
            if (!tr.docChanged && !tr.selectionSet) return previous
            const blocks = caretBlocks(state)
            // Typing within the block: the same marks, moved along (building a new set walks every block).
            // Mapped as DecorationSet.map maps node decorations, so the comparison says what it would give.
            const moved = previous.blocks.map(({ from, to }) => ({ from: tr.mapping.map(from, 1), to: tr.mapping.map(to, -1) }))
            if (!sameBlocks(moved, blocks)) return marked(state, blocks)
            return { blocks, decorations: tr.docChanged ? previous.decorations.map(tr.mapping, tr.doc) : previous.decorations }
          },
        },
        props: {
          decorations(state) {
            return this.getState(state)?.decorations
          },
        },
      }),
    ]
  },
})

const marked = (state: EditorState, blocks: Block[]): CaretBlocks => ({
  blocks,
  decorations: DecorationSet.create(
    state.doc,
    blocks.map(({ from, to }) => Decoration.node(from, to, { class: CARET_BLOCK_CLASS })),
  ),
})

/** The block of the caret, and that of the selection's other end when it is another. */
function caretBlocks(state: EditorState): Block[] {
  const { $anchor, $head } = state.selection
  const head = blockAround($head)
  const anchor = blockAround($anchor)
  return [head, anchor && anchor.from !== head?.from ? anchor : null].filter((block): block is Block => block !== null)
}

const sameBlocks = (a: Block[], b: Block[]) => a.length === b.length && a.every((block, index) => block.from === b[index]!.from && block.to === b[index]!.to)

/** The top-level block at a position: the one it is inside, or, between blocks (a selected photo), the one after it. */
function blockAround($pos: ResolvedPos): Block | null {
  if ($pos.depth >= 1) return { from: $pos.before(1), to: $pos.after(1) }
  const after = $pos.nodeAfter
  if (after) return { from: $pos.pos, to: $pos.pos + after.nodeSize }
  const before = $pos.nodeBefore
  return before ? { from: $pos.pos - before.nodeSize, to: $pos.pos } : null
}
