/**
 * The bench's init script, injected before any page script into Copydesk and the bare ProseMirror
 * page alike (built to out/bench/prosemirror/measure-init.js). It turns on the app's persistence
 * marks and times each keystroke: keydown → the end of ProseMirror's handling of it.
 */
export type KeyTiming = {
  /** performance.now() when the keydown reached the page's first listener. */
  keydownAt: number
  /** The event's own timeStamp: earlier than keydownAt by however long the key waited in the input queue. */
  eventAt: number
  /** performance.now() in the first MutationObserver callback after the keydown. */
  flushedAt: number
}

declare global {
  var copydeskMeasure: boolean | undefined
  var __keystrokeProbe: { watch(selector: string): void; take(): { keys: KeyTiming[]; unmatched: number } }
}

// ArticlePersistence marks 'copydesk:persisted' at each commit only when this is set.
globalThis.copydeskMeasure = true

// A function scope: an init script is a classic script, whose top-level names would become page globals.
;(() => {
  let watching = false
  let pending: { keydownAt: number; eventAt: number } | undefined
  let keys: KeyTiming[] = []
  /** Keys that produced no DOM change before the next keydown (should stay 0). */
  let unmatched = 0

  // Capture phase on window, added before any page script: the first listener every key reaches.
  addEventListener(
    'keydown',
    (event) => {
      if (!watching) return
      if (pending) unmatched++
      pending = { keydownAt: performance.now(), eventAt: event.timeStamp }
    },
    true,
  )

  globalThis.__keystrokeProbe = {
    /**
     * Call once the editor exists. Chromium notifies mutation observers in creation order, so this
     * one runs after ProseMirror's, in the same microtask checkpoint: after ProseMirror has read the
     * DOM change and dispatched the transaction (plugins, Yjs update and its hand-off to persistence).
     */
    watch(selector) {
      const root = document.querySelector(selector)
      if (!root) throw new Error(`No ${selector} to watch`)
      new MutationObserver(() => {
        if (!pending) return
        keys.push({ ...pending, flushedAt: performance.now() })
        pending = undefined
      }).observe(root, { childList: true, characterData: true, attributes: true, subtree: true })
      watching = true
    },
    /** The timings since the last take(), and forgets them. */
    take() {
      const taken = { keys, unmatched }
      keys = []
      unmatched = 0
      return taken
    },
  }
})()
