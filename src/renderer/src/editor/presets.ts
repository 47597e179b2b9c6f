import StarterKit from '@tiptap/starter-kit'
import type { Extensions } from '@tiptap/core'
import type * as Y from 'yjs'
import { isSafeExternalUrl } from '@shared/links'
import type { TypographyLanguage } from '@shared/typography/characters'
import { YjsBody } from './extensions/YjsBody'
import { Typography } from './extensions/Typography'
import { EmptyBodyPlaceholder } from './extensions/EmptyBodyPlaceholder'

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
}): Extensions {
  return [
    StarterKit.configure({
      undoRedo: false,
      code: false,
      codeBlock: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      // An automatic trailing paragraph would be an edit of its own after every restore or remote change.
      trailingNode: false,
      heading: { levels: [2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isSafeExternalUrl(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    EmptyBodyPlaceholder.configure({ placeholder: options.placeholder }),
    Typography.configure({ getLanguage: options.getLanguage }),
    YjsBody.configure({
      fragment: options.fragment,
      undoManager: options.undoManager,
      onFirstRender: options.onFirstRender ?? (() => {}),
    }),
  ]
}
