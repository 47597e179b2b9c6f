import * as Y from 'yjs'
import { makeSuggestionId } from '../editor/suggestions/suggestionIds'
import { applyTextDiff, FIELD_EDIT_ORIGIN, textFieldOf, type TextField } from './articleDoc'

/**
 * Suggestions on the plain-text fields (headline, standfirst, byline, SEO title): the whole proposed
 * text, signed like the body's suggestions. They live in one flat map of the article's Yjs document,
 * one entry per field and author, so they sync and merge offline like the rest: two people suggesting
 * on the same field offline both keep theirs (a nested map per field would let one replace the other).
 */
export const FIELD_SUGGESTIONS = 'fieldSuggestions'

export const suggestableFields = ['headline', 'standfirst', 'byline', 'seoTitle'] as const satisfies readonly TextField[]
export type SuggestableField = (typeof suggestableFields)[number]

export type FieldSuggestion = {
  /** The same form as a body suggestion's id: it carries the author and the first time. */
  id: string
  field: SuggestableField
  author: string
  /** When it was last changed, in ms. */
  at: number
  /** The whole text proposed for the field. */
  text: string
}

export const fieldSuggestionsOf = (doc: Y.Doc): Y.Map<FieldSuggestion> => doc.getMap<FieldSuggestion>(FIELD_SUGGESTIONS)

/** One entry per field and author: the author's second edit replaces their first. */
const keyOf = (field: SuggestableField, author: string) => `${field}\n${author}`

function isFieldSuggestion(value: unknown): value is FieldSuggestion {
  const v = value as Partial<FieldSuggestion> | null
  return (
    !!v &&
    typeof v.id === 'string' &&
    typeof v.author === 'string' &&
    typeof v.at === 'number' &&
    typeof v.text === 'string' &&
    suggestableFields.includes(v.field as SuggestableField)
  )
}

/** Every pending field suggestion, in field order then oldest first. */
export function readFieldSuggestions(doc: Y.Doc, field?: SuggestableField): FieldSuggestion[] {
  const all = [...fieldSuggestionsOf(doc).values()].filter(isFieldSuggestion).filter((s) => !field || s.field === field)
  const order = (s: FieldSuggestion) => suggestableFields.indexOf(s.field)
  return all.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id))
}

/** The text `author` proposes for `field`, if they have a pending suggestion there. */
export function ownSuggestedText(doc: Y.Doc, field: SuggestableField, author: string): string | undefined {
  const own = fieldSuggestionsOf(doc).get(keyOf(field, author))
  return isFieldSuggestion(own) ? own.text : undefined
}

/**
 * Records (or updates) `author`'s suggestion that `field` read `text`. Proposing the field's current
 * text withdraws the suggestion: there is nothing left to decide.
 */
export function suggestFieldText(doc: Y.Doc, field: SuggestableField, author: string, text: string, now = Date.now()): void {
  const map = fieldSuggestionsOf(doc)
  const key = keyOf(field, author)
  doc.transact(() => {
    if (text === textFieldOf(doc, field).toString()) {
      if (map.has(key)) map.delete(key)
      return
    }
    const previous = map.get(key)
    const id = isFieldSuggestion(previous) ? previous.id : makeSuggestionId(author, now)
    map.set(key, { id, field, author, at: now, text })
  }, FIELD_EDIT_ORIGIN)
}

/** Accepts or rejects one suggestion: accepting writes its text into the field, as an ordinary edit (one undo step). */
export function resolveFieldSuggestion(doc: Y.Doc, id: string, accept: boolean): boolean {
  const map = fieldSuggestionsOf(doc)
  const entry = [...map.entries()].find(([, value]) => isFieldSuggestion(value) && value.id === id)
  if (!entry) return false
  const [key, suggestion] = entry
  doc.transact(() => {
    if (accept) applyTextDiff(textFieldOf(doc, suggestion.field), suggestion.text)
    map.delete(key)
  }, FIELD_EDIT_ORIGIN)
  return true
}

/**
 * Accepts or rejects every field suggestion in one step. Accepting two suggestions on one field
 * keeps the later one's text: the field can hold only one.
 */
export function resolveAllFieldSuggestions(doc: Y.Doc, accept: boolean): number {
  const all = readFieldSuggestions(doc).sort((a, b) => a.at - b.at)
  if (all.length === 0) return 0
  doc.transact(() => {
    for (const suggestion of all) resolveFieldSuggestion(doc, suggestion.id, accept)
  }, FIELD_EDIT_ORIGIN)
  return all.length
}
