/**
 * A second init script (out/bench/prosemirror/desk-search-probe.js): an independent check of the
 * desk search time, input event → the list showing the expected rows, seen from the DOM itself.
 */
declare global {
  var __deskSearchProbe: { arm(rows: number): void; take(): number | undefined }
}

;(() => {
  let inputAt: number | undefined
  let elapsed: number | undefined
  let observer: MutationObserver | undefined

  addEventListener(
    'input',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'search') inputAt ??= performance.now()
    },
    true,
  )

  globalThis.__deskSearchProbe = {
    /** Before filling the search box: wait for the list to hold exactly `rows` rows. */
    arm(rows) {
      inputAt = undefined
      elapsed = undefined
      observer?.disconnect()
      const list = document.querySelector('.desk-list')
      if (!list) throw new Error('No desk list')
      observer = new MutationObserver(() => {
        if (inputAt === undefined || list.querySelectorAll('.desk-row').length !== rows) return
        elapsed = performance.now() - inputAt
        observer?.disconnect()
      })
      observer.observe(list, { childList: true, characterData: true, subtree: true })
    },
    /** Input → rows shown, once seen. */
    take: () => elapsed,
  }
})()

export {}
