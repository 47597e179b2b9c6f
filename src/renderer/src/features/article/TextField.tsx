import type { KeyboardEvent } from 'react'
import type * as Y from 'yjs'
import { applyTextDiff, FIELD_EDIT_ORIGIN } from '../../article/articleDoc'
import { ownSuggestedText, suggestFieldText, type SuggestableField } from '../../article/fieldSuggestions'
import { useFieldSuggestions } from '../../article/useFieldSuggestions'
import { useYText } from '../../article/useYjs'
import { authorHue } from '../../editor/suggestions/suggestionIds'
import { suggestingAs, suggestingMode } from '../../editor/suggestions/suggestionMode'
import { useValueStore } from '../../ui/valueStore'
import { FieldSuggestionCard } from './FieldSuggestionCard'

type Props = {
  ytext: Y.Text
  /** The field's name in the article: suggestions on it are recorded under this name. */
  field: SuggestableField
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

/**
 * A plain-text article field bound to a Y.Text, sharing the article's undo history. While suggesting,
 * typing leaves the field as it is: the box holds this author's proposed text, recorded as a suggestion.
 */
export function TextField({ ytext, field, label, placeholder, className, undoManager, multiline, labelHidden, describedBy, invalid }: Props) {
  const doc = ytext.doc!
  const value = useYText(ytext)
  const suggesting = useValueStore(suggestingMode)
  const author = useValueStore(suggestingAs).name
  const suggestions = useFieldSuggestions(doc, field)
  const shown = suggesting ? (ownSuggestedText(doc, field, author) ?? value) : value
  const onChange = (next: string) => {
    // Headlines and standfirsts are one paragraph: a pasted line break becomes a space.
    const clean = multiline ? next : next.replace(/\r?\n/g, ' ')
    if (suggesting) suggestFieldText(doc, field, author, clean)
    else doc.transact(() => applyTextDiff(ytext, clean), FIELD_EDIT_ORIGIN)
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
    <>
      <label
        className={`field ${className}${suggesting ? ' field-suggesting' : ''}`}
        style={suggesting ? ({ '--suggestion-hue': authorHue(author) } as React.CSSProperties) : undefined}
      >
        <span className={labelHidden ? 'visually-hidden' : 'field-label'}>{label}</span>
        <textarea
          rows={1}
          value={shown}
          placeholder={placeholder}
          spellCheck
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
      {suggestions.map((suggestion) => (
        <FieldSuggestionCard key={suggestion.id} doc={doc} suggestion={suggestion} current={value} />
      ))}
    </>
  )
}
