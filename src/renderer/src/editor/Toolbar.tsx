import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Editor } from '@tiptap/react'
import { useEditorStateEachFrame } from './useEditorStateEachFrame'
import { isSafeExternalUrl } from '@shared/links'
import { ParagraphLanguageSelect } from './ParagraphLanguageSelect'
import { SuggestingToggle } from './suggestions/SuggestingToggle'
import { takeSelectionFromScreen } from './extensions/SelectionFromScreen'

type Props = {
  editor: Editor
  undoManager: { canUndo(): boolean; canRedo(): boolean; stopCapturing(): void }
  /** Fixes the typography of the fields above the body too. */
  onFixFields?(): void
  /** Opens the photo picker to insert a library photo as a figure. */
  onInsertPhoto?(): void
}

/** Formatting buttons. Re-renders only when what it shows changes, once a frame at most, off the keystroke path. */
export function Toolbar({ editor, undoManager, onFixFields, onInsertPhoto }: Props) {
  const { t } = useTranslation()
  const [linkFormOpen, setLinkFormOpen] = useState(false)
  const state = useEditorStateEachFrame(editor, (e) => ({
      paragraph: e.isActive('paragraph'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      link: e.isActive('link'),
      quote: e.isActive('blockquote'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      canUndo: undoManager.canUndo(),
      canRedo: undoManager.canRedo(),
  }))
  const chain = () => editor.chain().focus()
  // The link form had the focus: the text takes it back now, not at the next frame as Tiptap's focus
  // command does, or a key pressed right after Apply (End, a letter) would go to the closing form.
  const backToText = () => {
    setLinkFormOpen(false)
    editor.view.focus()
  }
  // The selection, or the whole article (body and fields); one undo step, apart from the typing before it.
  const fixTypography = () => {
    undoManager.stopCapturing()
    const wholeArticle = editor.state.selection.empty
    chain().fixTypography().run()
    if (wholeArticle) onFixFields?.()
    undoManager.stopCapturing()
  }
  const button = (name: string, label: string, pressed: boolean | undefined, run: () => void, disabled = false) => (
    <button
      type="button"
      className={`tool tool-${name}`}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      // The editor keeps the focus; a caret just moved there counts before the button acts.
      onMouseDown={(event) => {
        event.preventDefault()
        takeSelectionFromScreen(editor.view)
      }}
      onClick={run}
    >
      <span aria-hidden="true">{name === 'link' ? <LinkIcon /> : toolGlyphs[name]}</span>
    </button>
  )

  return (
    <div className="toolbar-wrap">
      <div role="toolbar" aria-label={t('toolbar.label')} className="toolbar">
        {button('paragraph', t('toolbar.paragraph'), state.paragraph, () => chain().setParagraph().run())}
        {button('h2', t('toolbar.heading2'), state.h2, () => chain().toggleHeading({ level: 2 }).run())}
        {button('h3', t('toolbar.heading3'), state.h3, () => chain().toggleHeading({ level: 3 }).run())}
        <span className="tool-sep" />
        {button('bold', t('toolbar.bold'), state.bold, () => chain().toggleBold().run())}
        {button('italic', t('toolbar.italic'), state.italic, () => chain().toggleItalic().run())}
        {button('link', t('toolbar.link'), state.link, () => setLinkFormOpen((open) => !open))}
        <span className="tool-sep" />
        {button('quote', t('toolbar.quote'), state.quote, () => chain().toggleBlockquote().run())}
        {button('bulletList', t('toolbar.bulletList'), state.bulletList, () => chain().toggleBulletList().run())}
        {button('orderedList', t('toolbar.orderedList'), state.orderedList, () => chain().toggleOrderedList().run())}
        {onInsertPhoto && button('photo', t('articlePhotos.insertPhoto'), undefined, onInsertPhoto)}
        <span className="tool-sep" />
        {button('typography', t('toolbar.fixTypography'), undefined, fixTypography)}
        <span className="tool-sep" />
        {button('undo', t('toolbar.undo'), undefined, () => editor.commands.undo(), !state.canUndo)}
        {button('redo', t('toolbar.redo'), undefined, () => editor.commands.redo(), !state.canRedo)}
        <span className="tool-sep" />
        <ParagraphLanguageSelect editor={editor} />
        <span className="tool-sep" />
        <SuggestingToggle editor={editor} />
      </div>
      {linkFormOpen && (
        <LinkForm
          initial={(editor.getAttributes('link').href as string | undefined) ?? ''}
          onApply={(href) => {
            editor.chain().extendMarkRange('link').setLink({ href }).run()
            backToText()
          }}
          onRemove={() => {
            editor.chain().extendMarkRange('link').unsetLink().run()
            backToText()
          }}
          onCancel={backToText}
        />
      )}
    </div>
  )
}

const toolGlyphs: Record<string, string> = {
  paragraph: '¶',
  h2: 'H2',
  h3: 'H3',
  bold: 'B',
  italic: 'I',
  quote: '❝',
  bulletList: '•',
  orderedList: '1.',
  typography: '«»',
  photo: '▣',
  undo: '↶',
  redo: '↷',
}

/** Two chain links; system fonts here have no link glyph. */
function LinkIcon() {
  return (
    <svg width="15" height="15" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" style={{ verticalAlign: '-2px' }}>
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </svg>
  )
}

function LinkForm(props: { initial: string; onApply(href: string): void; onRemove(): void; onCancel(): void }) {
  const { t } = useTranslation()
  const [href, setHref] = useState(props.initial)
  const [error, setError] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const candidate = href.trim()
    if (!isSafeExternalUrl(candidate)) {
      setError(t('toolbar.badLink'))
      return
    }
    props.onApply(candidate)
  }
  return (
    <form className="link-form" onSubmit={submit} onKeyDown={(event) => event.key === 'Escape' && props.onCancel()}>
      <label>
        {t('toolbar.linkAddress')}
        <input
          autoFocus
          type="text"
          inputMode="url"
          value={href}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'link-error' : undefined}
          onChange={(event) => {
            setHref(event.target.value)
            setError('')
          }}
          placeholder="https://"
        />
      </label>
      <button type="submit">{t('toolbar.applyLink')}</button>
      {props.initial && (
        <button type="button" onClick={props.onRemove}>
          {t('toolbar.removeLink')}
        </button>
      )}
      <button type="button" onClick={props.onCancel}>
        {t('toolbar.cancel')}
      </button>
      {error && (
        <p id="link-error" role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  )
}
