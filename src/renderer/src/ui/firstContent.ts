import { useEffect, useState } from 'react'

/** A view that never says it has drawn its content does not hold secondary work back longer than this. */
const LATEST_MS = 1000
const IDLE_TIMEOUT_MS = 500

let shown = false
const waiting = new Set<() => void>()

/**
 * The open view has drawn what the user came for: the desk's first rows, an editable article.
 * Secondary work (the desk views' counts) starts only then, so it does not compete with that first
 * paint for IndexedDB and the main thread.
 */
export function markFirstContent(): void {
  if (shown) return
  shown = true
  for (const start of waiting) start()
  waiting.clear()
}

/** False until the view's first content is on screen (or LATEST_MS have passed) and the page is idle. */
export function useAfterFirstContent(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let idle: number | undefined
    const start = () => {
      if (idle !== undefined) return
      waiting.delete(start)
      idle = requestIdleCallback(() => setReady(true), { timeout: IDLE_TIMEOUT_MS })
    }
    const latest = setTimeout(start, LATEST_MS)
    if (shown) start()
    else waiting.add(start)
    return () => {
      waiting.delete(start)
      clearTimeout(latest)
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [])
  return ready
}
