import { startTransition, useEffect, useState } from 'react'
import type { ArticlePersistence, SaveState } from '../db/ArticlePersistence'

/**
 * How long saving must have been done before "Saved" is shown. Typing is written every 40 ms, so the
 * state flips between saving and saved all through a sentence: shown as it is, the status blinks, a
 * screen reader announces it at every flip, and each flip is a React commit between two keys (React
 * then reads the caret's offset through the whole text before it).
 */
export const SAVED_SHOWN_AFTER_MS = 800

const savedState: SaveState = { kind: 'saved', at: 0 }

/**
 * The save state, for display: "saving" and errors at once, "saved" once saving has been done for
 * SAVED_SHOWN_AFTER_MS — so a sentence typed shows "saving" once, then "saved" once. Changes are
 * rendered as transitions, after the keystroke's own work, never inside it.
 */
export function useSaveState(persistence: ArticlePersistence | null): SaveState {
  const [shown, setShown] = useState<SaveState>(() => persistence?.saveState ?? savedState)
  useEffect(() => {
    let current = persistence?.saveState ?? savedState
    let savedTimer: ReturnType<typeof setTimeout> | undefined
    const show = (state: SaveState) => {
      current = state
      startTransition(() => setShown(state))
    }
    show(current)
    const unsubscribe = persistence?.subscribe((next) => {
      clearTimeout(savedTimer)
      if (next.kind === 'saved') savedTimer = setTimeout(() => show(next), SAVED_SHOWN_AFTER_MS)
      else if (next.kind === 'error' || current.kind !== next.kind) show(next)
    })
    return () => {
      clearTimeout(savedTimer)
      unsubscribe?.()
    }
  }, [persistence])
  return shown
}
