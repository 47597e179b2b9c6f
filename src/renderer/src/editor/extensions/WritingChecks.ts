import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { Node } from '@tiptap/pm/model'
import type { SpellingClient } from '../../spelling/spellingClient'
import type { SpellingLanguage } from '../../spelling/protocol'
import { whenQuiet } from '../../ui/whenQuiet'
import { FindingsCache, type CheckFinding, type ChecksConfig } from '../checks/findings'

/** A finding at its current place in the document (the decoration's mapped range). */
export type CheckTarget = { from: number; to: number; finding: CheckFinding }

export type WritingChecksOptions = {
  getArticleLanguage: () => SpellingLanguage
  /** The interface language, for the messages shown as tooltips. */
  getUiLanguage: () => 'fr' | 'en'
  getConfig: () => ChecksConfig
  spelling: SpellingClient | null
  /** Open the menu for a finding (right click, Shift+F10, Ctrl+.). */
  onOpenMenu: (target: CheckTarget, view: EditorView) => void
}

type ChecksState = { decorations: DecorationSet; refreshes: number }
type ChecksMeta = { decorations: DecorationSet } | { refresh: true }

export const writingChecksKey = new PluginKey<ChecksState>('writingChecks')

// Checks run when typing pauses, and only on the paragraphs on screen (plus a margin).
const TYPING_PAUSE_MS = 400
const SCROLL_PAUSE_MS = 150
const ANSWERS_DELAY_MS = 30
const MARGIN_PX = 800
const SELECTION_WAIT_MS = 100

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    writingChecks: {
      /** Check the visible text again from scratch (after the rules or the newsroom dictionary changed). */
      refreshWritingChecks: () => ReturnType
      /** Open the checks menu for the finding at the caret, if there is one. */
      openCheckMenu: () => ReturnType
    }
  }
}

/** The decorations a finding gets: a class per kind and severity, and the message as a tooltip. */
function decorationFor(block: Node, blockStart: number, finding: CheckFinding, language: 'fr' | 'en'): Decoration {
  const from = blockStart + 1 + finding.from
  const to = blockStart + 1 + finding.to
  const spec: MarkSpec = { finding, block }
  if (finding.kind === 'spelling') return Decoration.inline(from, to, { class: 'check-mark check-spelling' }, spec)
  return Decoration.inline(
    from,
    to,
    { class: `check-mark check-style check-${finding.style.severity}`, title: finding.style.message[language] },
    spec,
  )
}

/** What a mark remembers: its finding, and the paragraph node it was drawn for. */
type MarkSpec = { finding: CheckFinding; block: Node }

export function findingAt(state: EditorState, pos: number): CheckTarget | null {
  const decorations = writingChecksKey.getState(state)?.decorations
  const found = decorations?.find(pos, pos).find((decoration) => decoration.from <= pos && pos <= decoration.to)
  return found ? { from: found.from, to: found.to, finding: (found.spec as MarkSpec).finding } : null
}

/**
 * Where the caret is on screen. After a click ProseMirror takes the new selection from the DOM only
 * when the browser's selectionchange event arrives, so a shortcut pressed right away would otherwise
 * look at the old caret.
 */
function caretInDom(view: EditorView): number | null {
  const selection = (view.root as Document).getSelection?.()
  if (!selection?.focusNode || !view.dom.contains(selection.focusNode)) return null
  try {
    return view.posAtDOM(selection.focusNode, selection.focusOffset)
  } catch {
    return null
  }
}

/**
 * Drops the marks a change touched: they come back, right, when the paragraph is checked again.
 * `undrawn` hears which paragraphs lost marks, so an untouched paragraph that did is drawn again.
 */
function withoutTouched(decorations: DecorationSet, tr: Transaction, undrawn: (block: Node) => void): DecorationSet {
  let result = decorations.map(tr.mapping, tr.doc)
  tr.mapping.maps.forEach((stepMap, index) => {
    const rest = tr.mapping.slice(index + 1)
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const from = rest.map(newStart, -1)
      const to = rest.map(newEnd, 1)
      const touched = result.find(from, to)
      if (touched.length) {
        for (const decoration of touched) undrawn((decoration.spec as MarkSpec).block)
        result = result.remove(touched)
      }
    })
  })
  return result
}

/**
 * True while the browser's selection is ahead of ProseMirror's (a Shift+Arrow whose selectionchange
 * ProseMirror has not read yet). Redrawing decorations then would put the old selection back in the
 * DOM and lose that key, so the checks wait a moment.
 */
function selectionPending(view: EditorView): boolean {
  if (!view.hasFocus() || !(view.state.selection instanceof TextSelection)) return false
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection?.anchorNode || !selection.focusNode) return false
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset)
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset)
    return anchor !== view.state.selection.anchor || head !== view.state.selection.head
  } catch {
    return false
  }
}

/**
 * The document range on screen, widened by a margin: a binary search over the top-level blocks'
 * boxes (a few reads, cheap with content-visibility), rather than hit-testing the page.
 */
function visibleRange(view: EditorView): { from: number; to: number } {
  const size = view.state.doc.content.size
  const blocks = view.dom.children
  if (blocks.length === 0 || view.dom.getBoundingClientRect().height === 0) return { from: 0, to: size }
  const top = -MARGIN_PX
  const bottom = innerHeight + MARGIN_PX
  let low = 0
  let high = blocks.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (blocks[middle]!.getBoundingClientRect().bottom < top) low = middle + 1
    else high = middle
  }
  const first = low
  high = blocks.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (blocks[middle]!.getBoundingClientRect().top > bottom) high = middle - 1
    else low = middle
  }
  const last = blocks[low]!
  const from = Math.max(0, view.posAtDOM(blocks[first]!, 0) - 1)
  const to = Math.min(size, view.posAtDOM(last, last.childNodes.length) + 1)
  return from <= to ? { from, to } : { from: 0, to: size }
}

/**
 * Spelling and house-style marks in the body. Off the typing path: a keystroke only maps the
 * existing marks (and drops those it touched); checking waits for a pause, looks only at the
 * paragraphs on screen and, through the findings cache, only at those that changed. Spelling
 * answers come from a worker; until they arrive a paragraph simply has no spelling marks.
 */
export const WritingChecks = Extension.create<WritingChecksOptions>({
  name: 'writingChecks',

  addOptions() {
    return {
      getArticleLanguage: () => 'fr',
      getUiLanguage: () => 'en',
      getConfig: () => ({ enabled: false, style: null, newsroomWords: new Set() }),
      spelling: null,
      onOpenMenu: () => {},
    }
  },

  addCommands() {
    return {
      refreshWritingChecks:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(writingChecksKey, { refresh: true } satisfies ChecksMeta)
          return true
        },
      openCheckMenu:
        () =>
        ({ state, view }) => {
          const target = findingAt(state, caretInDom(view) ?? state.selection.from)
          if (!target) return false
          this.options.onOpenMenu(target, view)
          return true
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      'Shift-F10': () => this.editor.commands.openCheckMenu(),
      'Mod-.': () => this.editor.commands.openCheckMenu(),
    }
  },

  addProseMirrorPlugins() {
    const options = this.options
    const cache = new FindingsCache(options.spelling)
    // Paragraphs whose marks are in the set and right: ProseMirror keeps an untouched paragraph's node,
    // so a pass skips them and redraws only what changed or came into view.
    let drawn = new WeakSet<Node>()

    return [
      new Plugin<ChecksState>({
        key: writingChecksKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, refreshes: 0 }),
          apply(tr, value) {
            const meta = tr.getMeta(writingChecksKey) as ChecksMeta | undefined
            if (meta && 'decorations' in meta) return { ...value, decorations: meta.decorations }
            if (meta && 'refresh' in meta) {
              drawn = new WeakSet()
              return { decorations: DecorationSet.empty, refreshes: value.refreshes + 1 }
            }
            if (!tr.docChanged) return value
            return { ...value, decorations: withoutTouched(value.decorations, tr, (block) => drawn.delete(block)) }
          },
        },
        props: {
          decorations: (state) => writingChecksKey.getState(state)?.decorations,
          handleDOMEvents: {
            contextmenu(view, event) {
              const pos = view.posAtCoords({ left: event.clientX, top: event.clientY })
              const target = pos && findingAt(view.state, pos.pos)
              if (!target) return false
              event.preventDefault()
              options.onOpenMenu(target, view)
              return true
            },
          },
        },
        view(view) {
          let timer: ReturnType<typeof setTimeout> | undefined
          let destroyed = false
          const schedule = (delay: number) => {
            typing.cancel()
            clearTimeout(timer)
            timer = setTimeout(run, delay)
          }
          // Pushed back at every keystroke: a quiet timer notes the time instead of a new timeout per key.
          const typing = whenQuiet(() => run(), TYPING_PAUSE_MS)
          const typed = () => {
            clearTimeout(timer)
            timer = undefined
            typing.poke()
          }
          const run = () => {
            if (destroyed) return
            if (selectionPending(view)) return schedule(SELECTION_WAIT_MS)
            const config = options.getConfig()
            const current = writingChecksKey.getState(view.state)!.decorations
            if (!config.enabled) {
              if (current !== DecorationSet.empty) view.dispatch(view.state.tr.setMeta(writingChecksKey, { decorations: DecorationSet.empty }))
              return
            }
            const { doc } = view.state
            const { from, to } = visibleRange(view)
            const articleLanguage = options.getArticleLanguage()
            const language = options.getUiLanguage()
            const fresh: Decoration[] = []
            const stale: Decoration[] = []
            doc.nodesBetween(from, to, (node, pos) => {
              if (!node.isTextblock) return true
              if (drawn.has(node)) return false
              const findings = cache.findings(node, articleLanguage, config)
              stale.push(...current.find(pos, pos + node.nodeSize))
              for (const finding of findings) fresh.push(decorationFor(node, pos, finding, language))
              // Until the worker has answered every word, the paragraph is drawn again on the next pass.
              if (cache.isComplete(node)) drawn.add(node)
              return false
            })
            if (fresh.length === 0 && stale.length === 0) return
            const next = current.remove(stale).add(doc, fresh)
            view.dispatch(view.state.tr.setMeta(writingChecksKey, { decorations: next }))
          }
          const onScroll = () => schedule(SCROLL_PAUSE_MS)
          document.addEventListener('scroll', onScroll, { capture: true, passive: true })
          const stopAnswers = options.spelling?.onAnswers(() => schedule(ANSWERS_DELAY_MS))
          schedule(TYPING_PAUSE_MS)
          return {
            update(updated, previous) {
              const state = writingChecksKey.getState(updated.state)!
              const before = writingChecksKey.getState(previous)!
              if (updated.state.doc !== previous.doc) typed()
              else if (state.refreshes !== before.refreshes) schedule(0)
            },
            destroy() {
              destroyed = true
              clearTimeout(timer)
              typing.cancel()
              document.removeEventListener('scroll', onScroll, { capture: true })
              stopAnswers?.()
            },
          }
        },
      }),
    ]
  },
})
