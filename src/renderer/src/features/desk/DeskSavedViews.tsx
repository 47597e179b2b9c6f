import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import type { ArticleIndexRow } from '@shared/article/article'
import type { LibraryWords } from '@shared/photos/photoInArticle'
import { formatNumber } from '../../ui/formatTime'
import { criteriaTest, deskCriteriaSchema, hasCriteria, type DeskCriteria } from './deskCriteria'

/** Named sets of filters this person keeps (on this computer), each shown with how many articles it holds. */
const STORAGE_KEY = 'copydesk:desk-saved-views'
const savedViewsSchema = z.array(z.object({ name: z.string().min(1).max(60), criteria: deskCriteriaSchema }))
export type SavedView = z.infer<typeof savedViewsSchema>[number]

function readSavedViews(): SavedView[] {
  try {
    const parsed = savedViewsSchema.safeParse(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]'))
    return parsed.success ? parsed.data : []
  } catch {
    return []
  }
}

type Props = {
  criteria: DeskCriteria
  onApply(criteria: DeskCriteria): void
  /** The index rows as read; counts are over the articles on the desk (not the trash). */
  all: ArticleIndexRow[] | undefined
  library: Map<string, LibraryWords> | null
}

export function DeskSavedViews({ criteria, onApply, all, library }: Props) {
  const { t, i18n } = useTranslation()
  const [views, setViews] = useState(readSavedViews)
  const [naming, setNaming] = useState<string | null>(null)
  useEffect(() => localStorage.setItem(STORAGE_KEY, JSON.stringify(views)), [views])
  const counts = useMemo(
    () =>
      all &&
      views.map((view) => {
        const test = criteriaTest(view.criteria, library)
        let count = 0
        for (const row of all) if (row.trashedAt === 0 && test(row)) count++
        return count
      }),
    [all, views, library],
  )
  const current = JSON.stringify(criteria)
  const save = () => {
    const name = naming?.trim()
    if (!name) return
    setViews((list) => [...list.filter((view) => view.name !== name), { name, criteria }])
    setNaming(null)
  }
  return (
    <div className="desk-saved-views">
      <ul aria-label={t('desk.savedViews')}>
        {views.map((view, index) => {
          const count = counts?.[index]
          return (
            <li key={view.name}>
              <button
                type="button"
                className="desk-saved-view"
                aria-pressed={JSON.stringify(view.criteria) === current}
                aria-label={count === undefined ? view.name : `${view.name}, ${t('deskViews.countLabel', { count, formattedCount: formatNumber(count, i18n.language) })}`}
                onClick={() => onApply(view.criteria)}
              >
                {view.name}
                {count !== undefined && <span className="nav-count" aria-hidden="true">{formatNumber(count, i18n.language)}</span>}
              </button>
              <button type="button" className="desk-saved-view-remove" aria-label={t('desk.removeView', { name: view.name })} onClick={() => setViews((list) => list.filter((other) => other !== view))}>
                ×
              </button>
            </li>
          )
        })}
      </ul>
      {naming === null ? (
        <button type="button" className="button-small button-quiet" disabled={!hasCriteria(criteria)} onClick={() => setNaming('')}>
          {t('desk.saveView')}
        </button>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            save()
          }}
        >
          <input aria-label={t('desk.viewName')} autoFocus maxLength={60} value={naming} onChange={(event) => setNaming(event.target.value)} />
          <button type="submit" className="button-small" disabled={!naming.trim()}>
            {t('desk.saveViewConfirm')}
          </button>
          <button type="button" className="button-small button-quiet" onClick={() => setNaming(null)}>
            {t('desk.cancel')}
          </button>
        </form>
      )}
    </div>
  )
}
