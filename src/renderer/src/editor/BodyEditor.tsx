import { memo, useContext, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EditorContent, useEditor } from '@tiptap/react'
import type * as Y from 'yjs'
import type { Counts } from '@shared/article/counts'
import type { ValueStore } from '../ui/valueStore'
import { mainApi } from '../ipc/mainApi'
import { articleBodyExtensions } from './presets'
import { Toolbar } from './Toolbar'
import { countBody } from './bodyCounts'
import type { ImportReport } from '../exchange/importReport'
import { PasteReportNotice } from '../exchange/PasteReportNotice'
import { createValueStore } from '../ui/valueStore'
import { WritingAidsContext } from '../features/writingAids/WritingAidsContext'
import { spellingClient } from '../spelling/spellingClient'
import { whenQuiet } from '../ui/whenQuiet'
import type { CheckTarget } from './extensions/WritingChecks'
import { CheckMenu } from './checks/CheckMenu'
import { PhotoPicker } from '../features/articlePhotos/PhotoPicker'
import { SuggestionAtCaret } from './suggestions/SuggestionAtCaret'
import { SuggestionRefusedNotice } from './suggestions/SuggestionRefusedNotice'

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
  const { t, i18n } = useTranslation()
  // Spelling and house style: the rules and words come from settings through context, read by the checks when they run.
  const writingAids = useContext(WritingAidsContext)
  const checksConfig = useRef(writingAids.config)
  const [checkMenu, setCheckMenu] = useState<CheckTarget | null>(null)
  const [photoPickerOpen, setPhotoPickerOpen] = useState(false)
  // What the last paste left out, said under the editor (nothing to say: no notice).
  const [pasteReport] = useState(() => createValueStore<ImportReport | null>(null))
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
        onPasteReport: pasteReport.set,
        checks: {
          getArticleLanguage: () => (languageRef.current === 'en' ? 'en' : 'fr'),
          getUiLanguage: () => (i18n.language.startsWith('fr') ? 'fr' : 'en'),
          getConfig: () => checksConfig.current,
          spelling: spellingClient(),
          onOpenMenu: setCheckMenu,
        },
      }),
      shouldRerenderOnTransaction: false,
      // Nothing listens for Tiptap's delete events, which it would work out after every change.
      enableCoreExtensions: { delete: false },
      editorProps: {
        attributes: {
          class: 'article-body',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('article.body'),
          // Copydesk checks spelling itself (offline dictionaries, the newsroom's words).
          spellcheck: 'false',
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

  // New rules, words or article language: check the visible text again.
  useEffect(() => {
    checksConfig.current = writingAids.config
    editor.commands.refreshWritingChecks()
  }, [editor, writingAids.config, language])

  useEffect(() => {
    const recount = whenQuiet(() => counts.set(countBody(editor.state.doc)), COUNTS_DELAY_MS)
    recount.poke()
    editor.on('update', recount.poke)
    return () => {
      recount.cancel()
      editor.off('update', recount.poke)
    }
  }, [editor, counts])

  return (
    <div className="body-editor">
      <Toolbar editor={editor} undoManager={undoManager} onFixFields={onFixFields} onInsertPhoto={() => setPhotoPickerOpen(true)} />
      <EditorContent editor={editor} />
      <SuggestionAtCaret editor={editor} />
      <SuggestionRefusedNotice />
      <PasteReportNotice report={pasteReport} />
      {checkMenu && (
        <CheckMenu editor={editor} target={checkMenu} spelling={spellingClient()} onAddWord={writingAids.addToDictionary} onClose={() => setCheckMenu(null)} />
      )}
      {photoPickerOpen && (
        <PhotoPicker
          title={t('articlePhotos.insertTitle')}
          onChoose={(photo) => {
            setPhotoPickerOpen(false)
            editor.chain().focus().insertPhotoFigure(photo.id).run()
          }}
          onClose={() => {
            setPhotoPickerOpen(false)
            editor.commands.focus()
          }}
        />
      )}
    </div>
  )
})
