import { useCallback, useRef, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { fieldSuggestionsOf, readFieldSuggestions, type FieldSuggestion, type SuggestableField } from './fieldSuggestions'

/** The pending suggestions on one field (or all fields), re-rendering when any of them changes. */
export function useFieldSuggestions(doc: Y.Doc, field?: SuggestableField): readonly FieldSuggestion[] {
  const cache = useRef<{ json: string; list: FieldSuggestion[] }>({ json: '[]', list: [] })
  const subscribe = useCallback(
    (onChange: () => void) => {
      const map = fieldSuggestionsOf(doc)
      map.observe(onChange)
      return () => map.unobserve(onChange)
    },
    [doc],
  )
  const snapshot = () => {
    const list = readFieldSuggestions(doc, field)
    const json = JSON.stringify(list)
    if (json !== cache.current.json) cache.current = { json, list }
    return cache.current.list
  }
  return useSyncExternalStore(subscribe, snapshot)
}
