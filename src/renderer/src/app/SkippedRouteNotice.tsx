import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { db } from '../db/db'
import { clearFailedRoute } from './failedRoute'
import { parseRoute, type Route } from './useHashRoute'

/** Says which view the app did not reopen at start because it failed last time, and offers it again. */
export function SkippedRouteNotice({ hash, onOpen }: { hash: string; onOpen(route: Route): void }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(true)
  const route = parseRoute(hash)
  const headline = useLiveQuery(async () => (route.view === 'article' ? ((await db.articles.get(route.id))?.headline ?? '') : ''), [hash])
  if (!shown) return null
  const what = route.view === 'article' ? (headline ? t('failure.skippedArticle', { headline }) : t('failure.skippedUntitled')) : t('failure.skippedView')
  return (
    <div className="banner" role="status" aria-label={t('failure.skippedLabel')}>
      {t('failure.skipped', { what })}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          clearFailedRoute()
          setShown(false)
          onOpen(route)
        }}
      >
        {t('failure.openAgain')}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => setShown(false)}>
        {t('failure.dismiss')}
      </button>
    </div>
  )
}
