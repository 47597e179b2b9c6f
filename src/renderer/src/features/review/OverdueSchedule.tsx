import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { statusChangedAt } from '../../article/articleWorkflow'
import { useArticleSyncState } from '../cms/useArticleSyncState'
import { formatDateTime } from './dateTimeInput'

const CLOCK_MS = 60_000

/**
 * A scheduled article whose time has passed and that still shows as scheduled has not gone out:
 * WordPress publishes only what it has. Says so — not filed from here since it was scheduled (it goes
 * out once filed), or on the site and waiting for WordPress (the next pull brings the publication).
 */
export function OverdueSchedule({ doc, articleId, scheduledAt }: { doc: Y.Doc; articleId: string; scheduledAt: number }) {
  const { t, i18n } = useTranslation()
  const [now, setNow] = useState(Date.now)
  const [sync] = useArticleSyncState(articleId)
  useEffect(() => {
    if (scheduledAt <= now) return
    const timer = setTimeout(() => setNow(Date.now()), Math.min(scheduledAt - now + 50, CLOCK_MS))
    return () => clearTimeout(timer)
  }, [scheduledAt, now])
  if (scheduledAt > now) return null
  // Filed as scheduled: the last filing that reached the site came after the article was scheduled.
  const filed = sync?.state === 'synced' && (sync.syncedAt ?? 0) >= statusChangedAt(doc, 0)
  const when = formatDateTime(scheduledAt, i18n.language)
  return (
    <p className="embargo-banner" role="note">
      {t(filed ? 'workflow.scheduleWaitingForSite' : 'workflow.scheduleOverdue', { when })}
    </p>
  )
}
