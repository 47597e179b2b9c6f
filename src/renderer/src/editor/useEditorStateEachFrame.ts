import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'

function shallowEqual<T extends Record<string, unknown>>(a: T, b: T): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]))
}

/**
 * Like Tiptap's useEditorState, but the selector runs at most once per frame, after the
 * keystroke has been handled, instead of synchronously inside every transaction: what the
 * toolbar shows does not need to be known before the text is on screen.
 */
export function useEditorStateEachFrame<T extends Record<string, unknown>>(editor: Editor, selector: (editor: Editor) => T): T {
  const [state, setState] = useState(() => selector(editor))
  // The latest selector, read each frame, so a new closure does not mean a new subscription.
  const selectorRef = useRef(selector)
  selectorRef.current = selector
  useEffect(() => {
    let frame = 0
    const schedule = () => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        const next = selectorRef.current(editor)
        setState((current) => (shallowEqual(current, next) ? current : next))
      })
    }
    schedule()
    editor.on('transaction', schedule)
    return () => {
      cancelAnimationFrame(frame)
      editor.off('transaction', schedule)
    }
  }, [editor])
  return state
}
