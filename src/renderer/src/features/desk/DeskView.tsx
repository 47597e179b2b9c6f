import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import { articleStatuses, type ArticleIndexRow } from '@shared/article/article'
import { db } from '../../db/db'
import { moveToTrash, restoreFromTrash } from '../../db/articleRepository'
import { formatNumber } from '../../ui/formatTime'
import { useTimeFormatter } from '../../ui/useTimeFormatter'
import { markFirstContent } from '../../ui/firstContent'
import { useDeskArticles, type DeskFilter } from './useDeskArticles'
import { startOfDay, type DeskViewName } from '@shared/workflow/deskViews'

const ROW_HEIGHT = 76

type Props = {
  trash: boolean
  onOpen(id: string): void
  searchRef: RefObject<HTMLInputElement | null>
  /** A workflow view of the desk (to review, ready…) and who is looking, for "my drafts". */
  queue?: { name: DeskViewName; me: string } | undefined
}

/** The article list: search, filters, sort, and a virtualised list that stays fast at 10,000 rows. */
export function DeskView({ trash, onOpen, searchRef, queue }: Props) {
  const { t, i18n } = useTranslation()
  const formatWhen = useTimeFormatter()
  const [filter, setFilter] = useState<Omit<DeskFilter, 'trash'>>({ query: '', status: '', section: '', order: 'newest' })
  const [notice, setNotice] = useState<{ text: string; undoId?: string } | null>(null)
  // The day a view like "published today" means is the day the view was opened.
  const [startOfToday] = useState(() => startOfDay(Date.now()))
  const queueFilter = useMemo(() => (queue ? { name: queue.name, context: { me: queue.me, startOfToday } } : undefined), [queue?.name, queue?.me, startOfToday])
  const { rows, complete, sections } = useDeskArticles({ ...filter, trash, queue: queueFilter })
  // Marks for the benchmark: the desk opened, its first rows on screen, each search's results shown.
  useState(() => performance.mark('copydesk:desk-open'))
  const firstRowsShown = useRef(false)
  const searchStartedAt = useRef<number | null>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: rows?.length ?? 0,
    getScrollElement: () => listRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })

  useEffect(() => {
    if (!rows) return
    if (!firstRowsShown.current) {
      firstRowsShown.current = true
      performance.mark('copydesk:desk-rows')
      performance.measure('copydesk:desk-first-rows', 'copydesk:desk-open', 'copydesk:desk-rows')
      markFirstContent()
    }
    if (complete && searchStartedAt.current !== null) {
      performance.measure('copydesk:desk-search', { start: searchStartedAt.current })
      searchStartedAt.current = null
    }
  }, [rows, complete])

  const update = (patch: Partial<typeof filter>) => setFilter((current) => ({ ...current, ...patch }))
  const headlineOf = (row: ArticleIndexRow) => row.headline.trim() || t('desk.untitled')

  const trashArticle = async (row: ArticleIndexRow) => {
    await moveToTrash(db, row.id)
    setNotice({ text: t('desk.movedToTrash', { headline: headlineOf(row) }), undoId: row.id })
  }

  return (
    <div className="desk-view">
      <header className="view-header desk-header">
        <h1>{queue ? t(`deskViews.${queue.name}`) : trash ? t('desk.trashTitle') : t('desk.title')}</h1>
        <p className="muted" role="status">
          {rows && complete ? t('desk.count', { count: rows.length, formattedCount: formatNumber(rows.length, i18n.language) }) : ''}
        </p>
      </header>
      <div className="desk-filters">
        <input
          ref={searchRef}
          type="search"
          className="desk-search"
          aria-label={t('desk.search')}
          placeholder={t('desk.searchPlaceholder')}
          value={filter.query}
          onChange={(event) => {
            searchStartedAt.current = performance.now()
            update({ query: event.target.value })
          }}
        />
        <label>
          <span>{t('desk.status')}</span>
          <select value={filter.status} onChange={(event) => update({ status: event.target.value as DeskFilter['status'] })}>
            <option value="">{t('desk.allStatuses')}</option>
            {articleStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('desk.section')}</span>
          <select value={filter.section} onChange={(event) => update({ section: event.target.value })}>
            <option value="">{t('desk.allSections')}</option>
            {sections.map((section) => (
              <option key={section} value={section}>
                {section}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('desk.sort')}</span>
          <select value={filter.order} onChange={(event) => update({ order: event.target.value as DeskFilter['order'] })}>
            <option value="newest">{t('desk.newestFirst')}</option>
            <option value="oldest">{t('desk.oldestFirst')}</option>
          </select>
        </label>
      </div>
      <p role="status" className="notice">
        {notice?.text}
        {notice?.undoId && (
          <button
            type="button"
            className="link-button"
            onClick={async () => {
              await restoreFromTrash(db, notice.undoId!)
              setNotice(null)
            }}
          >
            {t('desk.undoTrash')}
          </button>
        )}
      </p>
      {rows && complete && rows.length === 0 && (
        <p className="centered muted">{filter.query || filter.status || filter.section ? t('desk.noMatch') : trash ? t('desk.trashEmpty') : t('desk.empty')}</p>
      )}
      <div ref={listRef} className="desk-list-scroll">
        <ul className="desk-list" aria-label={t('desk.list')} style={{ height: virtualizer.getTotalSize() }}>
          {rows &&
            virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index]!
              const headline = headlineOf(row)
              return (
                <li
                  key={row.id}
                  className="desk-row"
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  aria-setsize={rows.length}
                  aria-posinset={item.index + 1}
                >
                  <div className="desk-row-main">
                    <div className="desk-row-kicker">
                      {row.section && <span className="desk-row-section">{row.section}</span>}
                      <span className={`status-badge status-${row.status}`}>{t(`status.${row.status}`)}</span>
                    </div>
                    {trash ? (
                      <span className="desk-row-headline">{headline}</span>
                    ) : (
                      <button type="button" className="desk-row-headline link-like" aria-label={t('desk.open', { headline })} onClick={() => onOpen(row.id)}>
                        {headline}
                      </button>
                    )}
                    <div className="desk-row-excerpt muted">{row.excerpt}</div>
                  </div>
                  <div className="desk-row-side muted">
                    <span>{row.byline}</span>
                    <span>{t('desk.updated', { when: formatWhen(row.updatedAt) })}</span>
                    <span>{t('desk.words', { count: row.counts.body.words, formattedCount: formatNumber(row.counts.body.words, i18n.language) })}</span>
                  </div>
                  {trash ? (
                    <button type="button" className="button-small" aria-label={t('desk.restoreOne', { headline })} onClick={() => void restoreFromTrash(db, row.id)}>
                      {t('desk.restore')}
                    </button>
                  ) : (
                    <button type="button" className="button-small button-quiet" aria-label={t('desk.trashOne', { headline })} onClick={() => void trashArticle(row)}>
                      {t('desk.trash')}
                    </button>
                  )}
                </li>
              )
            })}
        </ul>
      </div>
    </div>
  )
}
