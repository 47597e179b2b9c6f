import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TextSelection } from '@tiptap/pm/state'
import type { Profile } from '@shared/settings'
import type { ArticleSession } from '../../article/useArticleSession'
import { collectSuggestions, type SuggestionSummary } from '../../editor/suggestions/collectSuggestions'
import { authorHue } from '../../editor/suggestions/suggestionIds'
import { suggestingAs } from '../../editor/suggestions/suggestionMode'
import { useTimeFormatter } from '../../ui/useTimeFormatter'
import { whenQuiet } from '../../ui/whenQuiet'
import { bodyEditor } from './bodyEditorAccess'
import { resolveAllFieldSuggestions, resolveFieldSuggestion, type FieldSuggestion } from '../../article/fieldSuggestions'
import { useFieldSuggestions } from '../../article/useFieldSuggestions'

/** The list follows the text a moment after typing pauses: one walk of the body per pause, not per keystroke. */
const REFRESH_DELAY_MS = 300
const QUOTE_LENGTH = 80

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= QUOTE_LENGTH ? flat : `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`
}

function useSuggestions(session: ArticleSession): [SuggestionSummary[], () => void] {
  const [suggestions, setSuggestions] = useState<SuggestionSummary[]>([])
  const read = useCallback(() => {
    const editor = bodyEditor()
    setSuggestions(editor ? collectSuggestions(editor.state.doc) : [])
  }, [])
  useEffect(() => {
    const refresh = whenQuiet(read, REFRESH_DELAY_MS)
    // The body editor may mount after this panel.
    refresh.poke()
    session.doc.on('update', refresh.poke)
    return () => {
      refresh.cancel()
      session.doc.off('update', refresh.poke)
    }
  }, [session, read])
  return [suggestions, read]
}

/**
 * Suggestions (track changes) in the fields and the body: each with its author's colour, to accept or
 * reject, one by one or all.
 */
export function SuggestionsPanel({ session, profile }: { session: ArticleSession; profile: Profile }) {
  const { t } = useTranslation()
  const [suggestions, refresh] = useSuggestions(session)
  const fieldSuggestions = useFieldSuggestions(session.doc)
  const total = fieldSuggestions.length + suggestions.length

  // Edits made while suggesting are signed with this profile.
  useEffect(() => {
    suggestingAs.set({ name: profile.displayName.trim() || t('workflow.anonymous'), role: t(`settings.roles.${profile.role}`) })
  }, [profile.displayName, profile.role, t])

  const describe = (suggestion: SuggestionSummary) => {
    const text = shorten(suggestion.inserted)
    const deleted = shorten(suggestion.deleted)
    if (text && deleted) return t('suggestions.replaced', { text, deleted })
    if (text) return t('suggestions.inserted', { text })
    if (deleted) return t('suggestions.deleted', { text: deleted })
    if (suggestion.breakOnly) return t('suggestions.paragraphBreak')
    return t('suggestions.formatted')
  }
  const describeField = (suggestion: FieldSuggestion) =>
    t('suggestions.inField', { field: t(suggestion.field === 'seoTitle' ? 'writing.seoTitle' : `article.${suggestion.field}`), text: shorten(suggestion.text) })
  const run = (action: (editor: NonNullable<ReturnType<typeof bodyEditor>>) => void) => {
    const editor = bodyEditor()
    if (!editor) return
    action(editor)
    refresh()
  }
  const resolveAll = (accept: boolean) => {
    resolveAllFieldSuggestions(session.doc, accept)
    run((editor) => (accept ? editor.commands.acceptAllSuggestions() : editor.commands.rejectAllSuggestions()))
  }
  // A field suggestion is shown under its field: bring it into view, focus on its Accept button.
  const showField = (suggestion: FieldSuggestion) => {
    const card = document.querySelector<HTMLElement>(`[data-field-suggestion="${CSS.escape(suggestion.id)}"]`)
    card?.scrollIntoView({ block: 'nearest' })
    card?.querySelector('button')?.focus()
  }
  const show = (suggestion: SuggestionSummary) =>
    run((editor) => {
      const doc = editor.state.doc
      const to = Math.min(suggestion.to, doc.content.size)
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(doc, Math.min(suggestion.from, to), to)).scrollIntoView())
      editor.view.focus()
    })

  return (
    <section className="panel-section suggestions" aria-labelledby="suggestions-title">
      <div className="panel-heading">
        <h2 id="suggestions-title">{t('suggestions.title')}</h2>
        {total > 0 && <span className="muted">{t('suggestions.count', { count: total })}</span>}
      </div>
      {total === 0 ? (
        <p className="muted">{t('suggestions.none')}</p>
      ) : (
        <>
          <div className="suggestion-all">
            <button type="button" className="button-small button-quiet" aria-label={t('suggestions.acceptAllLabel')} onClick={() => resolveAll(true)}>
              {t('suggestions.acceptAll')}
            </button>
            <button type="button" className="button-small button-quiet" aria-label={t('suggestions.rejectAllLabel')} onClick={() => resolveAll(false)}>
              {t('suggestions.rejectAll')}
            </button>
          </div>
          <ol className="suggestion-list" aria-label={t('suggestions.list')}>
            {fieldSuggestions.map((suggestion) => (
              <SuggestionItem
                key={suggestion.id}
                author={suggestion.author}
                at={suggestion.at}
                what={describeField(suggestion)}
                onShow={() => showField(suggestion)}
                onResolve={(accept) => resolveFieldSuggestion(session.doc, suggestion.id, accept)}
              />
            ))}
            {suggestions.map((suggestion) => (
              <SuggestionItem
                key={suggestion.id}
                author={suggestion.author}
                at={suggestion.at}
                what={describe(suggestion)}
                onShow={() => show(suggestion)}
                onResolve={(accept) => run((editor) => (accept ? editor.commands.acceptSuggestion(suggestion.id) : editor.commands.rejectSuggestion(suggestion.id)))}
              />
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

/** One suggestion of the list, from the body or a field. */
function SuggestionItem({ author, at, what, onShow, onResolve }: { author: string; at: number; what: string; onShow(): void; onResolve(accept: boolean): void }) {
  const { t } = useTranslation()
  const formatWhen = useTimeFormatter()
  return (
    <li className="suggestion-item" style={{ '--suggestion-hue': authorHue(author) } as React.CSSProperties} aria-label={what}>
      <div className="suggestion-meta">
        <span className="suggestion-swatch" aria-hidden="true" />
        <strong>{author || t('suggestions.unknownAuthor')}</strong>
        {at > 0 && <span className="muted">{formatWhen(at)}</span>}
      </div>
      <button type="button" className="suggestion-what link-like" onClick={onShow} aria-label={t('suggestions.showInText', { what })}>
        {what}
      </button>
      <div className="suggestion-actions">
        <button type="button" className="button-small" aria-label={t('suggestions.acceptOne', { what })} onClick={() => onResolve(true)}>
          {t('suggestions.accept')}
        </button>
        <button type="button" className="button-small button-quiet" aria-label={t('suggestions.rejectOne', { what })} onClick={() => onResolve(false)}>
          {t('suggestions.reject')}
        </button>
      </div>
    </li>
  )
}
