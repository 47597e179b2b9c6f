import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { EditorContent, useEditor } from '@tiptap/react'
import type * as Y from 'yjs'
import type { Counts } from '@shared/article/counts'
import { mainApi } from '../ipc/mainApi'
import { articleBodyExtensions } from './presets'
import { Toolbar } from './Toolbar'
import { countBody } from './bodyCounts'

type Props = {
  body: Y.XmlFragment
  undoManager: Y.UndoManager
  language: string
  onCounts(counts: Counts): void
  onReady?(): void
}

/** The article body in Tiptap, bound to the Yjs document. */
export function BodyEditor({ body, undoManager, language, onCounts, onReady }: Props) {
  const { t } = useTranslation()
  const editor = useEditor(
    {
      extensions: articleBodyExtensions({
        fragment: body,
        undoManager,
        placeholder: t('article.bodyPlaceholder'),
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
    let frame = 0
    const update = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => onCounts(countBody(editor.state.doc)))
    }
    update()
    editor.on('update', update)
    return () => {
      cancelAnimationFrame(frame)
      editor.off('update', update)
    }
  }, [editor, onCounts])

  return (
    <div className="body-editor">
      <Toolbar editor={editor} undoManager={undoManager} />
      <EditorContent editor={editor} />
    </div>
  )
}
