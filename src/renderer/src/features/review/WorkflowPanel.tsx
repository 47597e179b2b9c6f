import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleStatus } from '@shared/article/article'
import type { Profile } from '@shared/settings'
import type { ChecklistResult } from '@shared/workflow/checklist'
import { allowedTransitions, checkTransition, type Transition, type TransitionCheck } from '@shared/workflow/workflow'
import { fieldsOf, FIELD_EDIT_ORIGIN } from '../../article/articleDoc'
import { CORRECTION_NOTE, distinctHistory, EMBARGO_AT, historyOf, SCHEDULED_AT, setTimeField } from '../../article/articleWorkflow'
import { useYArray, useYMapValue } from '../../article/useYjs'
import type { ArticleSession } from '../../article/useArticleSession'
import { formatDateTime, fromDateTimeInput, toDateTimeInput } from './dateTimeInput'
import { runTransition } from './runTransition'
import { OverdueSchedule } from './OverdueSchedule'
import { useWorkflowRights } from './useWorkflowRights'

const EMBARGO_CLOCK_MS = 15_000

type Props = { session: ArticleSession; profile: Profile; checkNow(): ChecklistResult; onShowChecklist(): void }

/** The article's status, the moves this person may make (with a message), embargo, schedule and history. */
export function WorkflowPanel({ session, profile, checkNow, onShowChecklist }: Props) {
  const { t, i18n } = useTranslation()
  const { doc } = session
  const fields = fieldsOf(doc)
  const status = (useYMapValue<ArticleStatus>(fields, 'status') ?? 'draft') as ArticleStatus
  const embargoAt = useYMapValue<number>(fields, EMBARGO_AT)
  const scheduledAt = useYMapValue<number>(fields, SCHEDULED_AT)
  const correctionNote = useYMapValue<string>(fields, CORRECTION_NOTE)
  const history = distinctHistory(useYArray(useMemo(() => historyOf(doc), [doc])))
  const [message, setMessage] = useState('')
  const [refusal, setRefusal] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const rights = useWorkflowRights(profile)
  const { capabilities } = rights
  const allowed = allowedTransitions(status, capabilities)
  const when = (time: number) => formatDateTime(time, i18n.language)
  // Redrawn now and then while under embargo, so the notice goes when the embargo ends.
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    if (embargoAt === undefined || embargoAt <= now) return
    const timer = setTimeout(() => setNow(Date.now()), Math.min(embargoAt - now + 50, EMBARGO_CLOCK_MS))
    return () => clearTimeout(timer)
  }, [embargoAt, now])
  const embargoed = embargoAt !== undefined && embargoAt > now
  const roleName = rights.roleName
  const actor = { name: profile.displayName.trim() || t('workflow.anonymous'), role: profile.role }

  const refusalText = (check: Exclude<TransitionCheck, { ok: true }>, to: ArticleStatus): string => {
    switch (check.reason) {
      case 'not-allowed':
        return t(rights.source === 'wordpress' ? 'workflow.refused.notAllowedWordPress' : 'workflow.refused.notAllowed', { action: t(`workflow.verbs.${to}`), role: roleName })
      case 'not-a-transition':
        return t('workflow.refused.notATransition', { status: t(`status.${status}`), target: t(`status.${to}`).toLocaleLowerCase(i18n.language) })
      case 'message-required':
        return t('workflow.refused.messageRequired')
      case 'embargo':
        return t('workflow.refused.embargo', { when: when(check.until) })
      case 'schedule-missing':
        return t('workflow.refused.scheduleMissing')
      case 'schedule-before-embargo':
        return t('workflow.refused.scheduleBeforeEmbargo', { when: when(check.until) })
      case 'checklist':
        return t('workflow.refused.checklist', { count: check.problems.length })
    }
  }

  const attempt = async (to: ArticleStatus) => {
    // Someone without the right to publish is told so first, whatever the article's status.
    const check: TransitionCheck =
      to === 'published' && !capabilities.has('publish')
        ? { ok: false, reason: 'not-allowed', needs: 'publish' }
        : checkTransition(status, to, {
            capabilities,
            now: Date.now(),
            embargoAt,
            scheduledAt,
            message,
            checklistProblems: to === 'published' || to === 'scheduled' ? checkNow().problems.map((item) => item.code) : [],
          })
    if (!check.ok) {
      setRefusal(refusalText(check, to))
      if (check.reason === 'checklist') onShowChecklist()
      return
    }
    setBusy(true)
    try {
      await run(check.transition)
    } finally {
      setBusy(false)
    }
  }

  const run = async (transition: Transition) => {
    const sent = message
    await runTransition(session, transition, actor, sent)
    // Only the message that went with the step: a note typed while it was being recorded stays.
    setMessage((current) => (current === sent ? '' : current))
    setRefusal(null)
  }

  const needsNote = allowed.some((transition) => transition.messageRequired)
  // A publish button is always there before publication, so whoever may not publish learns why.
  const showPublishAttempt = !allowed.some((transition) => transition.to === 'published') && !['published', 'spiked', 'correction'].includes(status)
  const canSchedule = allowed.some((transition) => transition.to === 'scheduled') || status === 'scheduled'

  return (
    <section className="panel-section workflow" aria-labelledby="workflow-title">
      <div className="panel-heading">
        <h2 id="workflow-title">{t('workflow.title')}</h2>
        <span className={`status-badge status-${status}`} aria-label={t('workflow.currentStatus', { status: t(`status.${status}`) })}>
          {t(`status.${status}`)}
        </span>
      </div>
      <p className="muted workflow-rights">
        {t(rights.source === 'wordpress' ? 'workflow.rightsFromWordPress' : 'workflow.rightsFromProfile', { role: roleName })}
      </p>
      {embargoed && (
        <p className="embargo-banner" role="note">
          {t('workflow.embargoed', { when: when(embargoAt) })}
        </p>
      )}
      {status === 'scheduled' && scheduledAt && <p className="muted">{t('workflow.scheduledFor', { when: when(scheduledAt) })}</p>}
      {status === 'scheduled' && scheduledAt && <OverdueSchedule doc={doc} articleId={session.articleId} scheduledAt={scheduledAt} />}
      {(status === 'correction' || status === 'published') && correctionNote && (
        <p className="correction-note">
          <strong>{t('workflow.correctionNote')}</strong> {correctionNote}
        </p>
      )}
      <label className="row-field">
        <span>{t('workflow.embargo')}</span>
        <input
          id="embargo-input"
          type="datetime-local"
          value={toDateTimeInput(embargoAt)}
          onChange={(event) => setTimeField(doc, EMBARGO_AT, fromDateTimeInput(event.target.value), FIELD_EDIT_ORIGIN)}
        />
      </label>
      {canSchedule && (
        <label className="row-field">
          <span>{t('workflow.publishAt')}</span>
          <input
            type="datetime-local"
            value={toDateTimeInput(scheduledAt)}
            onChange={(event) => setTimeField(doc, SCHEDULED_AT, fromDateTimeInput(event.target.value), FIELD_EDIT_ORIGIN)}
          />
        </label>
      )}
      {(allowed.length > 0 || showPublishAttempt) && (
        <>
          <label className="stacked-field">
            <span>{needsNote ? t('workflow.noteLabel') : t('workflow.messageLabel')}</span>
            <textarea rows={2} value={message} placeholder={t('workflow.messagePlaceholder')} onChange={(event) => setMessage(event.target.value)} />
          </label>
          <div className="workflow-actions">
            {allowed.map((transition) => (
              <button
                key={transition.action + transition.to}
                type="button"
                className={transition.to === 'spiked' ? 'button-small button-quiet' : 'button-small'}
                disabled={busy}
                onClick={() => void attempt(transition.to)}
              >
                {t(`workflow.actions.${transition.action}`)}
              </button>
            ))}
            {showPublishAttempt && (
              <button type="button" className="button-small button-quiet" onClick={() => void attempt('published')}>
                {t('workflow.actions.publish')}
              </button>
            )}
          </div>
        </>
      )}
      {allowed.length === 0 && !showPublishAttempt && <p className="muted">{t(rights.source === 'wordpress' ? 'workflow.nothingToDoWordPress' : 'workflow.nothingToDo', { role: roleName })}</p>}
      <p role="alert" className="form-error">
        {refusal}
      </p>
      <h3 className="subheading">{t('workflow.history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('workflow.noHistory')}</p>
      ) : (
        <ol className="history-list" aria-label={t('workflow.history')}>
          {[...history].reverse().map((entry) => (
            <li key={`${entry.at}-${entry.by}-${entry.to}`}>
              <div>
                {entry.action === 'siteEdit' ? (
                  <span className="history-who">{t('workflow.siteEditBy', { name: entry.by })}</span>
                ) : entry.action === 'scheduledPublish' ? (
                  <>
                    <span className={`status-badge status-${entry.to}`}>{t(`status.${entry.to}`)}</span>{' '}
                    <span className="history-who">{t('workflow.publishedBySite', { name: entry.by })}</span>
                  </>
                ) : (
                  <>
                    <span className={`status-badge status-${entry.to}`}>{t(`status.${entry.to}`)}</span>{' '}
                    <span className="history-who">{t('workflow.by', { name: entry.by, role: t(`settings.roles.${entry.role}`) })}</span>
                  </>
                )}
              </div>
              <div className="muted">{when(entry.at)}</div>
              {entry.message && <blockquote className="history-message">{entry.message}</blockquote>}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
