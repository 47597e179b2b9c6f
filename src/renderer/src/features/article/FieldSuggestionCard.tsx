import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { diffWords } from '@shared/compare/textDiff'
import { resolveFieldSuggestion, type FieldSuggestion } from '../../article/fieldSuggestions'
import { authorHue } from '../../editor/suggestions/suggestionIds'
import { useTimeFormatter } from '../../ui/useTimeFormatter'

/**
 * A suggestion on a field, shown under it as in a word processor: the current text with the proposed
 * change inline (deletions struck through, insertions underlined, in the author's colour), who and
 * when, and Accept / Reject.
 */
export function FieldSuggestionCard({ doc, suggestion, current }: { doc: Y.Doc; suggestion: FieldSuggestion; current: string }) {
  const { t } = useTranslation()
  const formatWhen = useTimeFormatter()
  const hue = authorHue(suggestion.author)
  const author = suggestion.author || t('suggestions.unknownAuthor')
  const keys = `fieldSuggestions.${suggestion.field}`
  return (
    <div
      role="group"
      aria-label={t(`${keys}.group`, { author })}
      className={`field-suggestion field-suggestion-${suggestion.field}`}
      data-field-suggestion={suggestion.id}
      style={{ '--suggestion-hue': hue } as React.CSSProperties}
    >
      <p className="field-suggestion-text" aria-hidden="true">
        {diffWords(current, suggestion.text).map((part, index) =>
          part.kind === 'same' ? (
            <span key={index}>{part.text}</span>
          ) : part.kind === 'removed' ? (
            <del key={index} className="suggestion suggestion-deletion">
              {part.text}
            </del>
          ) : (
            <ins key={index} className="suggestion suggestion-insertion">
              {part.text}
            </ins>
          ),
        )}
      </p>
      <p className="visually-hidden">{t('fieldSuggestions.proposed', { text: suggestion.text })}</p>
      <div className="field-suggestion-meta">
        <span className="suggestion-swatch" aria-hidden="true" />
        <strong>{author}</strong>
        {suggestion.at > 0 && <span className="muted">{formatWhen(suggestion.at)}</span>}
        <span className="field-suggestion-actions">
          <button type="button" className="button-small" aria-label={t(`${keys}.accept`)} onClick={() => resolveFieldSuggestion(doc, suggestion.id, true)}>
            {t('fieldSuggestions.accept')}
          </button>
          <button type="button" className="button-small button-quiet" aria-label={t(`${keys}.reject`)} onClick={() => resolveFieldSuggestion(doc, suggestion.id, false)}>
            {t('fieldSuggestions.reject')}
          </button>
        </span>
      </div>
    </div>
  )
}
