import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLiveQuery } from 'dexie-react-hooks'
import { deskViewsOfRole, startOfDay, type DeskViewName } from '@shared/workflow/deskViews'
import type { Profile } from '@shared/settings'
import { db } from '../../db/db'
import { countDeskViews } from '../../db/deskViewCounts'
import { formatNumber } from '../../ui/formatTime'
import { useAfterFirstContent } from '../../ui/firstContent'

/** "Published today" starts again at midnight even if nothing changes. */
const DAY_CHECK_MS = 60_000

function useStartOfToday(): number {
  const [start, setStart] = useState(() => startOfDay(Date.now()))
  useEffect(() => {
    const timer = setInterval(() => setStart(startOfDay(Date.now())), DAY_CHECK_MS)
    return () => clearInterval(timer)
  }, [])
  return start
}

/** The workflow views of this person's role, each with its count from the index (no document is opened), after the view's first paint. */
export function DeskViewsNav({ profile, current }: { profile: Profile; current: DeskViewName | null }) {
  const { t, i18n } = useTranslation()
  const views = deskViewsOfRole[profile.role]
  const startOfToday = useStartOfToday()
  const me = profile.displayName
  // Counted once the view has drawn its first rows or article: the counts are there a moment later,
  // and the desk's first rows (a small indexed read) do not wait behind them.
  const countNow = useAfterFirstContent()
  const counts = useLiveQuery(
    () => (countNow ? countDeskViews(db, views, { me, startOfToday }) : undefined),
    [countNow, views, me, startOfToday],
  )
  return (
    <ul className="nav-views" aria-label={t('deskViews.navigation')}>
      {views.map((view) => {
        const count = counts?.[view]
        const label = t(`deskViews.${view}`)
        return (
          <li key={view}>
            <a
              href={`#/queue/${view}`}
              aria-current={current === view ? 'page' : undefined}
              aria-label={count === undefined ? label : `${label}, ${t('deskViews.countLabel', { count, formattedCount: formatNumber(count, i18n.language) })}`}
            >
              <span>{label}</span>
              {count !== undefined && (
                <span className="nav-count" aria-hidden="true">
                  {formatNumber(count, i18n.language)}
                </span>
              )}
            </a>
          </li>
        )
      })}
    </ul>
  )
}
