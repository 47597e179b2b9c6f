import { Mark, Node, mergeAttributes } from '@tiptap/core'
import { authorHue, originOfSuggestion } from './suggestionIds'

/**
 * The marks of `@handlewithcare/prosemirror-suggest-changes` (insertion, deletion, modification) in
 * the body's schema. They are ordinary marks, so they reach the Yjs document and sync like bold.
 * Each shows its author's colour, from the author carried by its id (suggestionIds.ts).
 */
export const SUGGESTION_MARK_NAMES = ['insertion', 'deletion', 'modification'] as const
export type SuggestionMarkName = (typeof SUGGESTION_MARK_NAMES)[number]
const ALL = SUGGESTION_MARK_NAMES.join(' ')

function suggestionAttributes(id: unknown, kind: string): Record<string, string> {
  const { author } = originOfSuggestion(id)
  return {
    'data-suggestion': String(id),
    class: `suggestion suggestion-${kind}`,
    style: `--suggestion-hue: ${authorHue(author)}`,
  }
}

const idAttribute = {
  id: {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute('data-suggestion'),
    renderHTML: () => ({}),
  },
}

export const InsertionMark = Mark.create({
  name: 'insertion',
  inclusive: false,
  excludes: ALL,
  addAttributes: () => idAttribute,
  parseHTML: () => [{ tag: 'ins[data-suggestion]' }],
  renderHTML: ({ mark, HTMLAttributes }) => ['ins', mergeAttributes(HTMLAttributes, suggestionAttributes(mark.attrs.id, 'insertion')), 0],
})

export const DeletionMark = Mark.create({
  name: 'deletion',
  inclusive: false,
  excludes: ALL,
  addAttributes: () => idAttribute,
  parseHTML: () => [{ tag: 'del[data-suggestion]' }],
  renderHTML: ({ mark, HTMLAttributes }) => ['del', mergeAttributes(HTMLAttributes, suggestionAttributes(mark.attrs.id, 'deletion')), 0],
})

/** A change of formatting or attributes: the library records what it was, so rejecting restores it. */
export const ModificationMark = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'insertion deletion',
  addAttributes: () => ({
    ...idAttribute,
    type: { default: 'mark', renderHTML: () => ({}), parseHTML: (element: HTMLElement) => element.getAttribute('data-mod-type') },
    attrName: { default: null, renderHTML: () => ({}) },
    previousValue: { default: null, renderHTML: () => ({}) },
    newValue: { default: null, renderHTML: () => ({}) },
  }),
  parseHTML: () => [{ tag: 'span[data-suggestion][data-mod-type]' }],
  renderHTML: ({ mark, HTMLAttributes }) => [
    'span',
    mergeAttributes(HTMLAttributes, suggestionAttributes(mark.attrs.id, 'modification'), { 'data-mod-type': String(mark.attrs.type) }),
    0,
  ],
})

/**
 * The top node, allowing suggestion marks on whole blocks: the library marks a block as a whole when
 * a suggestion covers exactly that block (a deleted photo, pasted paragraphs).
 */
export const SuggestionDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'block+',
  marks: ALL,
})

export const suggestionSchemaExtensions = [SuggestionDocument, InsertionMark, DeletionMark, ModificationMark]
