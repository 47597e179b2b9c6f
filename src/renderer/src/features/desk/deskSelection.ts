import { useCallback, useMemo, useState } from 'react'

/** Which row has the keyboard, which rows are selected, and where a Shift range starts. */
export type DeskSelection = { focusedId: string | null; selected: ReadonlySet<string>; anchorId: string | null }

const none: DeskSelection = { focusedId: null, selected: new Set(), anchorId: null }

/** The rows from the anchor to `index`, both included. */
function range(ids: readonly string[], anchorIndex: number, index: number): Set<string> {
  const [from, to] = anchorIndex <= index ? [anchorIndex, index] : [index, anchorIndex]
  return new Set(ids.slice(from, to + 1))
}

/**
 * The desk's selection over the rows shown (ids in their order). Rows that leave the list (trashed,
 * filtered out) leave the selection too, so an action never reaches an article no longer in sight.
 */
export function useDeskSelection(ids: readonly string[]) {
  const [state, setState] = useState<DeskSelection>(none)
  const indexOf = useMemo(() => new Map(ids.map((id, index) => [id, index])), [ids])

  const selection = useMemo<DeskSelection>(() => {
    const selected = [...state.selected].filter((id) => indexOf.has(id))
    const focusedId = state.focusedId !== null && indexOf.has(state.focusedId) ? state.focusedId : null
    return { focusedId, selected: selected.length === state.selected.size ? state.selected : new Set(selected), anchorId: state.anchorId }
  }, [state, indexOf])

  const focusedIndex = selection.focusedId === null ? -1 : indexOf.get(selection.focusedId)!

  /** Moves the keyboard to row `index`: selects it alone, or with `extend` the range from the anchor. */
  const moveTo = useCallback(
    (index: number, extend = false) => {
      const id = ids[Math.max(0, Math.min(ids.length - 1, index))]
      if (id === undefined) return
      setState((current) => {
        const anchorIndex = current.anchorId !== null ? indexOf.get(current.anchorId) : undefined
        if (extend && anchorIndex !== undefined) return { focusedId: id, anchorId: current.anchorId, selected: range(ids, anchorIndex, indexOf.get(id)!) }
        return { focusedId: id, anchorId: id, selected: new Set([id]) }
      })
    },
    [ids, indexOf],
  )

  /** A click: alone, with Ctrl/Cmd added or removed, with Shift the range from the anchor. */
  const click = useCallback(
    (id: string, modifiers: { toggle: boolean; extend: boolean }) => {
      if (modifiers.extend) return moveTo(indexOf.get(id) ?? 0, true)
      if (!modifiers.toggle) return moveTo(indexOf.get(id) ?? 0)
      setState((current) => {
        const selected = new Set(current.selected)
        if (selected.has(id)) selected.delete(id)
        else selected.add(id)
        return { focusedId: id, anchorId: id, selected }
      })
    },
    [indexOf, moveTo],
  )

  const selectAll = useCallback(() => setState((current) => ({ ...current, selected: new Set(ids) })), [ids])
  const clear = useCallback(() => setState((current) => ({ ...current, selected: new Set() })), [])

  return { selection, focusedIndex, moveTo, click, selectAll, clear }
}
