import { Extension } from '@tiptap/core'
import { Plugin, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { AddNodeMarkStep } from '@tiptap/pm/transform'
import {
  applySuggestion,
  applySuggestions,
  revertSuggestion,
  revertSuggestions,
  suggestChangesKey,
  transformToSuggestionTransaction,
} from '@handlewithcare/prosemirror-suggest-changes'
import { collectSuggestions, suggestionAt } from './collectSuggestions'
import { makeSuggestionId } from './suggestionIds'
import { suggestingAs, suggestingMode } from './suggestionMode'
import { paragraphBreakMarks } from './paragraphBreakMarks'
import { PhotoSuggestionError, refusedEdit, type RefusedReason } from './refusedEdit'

export type SuggestChangesOptions = {
  /** Whether edits are suggestions now; read at each edit. */
  isSuggesting: () => boolean
  setSuggesting: (on: boolean) => void
  /** The name suggestions are signed with; read at each edit. */
  getAuthor: () => string
  /** Told when an edit is refused because it cannot be recorded as a suggestion. */
  onRefused: (reason: RefusedReason) => void
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    suggestChanges: {
      toggleSuggesting: () => ReturnType
      acceptSuggestion: (id: string) => ReturnType
      rejectSuggestion: (id: string) => ReturnType
      acceptSuggestionAtCaret: () => ReturnType
      rejectSuggestionAtCaret: () => ReturnType
      acceptAllSuggestions: () => ReturnType
      rejectAllSuggestions: () => ReturnType
    }
  }
}

const Y_SYNC = 'y-sync$'

/** Edits that are not the user's own typing pass through untouched: remote changes, undo, accept/reject. */
function shouldTrack(tr: Transaction): boolean {
  if (!tr.docChanged) return false
  const ySync = (tr.getMeta(Y_SYNC) ?? {}) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean }
  if (ySync.isChangeOrigin || ySync.isUndoRedoOperation) return false
  if (tr.getMeta('history$') || tr.getMeta('collab$')) return false
  const own = tr.getMeta(suggestChangesKey) as { skip?: boolean } | undefined
  return !(own && 'skip' in own)
}

const SUGGESTION_MARKS = new Set(['insertion', 'deletion', 'modification'])

/**
 * y-prosemirror (1.3.7) stores marks on text only, not on whole blocks. When the library marks a whole
 * block, the mark moves onto the block's text, so this editor holds what Yjs stores and what every
 * other copy will show. (An empty block has no text to carry it: it stays as a plain empty paragraph.)
 */
function markTextOfMarkedBlocks(tr: Transaction): Transaction {
  const blocks: { pos: number; mark: AddNodeMarkStep['mark'] }[] = []
  tr.steps.forEach((step, index) => {
    if (!(step instanceof AddNodeMarkStep) || !SUGGESTION_MARKS.has(step.mark.type.name)) return
    const pos = tr.mapping.slice(index + 1).map(step.pos)
    const node = tr.doc.nodeAt(pos)
    if (!node || node.isInline) return
    // A photo (an atom) has no text to carry the mark: the suggestion could not be stored.
    if (node.isAtom) throw new PhotoSuggestionError(`a suggestion on a whole ${node.type.name} cannot be stored in the article`)
    blocks.push({ pos, mark: step.mark })
  })
  // Marks change no positions: the block positions found above stay valid.
  for (const { pos, mark } of blocks) {
    const node = tr.doc.nodeAt(pos)
    if (!node) continue
    tr.removeNodeMark(pos, mark)
    if (node.isTextblock) tr.addMark(pos + 1, pos + node.nodeSize - 1, mark)
    else
      node.descendants((child, offset) => {
        if (child.isTextblock && child.content.size > 0) tr.addMark(pos + 2 + offset, pos + 2 + offset + child.content.size, mark)
        return !child.isTextblock
      })
  }
  return tr
}

/** The same edit as suggestion marks signed by `author` (the transaction to dispatch instead). */
export function trackAsSuggestion(transaction: Transaction, state: EditorState, author: string): Transaction {
  return markTextOfMarkedBlocks(transformToSuggestionTransaction(transaction, state, () => makeSuggestionId(author)))
}

/** Accepts (apply) or rejects one suggestion, as a ProseMirror command. */
export function resolveSuggestion(id: string, apply: boolean) {
  return (state: EditorState, dispatch?: (tr: Transaction) => void): boolean => {
    const range = rangeOf(state, id)
    if (!range) return false
    // The range keeps the library from touching other suggestions' formatting changes.
    const command = apply ? applySuggestion(id, range.from, range.to) : revertSuggestion(id, range.from, range.to)
    return command(state, dispatch)
  }
}

/** The range of one suggestion (a walk of the document: on demand only). */
function rangeOf(state: EditorState, id: string): { from: number; to: number } | null {
  const found = collectSuggestions(state.doc).find((summary) => summary.id === id)
  return found ? { from: found.from, to: found.to } : null
}

/**
 * Suggestion mode (track changes) with `@handlewithcare/prosemirror-suggest-changes`: while suggesting,
 * each edit is rewritten into insertion and deletion marks signed with the author and time.
 * Not the library's own plugin: its decorations walk the whole document on every keystroke, and so
 * does its default id generator (EDITOR-PERFORMANCE.md); ids here are made in constant time.
 */
export const SuggestChanges = Extension.create<SuggestChangesOptions>({
  name: 'suggestChanges',

  addOptions() {
    return {
      isSuggesting: () => suggestingMode.get(),
      setSuggesting: (on: boolean) => suggestingMode.set(on),
      getAuthor: () => suggestingAs.get().name,
      onRefused: (reason: RefusedReason) => refusedEdit.set({ reason, at: Date.now() }),
    }
  },

  dispatchTransaction({ transaction, next }) {
    if (!this.options.isSuggesting() || !shouldTrack(transaction)) {
      next(transaction)
      return
    }
    let tracked: Transaction
    try {
      tracked = trackAsSuggestion(transaction, this.editor.state, this.options.getAuthor())
    } catch (error) {
      // An edit the library cannot express as a suggestion here (whole blocks inside a quote or a list,
      // a whole photo): refused rather than applied unmarked, so nothing slips in unreviewed. The user
      // is told (SuggestionRefusedNotice), or the keystroke would seem lost.
      this.options.onRefused(error instanceof PhotoSuggestionError ? 'photo' : 'structure')
      return
    }
    next(tracked)
  },

  addCommands() {
    const byId =
      (apply: boolean) =>
      (id: string) =>
      ({ state, dispatch }: { state: EditorState; dispatch?: (tr: Transaction) => void }) =>
        resolveSuggestion(id, apply)(state, dispatch)
    const atCaret =
      (apply: boolean) =>
      () =>
      (props: { state: EditorState; dispatch?: (tr: Transaction) => void }) => {
        const id = suggestionAt(props.state.doc, props.state.selection.from)
        return id ? byId(apply)(id)(props) : false
      }
    return {
      toggleSuggesting: () => () => {
        this.options.setSuggesting(!this.options.isSuggesting())
        return true
      },
      acceptSuggestion: byId(true),
      rejectSuggestion: byId(false),
      acceptSuggestionAtCaret: atCaret(true),
      rejectSuggestionAtCaret: atCaret(false),
      acceptAllSuggestions:
        () =>
        ({ state, dispatch }) =>
          applySuggestions(state, dispatch),
      rejectAllSuggestions:
        () =>
        ({ state, dispatch }) =>
          revertSuggestions(state, dispatch),
    }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-e': () => this.editor.commands.toggleSuggesting(),
      'Mod-Alt-a': () => this.editor.commands.acceptSuggestionAtCaret(),
      'Mod-Alt-r': () => this.editor.commands.rejectSuggestionAtCaret(),
    }
  },

  addProseMirrorPlugins() {
    return [
      paragraphBreakMarks(),
      new Plugin({
        props: {
          // The library anchors suggestions across paragraph ends with zero-width spaces: step over them.
          handleKeyDown(view, event) {
            const { selection } = view.state
            if (!(selection instanceof TextSelection) || !selection.$cursor) return false
            const $cursor = selection.$cursor
            if (event.key === 'ArrowRight' && $cursor.nodeAfter?.text?.startsWith('\u200B'))
              view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $cursor.pos + 1)))
            if (event.key === 'ArrowLeft' && $cursor.nodeBefore?.text?.endsWith('\u200B'))
              view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, $cursor.pos - 1)))
            return false
          },
        },
      }),
    ]
  },
})
