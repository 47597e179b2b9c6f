import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SyncProgress } from '@shared/cms/filing'
import { cmsApi } from './cmsApi'

/** A finished batch stays on screen this long, full, so people see it went through. */
const SHOWN_AFTER_END_MS = 3000
/** No news from main for this long: the batch was given up (the desk skipped an article), the bar goes. */
const STALE_MS = 30_000

/**
 * A progress bar for long syncs — filing many articles, merging what a pull brought, an article's
 * photos going up — from main's `cms:progress` events. One item has its own state in the article
 * view: a batch shows from two. The latest batch is shown (photos go up inside a filing).
 */
export function SyncProgressBar() {
  const { t, i18n } = useTranslation()
  const [progress, setProgress] = useState<SyncProgress | undefined>()

  useEffect(() => cmsApi.onProgress(setProgress), [])

  useEffect(() => {
    if (!progress) return
    const finished = progress.ended || progress.done >= progress.total
    const timer = setTimeout(() => setProgress(undefined), finished ? SHOWN_AFTER_END_MS : STALE_MS)
    return () => clearTimeout(timer)
  }, [progress])

  if (!progress || progress.total < 2) return null
  const number = (value: number) => value.toLocaleString(i18n.language)
  const label = t(`cms.progress.${progress.operation}`)
  const count = t(progress.operation === 'photos' ? 'cms.progress.photoCount' : 'cms.progress.count', {
    done: number(progress.done),
    total: number(progress.total),
  })
  return (
    <div className="sync-progress">
      <span>{label}</span>
      <progress aria-label={label} aria-valuetext={count} value={progress.done} max={progress.total} />
      <span className="muted" aria-hidden="true">
        {count}
      </span>
    </div>
  )
}
