export type QuietTimer = {
  /** Something changed: `run` comes once nothing has changed for the delay. */
  poke(): void
  /** Runs now if a run is waiting (an article closing), and stops waiting. */
  flush(): void
  /** Stops waiting, without running. */
  cancel(): void
}

/**
 * Runs `run` once changes have stopped for `delayMs` — the work that follows the text a moment after
 * typing pauses (counts, lists of comments, the index row). Called at every keystroke, a poke only
 * notes the time: the one timer, when it comes early, waits the rest. (Clearing and setting a timeout
 * at each keystroke, in each of these, was a measurable part of a keystroke's work.)
 */
export function whenQuiet(run: () => void, delayMs: number): QuietTimer {
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastPoke = 0
  const fire = () => {
    const rest = lastPoke + delayMs - performance.now()
    if (rest >= 1) {
      timer = setTimeout(fire, rest)
      return
    }
    timer = undefined
    run()
  }
  return {
    poke() {
      lastPoke = performance.now()
      timer ??= setTimeout(fire, delayMs)
    },
    flush() {
      if (timer === undefined) return
      clearTimeout(timer)
      timer = undefined
      run()
    },
    cancel() {
      clearTimeout(timer)
      timer = undefined
    },
  }
}
