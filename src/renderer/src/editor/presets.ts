import StarterKit from '@tiptap/starter-kit'
import type { Extensions } from '@tiptap/core'
import type * as Y from 'yjs'
import type { TypographyLanguage } from '@shared/typography/characters'
import { YjsBody } from './extensions/YjsBody'
import { ArticleLink } from './extensions/ArticleLink'
import { Typography } from './extensions/Typography'
import { EmptyBodyPlaceholder } from './extensions/EmptyBodyPlaceholder'
import { CommentHighlights } from './extensions/CommentHighlights'
import { ParagraphLanguage } from './extensions/ParagraphLanguage'
import { Figure } from './extensions/Figure'
import { WritingChecks, type WritingChecksOptions } from './extensions/WritingChecks'
import { suggestionSchemaExtensions } from './suggestions/SuggestionMarks'
import { SuggestChanges } from './suggestions/SuggestChanges'
import { SelectionFromScreen } from './extensions/SelectionFromScreen'
import { CaretBlockOnScreen } from './extensions/CaretBlockOnScreen'
import { PasteCleaner, type PasteCleanerOptions } from './extensions/PasteCleaner'

/**
 * The article body's schema: paragraphs, H2/H3, bold, italic, links, quotes, lists, hard breaks.
 * StarterKit's own history is off: undo belongs to the Yjs binding, which knows whose change is whose.
 */
export function articleBodyExtensions(options: {
  fragment: Y.XmlFragment
  undoManager: Y.UndoManager
  placeholder: string
  /** The article's language, read as you type (it can change without a new editor). */
  getLanguage: () => TypographyLanguage
  onFirstRender?: () => void
  /** Spelling and house-style marks; left out, the body has none. */
  checks?: WritingChecksOptions
  /** What a paste left out (the notice under the editor). */
  onPasteReport?: PasteCleanerOptions['onReport']
}): Extensions {
  return [
    ...articleSchemaExtensions(),
    SelectionFromScreen,
    CaretBlockOnScreen,
    EmptyBodyPlaceholder.configure({ placeholder: options.placeholder }),
    Typography.configure({ getLanguage: options.getLanguage }),
    YjsBody.configure({
      fragment: options.fragment,
      undoManager: options.undoManager,
      onFirstRender: options.onFirstRender ?? (() => {}),
    }),
    CommentHighlights.configure({ fragment: options.fragment }),
    SuggestChanges,
    PasteCleaner.configure({ onReport: options.onPasteReport ?? (() => {}) }),
    ...(options.checks ? [WritingChecks.configure(options.checks)] : []),
  ]
}

/**
 * The extensions that make the body's schema, and nothing else: shared by the editor and by import,
 * which parses cleaned HTML into exactly what the editor accepts.
 */
export function articleSchemaExtensions(): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      // Replaced by SuggestionDocument, which lets suggestions mark whole blocks.
      document: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      // An automatic trailing paragraph would be an edit of its own after every restore or remote change.
      trailingNode: false,
      heading: { levels: [2, 3] },
      link: false,
    }),
    ArticleLink,
    ParagraphLanguage,
    // Library photos in the body (atom blocks: photo id and this article's caption, credit, alt text).
    Figure,
    // Suggestions (track changes) are marks of the body: they sync through Yjs like the text.
    ...suggestionSchemaExtensions,
  ]
}
