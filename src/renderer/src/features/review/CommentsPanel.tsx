import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Profile } from '@shared/settings'
import { addThread, currentQuote, readThreads, replyToThread, setThreadResolved, type CommentThread } from '../../article/articleComments'
import type { ArticleSession } from '../../article/useArticleSession'
import { COMMENT_ACTIVATE_EVENT, commentHighlightsKey, setActiveComment } from '../../editor/extensions/CommentHighlights'
import { useTimeFormatter } from '../../ui/useTimeFormatter'
import { whenQuiet } from '../../ui/whenQuiet'
import { bodyEditor, revealThread, selectionAnchors } from './bodyEditorAccess'

const REFRESH_DELAY_MS = 300

/** Threads read from the document again when comments change, and a moment after text changes (quotes follow the text). */
function useThreads(session: ArticleSession): CommentThread[] {
  const [threads, setThreads] = useState(() => readThreads(session.doc))
  useEffect(() => {
    const now = () => setThreads(readThreads(session.doc))
    const refresh = whenQuiet(now, REFRESH_DELAY_MS)
    const comments = session.doc.getMap('comments')
    comments.observeDeep(now)
    session.doc.on('update', refresh.poke)
    return () => {
      refresh.cancel()
      comments.unobserveDeep(now)
      session.doc.off('update', refresh.poke)
    }
  }, [session])
  return threads
}

/** Comments on ranges of the text: start one on the selection, reply, resolve and reopen. */
export function CommentsPanel({ session, profile }: { session: ArticleSession; profile: Profile }) {
  const { t } = useTranslation()
  const formatWhen = useTimeFormatter()
  const threads = useThreads(session)
  const [text, setText] = useState('')
  const [blocking, setBlocking] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [active, setActive] = useState<string | null>(null)
  const [showResolved, setShowResolved] = useState(false)
  const author = profile.displayName.trim() || t('workflow.anonymous')

  useEffect(() => {
    const onActivate = (event: Event) => setActive((event as CustomEvent<string>).detail)
    addEventListener(COMMENT_ACTIVATE_EVENT, onActivate)
    return () => removeEventListener(COMMENT_ACTIVATE_EVENT, onActivate)
  }, [])

  const open = threads.filter((thread) => !thread.resolved)
  const resolved = threads.filter((thread) => thread.resolved)
  const shown = useMemo(() => (showResolved ? threads : open), [showResolved, threads, open])
  // Threads the text no longer has a place for are listed as such rather than hidden.
  const editorState = bodyEditor()?.state
  const unplaced = new Set(editorState ? commentHighlightsKey.getState(editorState)?.unplaced : [])

  const comment = () => {
    const editor = bodyEditor()
    const anchors = editor && selectionAnchors(editor)
    if (!anchors) return setError(t('comments.selectFirst'))
    if (!text.trim()) return setError(t('comments.writeFirst'))
    const id = addThread(session.doc, { ...anchors, author, text, blocking })
    setText('')
    setBlocking(false)
    setError(null)
    setActive(id)
    if (editor) setActiveComment(editor.view, id)
  }

  const focusThread = (thread: CommentThread) => {
    setActive(thread.id)
    const editor = bodyEditor()
    if (editor) revealThread(editor, thread)
  }

  return (
    <section className="panel-section comments" aria-labelledby="comments-title">
      <div className="panel-heading">
        <h2 id="comments-title">{t('comments.title')}</h2>
        <span className="muted">{t('comments.openCount', { count: open.length })}</span>
      </div>
      <div className="comment-new">
        <label className="stacked-field">
          <span>{t('comments.newLabel')}</span>
          <textarea rows={2} value={text} placeholder={t('comments.newPlaceholder')} onChange={(event) => setText(event.target.value)} />
        </label>
        <label className="check-field">
          <input type="checkbox" checked={blocking} onChange={(event) => setBlocking(event.target.checked)} />
          <span>{t('comments.blocking')}</span>
        </label>
        {/* Keeps the editor's selection: the click must not take the focus before the selection is read. */}
        <button type="button" className="button-small" onMouseDown={(event) => event.preventDefault()} onClick={comment}>
          {t('comments.add')}
        </button>
        <p role="alert" className="form-error">
          {error}
        </p>
      </div>
      {threads.length === 0 && <p className="muted">{t('comments.none')}</p>}
      <ol className="thread-list" aria-label={t('comments.list')}>
        {shown.map((thread) => (
          <Thread
            key={thread.id}
            thread={thread}
            quote={unplaced.has(thread.id) ? null : currentQuote(session.doc, thread)}
            active={thread.id === active}
            onFocus={() => focusThread(thread)}
            onReply={(reply) => replyToThread(session.doc, thread.id, author, reply)}
            onResolve={(value) => setThreadResolved(session.doc, thread.id, value, author)}
            when={formatWhen}
          />
        ))}
      </ol>
      {resolved.length > 0 && (
        <button type="button" className="link-button" onClick={() => setShowResolved((value) => !value)}>
          {showResolved ? t('comments.hideResolved') : t('comments.showResolved', { count: resolved.length })}
        </button>
      )}
    </section>
  )
}

type ThreadProps = {
  thread: CommentThread
  quote: string | null
  active: boolean
  onFocus(): void
  onReply(text: string): void
  onResolve(resolved: boolean): void
  when(time: number): string
}

function Thread({ thread, quote, active, onFocus, onReply, onResolve, when }: ThreadProps) {
  const { t } = useTranslation()
  const [reply, setReply] = useState('')
  const label = t('comments.threadOn', { quote: quote ?? thread.quote })
  return (
    <li className={`thread${active ? ' thread-active' : ''}${thread.resolved ? ' thread-resolved' : ''}`} aria-label={label}>
      <button type="button" className="thread-quote link-like" onClick={onFocus} aria-label={t('comments.showInText', { quote: quote ?? thread.quote })}>
        {t('comments.quoted', { quote: quote ?? thread.quote })}
        {quote === null && <span className="muted"> {t('comments.quoteGone')}</span>}
      </button>
      {thread.blocking && !thread.resolved && <span className="blocking-badge">{t('comments.blockingBadge')}</span>}
      {thread.resolved && <span className="muted">{t('comments.resolvedBy', { name: thread.resolvedBy, when: when(thread.resolvedAt) })}</span>}
      <ul className="message-list">
        {thread.messages.map((message) => (
          <li key={message.id}>
            <div className="message-meta">
              <strong>{message.author}</strong> <span className="muted">{when(message.at)}</span>
            </div>
            <p className="message-text">{message.text}</p>
          </li>
        ))}
      </ul>
      {!thread.resolved && (
        <form
          className="reply-form"
          onSubmit={(event) => {
            event.preventDefault()
            if (!reply.trim()) return
            onReply(reply)
            setReply('')
          }}
        >
          <input type="text" value={reply} aria-label={t('comments.replyLabel', { quote: thread.quote })} placeholder={t('comments.replyPlaceholder')} onChange={(event) => setReply(event.target.value)} />
          <button type="submit" className="button-small button-quiet">
            {t('comments.reply')}
          </button>
        </form>
      )}
      <button type="button" className="button-small button-quiet" onClick={() => onResolve(!thread.resolved)} aria-label={thread.resolved ? t('comments.reopenOne', { quote: thread.quote }) : t('comments.resolveOne', { quote: thread.quote })}>
        {thread.resolved ? t('comments.reopen') : t('comments.resolve')}
      </button>
    </li>
  )
}
