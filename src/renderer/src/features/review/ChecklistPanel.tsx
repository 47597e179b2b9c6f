import { forwardRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChecklistItem, ChecklistResult } from '@shared/workflow/checklist'
import type { ArticleSession } from '../../article/useArticleSession'
import { formatNumber } from '../../ui/formatTime'
import { formatDateTime } from './dateTimeInput'
import { focusChecklistTarget } from './focusChecklistTarget'

type Props = { session: ArticleSession; checklist: ChecklistResult }

/** Before publishing: each problem (blocking) and warning, with a button to the place to fix it. */
export const ChecklistPanel = forwardRef<HTMLElement, Props>(function ChecklistPanel({ session, checklist }, ref) {
  const { t, i18n } = useTranslation()
  const describe = (item: ChecklistItem) => {
    const params = Object.fromEntries(
      Object.entries(item.params).map(([key, value]) => [
        key,
        key === 'until' && typeof value === 'number' ? formatDateTime(value, i18n.language) : typeof value === 'number' ? formatNumber(value, i18n.language) : value,
      ]),
    )
    return t(`checklist.items.${item.code}`, params)
  }
  const row = (item: ChecklistItem, index: number) => {
    const text = describe(item)
    return (
      <li key={`${item.code}-${index}`} className={`checklist-item checklist-${item.severity}`}>
        <span className="checklist-mark" aria-hidden="true">
          {item.severity === 'problem' ? '✕' : '!'}
        </span>
        <span className="checklist-text">{text}</span>
        <button type="button" className="link-button" aria-label={t('checklist.goTo', { item: text })} onClick={() => focusChecklistTarget(session, item.target)}>
          {t('checklist.fix')}
        </button>
      </li>
    )
  }
  return (
    <section ref={ref} tabIndex={-1} className="panel-section checklist" aria-labelledby="checklist-title">
      <div className="panel-heading">
        <h2 id="checklist-title">{t('checklist.title')}</h2>
        <span className={checklist.passes ? 'checklist-summary passes' : 'checklist-summary blocked'} role="status">
          {checklist.passes ? t('checklist.passes') : t('checklist.blocked', { count: checklist.problems.length })}
        </span>
      </div>
      {checklist.problems.length > 0 && (
        <ul className="checklist-list" aria-label={t('checklist.problems')}>
          {checklist.problems.map(row)}
        </ul>
      )}
      {checklist.warnings.length > 0 && (
        <ul className="checklist-list" aria-label={t('checklist.warnings')}>
          {checklist.warnings.map(row)}
        </ul>
      )}
    </section>
  )
})
