import { useTranslation } from 'react-i18next'
import type { Editor } from '@tiptap/core'
import { useEditorStateEachFrame } from '../useEditorStateEachFrame'
import { suggestionAt } from './collectSuggestions'
import { authorHue, originOfSuggestion } from './suggestionIds'
import { suggestingAs, suggestingMode } from './suggestionMode'

/**
 * A small bar under the caret when it sits in a suggestion: who made it, accept, reject.
 * Looks only at the caret's neighbours, once a frame at most.
 */
export function SuggestionAtCaret({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const state = useEditorStateEachFrame(editor, (e) => {
    const { selection, doc } = e.state
    const id = selection.empty && e.isFocused ? suggestionAt(doc, selection.from) : null
    // Not while someone types their own suggestion: it would follow the caret for nothing.
    if (!id || (suggestingMode.get() && originOfSuggestion(id).author === suggestingAs.get().name)) return { id: null, left: 0, top: 0 }
    // Placed in the editor's box (which scrolls with the text), so scrolling does not leave it behind.
    const coords = e.view.coordsAtPos(selection.from)
    const box = e.view.dom.closest('.body-editor')?.getBoundingClientRect()
    return { id, left: Math.round(coords.left - (box?.left ?? 0)), top: Math.round(coords.bottom - (box?.top ?? 0)) }
  })
  if (!state.id) return null
  const id = state.id
  const { author } = originOfSuggestion(id)
  return (
    <div
      className="suggestion-at-caret"
      role="group"
      aria-label={t('suggestions.atCaret', { author: author || t('suggestions.unknownAuthor') })}
      style={{ left: state.left, top: state.top + 6, '--suggestion-hue': authorHue(author) } as React.CSSProperties}
      onMouseDown={(event) => event.preventDefault()}
    >
      <span className="suggestion-swatch" aria-hidden="true" />
      <span className="suggestion-at-caret-author">{author || t('suggestions.unknownAuthor')}</span>
      <button type="button" className="button-small" title={t('suggestions.atCaretHint')} onClick={() => editor.commands.acceptSuggestion(id)}>
        {t('suggestions.accept')}
      </button>
      <button type="button" className="button-small button-quiet" title={t('suggestions.atCaretHint')} onClick={() => editor.commands.rejectSuggestion(id)}>
        {t('suggestions.reject')}
      </button>
    </div>
  )
}
