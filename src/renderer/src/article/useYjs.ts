import { useCallback, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/** The current string of a Y.Text, re-rendering when anyone changes it. */
export function useYText(ytext: Y.Text): string {
  const subscribe = useCallback(
    (onChange: () => void) => {
      ytext.observe(onChange)
      return () => ytext.unobserve(onChange)
    },
    [ytext],
  )
  return useSyncExternalStore(subscribe, () => ytext.toString())
}

/** One value of a Y.Map. */
export function useYMapValue<T>(map: Y.Map<unknown>, key: string): T | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const listener = (event: Y.YMapEvent<unknown>) => {
        if (event.keysChanged.has(key)) onChange()
      }
      map.observe(listener)
      return () => map.unobserve(listener)
    },
    [map, key],
  )
  return useSyncExternalStore(subscribe, () => map.get(key) as T | undefined)
}

/** The items of a Y.Array; the snapshot is rebuilt only when the array changes. */
export function useYArray<T>(array: Y.Array<T>): readonly T[] {
  const subscribe = useCallback(
    (onChange: () => void) => {
      array.observe(onChange)
      return () => array.unobserve(onChange)
    },
    [array],
  )
  return useSyncExternalStore(subscribe, () => cachedItems(array))
}

const itemsCache = new WeakMap<Y.Array<unknown>, { length: number; json: string; items: unknown[] }>()
function cachedItems<T>(array: Y.Array<T>): T[] {
  const items = array.toArray()
  const json = JSON.stringify(items)
  const cached = itemsCache.get(array as Y.Array<unknown>)
  if (cached && cached.json === json) return cached.items as T[]
  itemsCache.set(array as Y.Array<unknown>, { length: items.length, json, items })
  return items
}
