import type { KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import { applyTextDiff, FIELD_EDIT_ORIGIN } from '../../article/articleDoc'
import { useYText } from '../../article/useYjs'

type Props = {
  ytext: Y.Text
  label: string
  placeholder: string
  className: string
  undoManager: Y.UndoManager
  multiline?: boolean
  /** Hide the label visually (the field's place and style say what it is) but keep it for screen readers. */
  labelHidden?: boolean
  /** The id of a note about the field (its length limit), read after the label. */
  describedBy?: string
  invalid?: boolean
}

/** A plain-text article field bound to a Y.Text, sharing the article's undo history. */
export function TextField({ ytext, label, placeholder, className, undoManager, multiline, labelHidden, describedBy, invalid }: Props) {
  const value = useYText(ytext)
  const onChange = (next: string) => {
    // Headlines and standfirsts are one paragraph: a pasted line break becomes a space.
    const clean = multiline ? next : next.replace(/\r?\n/g, ' ')
    ytext.doc!.transact(() => applyTextDiff(ytext, clean), FIELD_EDIT_ORIGIN)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const mod = event.metaKey || event.ctrlKey
    if (!mod) return
    const key = event.key.toLowerCase()
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault()
      undoManager.undo()
    } else if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault()
      undoManager.redo()
    }
  }
  return (
    <label className={`field ${className}`}>
      <span className={labelHidden ? 'visually-hidden' : 'field-label'}>{label}</span>
      <textarea
        rows={1}
        value={value}
        placeholder={placeholder}
        spellCheck
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </label>
  )
}
