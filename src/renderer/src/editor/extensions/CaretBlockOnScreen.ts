import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import type { NodeType } from '@tiptap/pm/model'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'

/** The class that keeps a block drawn whatever `content-visibility` says (see app.css). */
const CARET_BLOCK_CLASS = 'caret-block'
const DRAWN = 'drawn'

/** Which top-level block holds the caret, and its mark while the screen has not been drawn since it got there. */
type CaretBlock = { index: number; type: NodeType | null; blockCount: number; mark: DecorationSet }

const key = new PluginKey<CaretBlock>('caretBlockOnScreen')

/**
 * Top-level blocks are `content-visibility: auto`: Chromium skips drawing those off screen, which keeps
 * typing fast in a long article. It decides which blocks are on screen only when it next draws, so a
 * block made by Enter, a list button or a paste starts out skipped; a key that arrives before that
 * frame (keys queue up on a busy machine) is inserted as if the block had no layout, and the caret
 * stays before the text: the next key lands at the start. When the caret comes into another block, or
 * its block is made anew, that block is marked drawn in the same update, and the mark is taken off
 * once the screen has been drawn. (Kept on while typing, a top-level decoration would make
 * ProseMirror walk every block of the article the slow way at each keystroke.)
 */
export const CaretBlockOnScreen = Extension.create({
  name: 'caretBlockOnScreen',

  addProseMirrorPlugins() {
    return [
      new Plugin<CaretBlock>({
        key,
        state: {
          // An article just opened: its caret's block too, for a key typed before the first frame.
          init: (_, state) => caretBlock(state, null),
          apply: (tr, previous, _, state) => {
            if (tr.getMeta(key) === DRAWN) return { ...previous, mark: DecorationSet.empty }
            if (!tr.docChanged && !tr.selectionSet) return previous
            const next = caretBlock(state, DecorationSet.empty)
            const sameBlock = next.index === previous.index && next.type === previous.type && next.blockCount === previous.blockCount
            if (!sameBlock) return caretBlock(state, null)
            return previous.mark === DecorationSet.empty ? previous : { ...next, mark: previous.mark.map(tr.mapping, tr.doc) }
          },
        },
        props: {
          decorations: (state) => key.getState(state)?.mark,
        },
        view: (editorView) => {
          let frame: number | undefined
          const unmarkOnceDrawn = (view: EditorView) => {
            if (frame !== undefined || key.getState(view.state)?.mark === DecorationSet.empty) return
            // Two frames: the first draws the block with the mark, the second has decided what is on screen.
            frame = requestAnimationFrame(() => {
              frame = requestAnimationFrame(() => {
                frame = undefined
                // Not in the middle of an input method's composition: the next update tries again.
                if (!view.isDestroyed && !view.composing) view.dispatch(view.state.tr.setMeta(key, DRAWN))
              })
            })
          }
          unmarkOnceDrawn(editorView)
          return {
            update: unmarkOnceDrawn,
            destroy() {
              if (frame !== undefined) cancelAnimationFrame(frame)
            },
          }
        },
      }),
    ]
  },
})

/** The caret's top-level block, marked drawn unless `mark` is given. */
function caretBlock(state: EditorState, mark: DecorationSet | null): CaretBlock {
  const $head = state.selection.$head
  const { doc } = state
  // Inside a block, or between two (a selected photo): the block after.
  const index = $head.depth >= 1 ? $head.index(0) : Math.min($head.index(0), doc.childCount - 1)
  const block = doc.maybeChild(index)
  const base = { index, type: block?.type ?? null, blockCount: doc.childCount }
  if (mark || !block) return { ...base, mark: mark ?? DecorationSet.empty }
  const from = $head.depth >= 1 ? $head.before(1) : $head.posAtIndex(index, 0)
  return { ...base, mark: DecorationSet.create(doc, [Decoration.node(from, from + block.nodeSize, { class: CARET_BLOCK_CLASS })]) }
}
