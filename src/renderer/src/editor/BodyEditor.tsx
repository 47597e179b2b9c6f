import { memo, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { EditorContent, useEditor } from '@tiptap/react'
import type * as Y from 'yjs'
import type { Counts } from '@shared/article/counts'
import type { ValueStore } from '../ui/valueStore'
import { mainApi } from '../ipc/mainApi'
import { articleBodyExtensions } from './presets'
import { Toolbar } from './Toolbar'
import { countBody } from './bodyCounts'

type Props = {
  body: Y.XmlFragment
  undoManager: Y.UndoManager
  language: string
  /** Where the live body counts go; only what displays them re-renders. */
  counts: ValueStore<Counts>
  onReady?(): void
  /** "Fix typography" on the whole article also fixes the fields above the body. */
  onFixFields?(): void
}

// Counts follow the text a moment after typing pauses, off the keystroke path.
const COUNTS_DELAY_MS = 150

/** The article body in Tiptap, bound to the Yjs document. Memoised: nothing above it re-renders it while typing. */
export const BodyEditor = memo(function BodyEditor({ body, undoManager, language, counts, onReady, onFixFields }: Props) {
  const { t } = useTranslation()
  // The typography rules read the language at each keystroke: changing it must not rebuild the editor.
  const languageRef = useRef(language)
  useEffect(() => {
    languageRef.current = language
  }, [language])
  const editor = useEditor(
    {
      extensions: articleBodyExtensions({
        fragment: body,
        undoManager,
        placeholder: t('article.bodyPlaceholder'),
        getLanguage: () => (languageRef.current === 'en' ? 'en' : 'fr'),
        onFirstRender: () => onReady?.(),
      }),
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'article-body',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('article.body'),
          spellcheck: 'true',
        },
        // A plain click places the caret; Ctrl/Cmd+click opens the link outside the app, after main checks it.
        handleClick: (view, pos, event) => {
          if (!(event.metaKey || event.ctrlKey)) return false
          const link = view.state.doc
            .resolve(pos)
            .marks()
            .find((mark) => mark.type.name === 'link')
          if (!link) return false
          void mainApi.openExternal(String(link.attrs.href))
          return true
        },
      },
    },
    [body, undoManager],
  )

  useEffect(() => {
    editor.view.dom.setAttribute('lang', language)
  }, [editor, language])

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const update = () => {
      clearTimeout(timer)
      timer = setTimeout(() => counts.set(countBody(editor.state.doc)), COUNTS_DELAY_MS)
    }
    update()
    editor.on('update', update)
    return () => {
      clearTimeout(timer)
      editor.off('update', update)
    }
  }, [editor, counts])

  return (
    <div className="body-editor">
      <Toolbar editor={editor} undoManager={undoManager} onFixFields={onFixFields} />
      <EditorContent editor={editor} />
    </div>
  )
})
