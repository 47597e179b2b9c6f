import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PullFailure } from '@shared/cms/filing'
import { PULL_FAILURES_EVENT, type PullFailureDetail } from './pullFromSite'

/**
 * The articles the last pull skipped (the others came): each named, with why, until dismissed or
 * until a pull brings them. One bad post on the site never holds back the desk, nor goes unseen.
 */
export function PullFailures() {
  const { t } = useTranslation()
  const [failures, setFailures] = useState<PullFailure[]>([])

  useEffect(() => {
    const onFailures = (event: Event) => setFailures((event as CustomEvent<PullFailureDetail>).detail.failures)
    addEventListener(PULL_FAILURES_EVENT, onFailures)
    return () => removeEventListener(PULL_FAILURES_EVENT, onFailures)
  }, [])

  if (failures.length === 0) return null
  return (
    <section className="pull-failures" role="alert" aria-label={t('cms.pullFailures.title')}>
      <p>{t('cms.pullFailures.title')}</p>
      <ul>
        {failures.map((failure) => (
          <li key={failure.articleId}>
            {t(`cms.pullFailures.reason.${failure.reason}`, { title: failure.title || t('cms.pullFailures.untitled', { id: failure.postId }) })}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setFailures([])}>
        {t('cms.pullFailures.dismiss')}
      </button>
    </section>
  )
}
