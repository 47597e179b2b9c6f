import * as Y from 'yjs'

const SUGGESTION_MARKS = ['insertion', 'deletion', 'modification'] as const

/**
 * The ids of the body's unresolved suggestions (track changes), read from the Yjs text's marks, so
 * the checklist needs no editor. A walk of the whole body: for the checklist, after a pause.
 */
export function suggestionIdsOfBody(body: Y.XmlFragment): Set<string> {
  const ids = new Set<string>()
  const walk = (node: unknown) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { attributes?: Record<string, { id?: unknown } | undefined> }[]) {
        for (const name of SUGGESTION_MARKS) {
          const id = op.attributes?.[name]?.id
          if (id !== undefined && id !== null) ids.add(String(id))
        }
      }
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      for (const child of node.toArray()) walk(child)
    }
  }
  walk(body)
  return ids
}
