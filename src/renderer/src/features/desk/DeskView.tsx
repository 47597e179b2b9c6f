import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { articleStatuses, type ArticleStatus } from '@shared/article/article'
import { db } from '../../db/db'
import { moveManyToTrash, restoreManyFromTrash } from '../../db/articleRepository'
import { formatNumber } from '../../ui/formatTime'
import { markFirstContent } from '../../ui/firstContent'
import { useDeskArticles } from './useDeskArticles'
import { startOfDay, type DeskViewName } from '@shared/workflow/deskViews'
import { DeskGrid } from './DeskGrid'
import { useDeskPreferences } from './deskPreferences'
import { useDeskSelection } from './deskSelection'
import { DeskDisplayOptions } from './DeskDisplayOptions'
import { useLibraryWords } from './useLibraryWords'
import type { Profile } from '@shared/settings'
import { useWorkflowRights } from '../review/useWorkflowRights'
import { EmptyTrash, useTrashRetention } from './EmptyTrash'
import { criteriaTest, hasCriteria, noCriteria, type DeskCriteria } from './deskCriteria'
import { DeskSavedViews } from './DeskSavedViews'
import { DeskPreview } from './DeskPreview'
import { batchTargets, changeStatus, setSection, type BatchOutcome } from './batchActions'

type Props = {
  trash: boolean
  onOpen(id: string): void
  searchRef: RefObject<HTMLInputElement | null>
  /** A workflow view of the desk (to review, ready…) and who is looking, for "my drafts". */
  queue?: { name: DeskViewName; me: string } | undefined
  /** Who acts on the selection (their rights, their name in the history). */
  profile: Profile
  trashRetentionDays: number
}

type Notice = { text: string; undo?: { ids: string[]; restore: boolean } }

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** The article list: search, filters, and a virtualised grid that stays fast at 10,000 rows. */
export function DeskView({ trash, onOpen, searchRef, queue, profile, trashRetentionDays }: Props) {
  const { t, i18n } = useTranslation()
  const [preferences, setPreferences] = useDeskPreferences()
  const [query, setQuery] = useState('')
  const [criteria, setCriteria] = useState<DeskCriteria>(noCriteria)
  const [notice, setNotice] = useState<Notice | null>(null)
  // The day a view like "published today" means is the day the view was opened.
  const [startOfToday] = useState(() => startOfDay(Date.now()))
  const queueFilter = useMemo(() => (queue ? { name: queue.name, context: { me: queue.me, startOfToday } } : undefined), [queue?.name, queue?.me, startOfToday])
  const library = useLibraryWords()
  const test = useMemo(() => (hasCriteria(criteria) ? criteriaTest(criteria, library) : undefined), [criteria, library])
  const { rows, complete, sections, all } = useDeskArticles({ query, test, sort: preferences.sort, trash, queue: queueFilter })
  const authors = useMemo(() => [...new Set((all ?? []).map((row) => row.byline).filter(Boolean))].sort((a, b) => a.localeCompare(b)), [all])
  const ids = useMemo(() => (rows ?? []).map((row) => row.id), [rows])
  const { selection, focusedIndex, moveTo, click, selectAll, clear } = useDeskSelection(ids)
  const rights = useWorkflowRights(profile)
  useTrashRetention(trashRetentionDays)
  const [sectionToSet, setSectionToSet] = useState('')
  const [previewOpen, setPreviewOpen] = useState(false)
  // Marks for the benchmark: the desk opened, its first rows on screen, each search's results shown.
  useState(() => performance.mark('copydesk:desk-open'))
  const firstRowsShown = useRef(false)
  const searchStartedAt = useRef<number | null>(null)

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

  // "/" goes to the search box from anywhere on the desk but a field being typed in.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      event.preventDefault()
      searchRef.current?.focus()
      searchRef.current?.select()
    }
    addEventListener('keydown', onKeyDown)
    return () => removeEventListener('keydown', onKeyDown)
  }, [searchRef])

  const update = (patch: Partial<DeskCriteria>) => setCriteria((current) => ({ ...current, ...patch }))
  const headlineOf = (id: string) => rows?.find((row) => row.id === id)?.headline.trim() || t('desk.untitled')
  const selectedIds = [...selection.selected]

  const trashSelected = async () => {
    if (selectedIds.length === 0) return
    await moveManyToTrash(db, selectedIds)
    clear()
    setNotice({
      text: selectedIds.length === 1 ? t('desk.movedToTrash', { headline: headlineOf(selectedIds[0]!) }) : t('desk.movedManyToTrash', { count: selectedIds.length }),
      undo: { ids: selectedIds, restore: true },
    })
  }
  const restoreSelected = async () => {
    if (selectedIds.length === 0) return
    await restoreManyFromTrash(db, selectedIds)
    clear()
    setNotice({
      text: selectedIds.length === 1 ? t('desk.restored', { headline: headlineOf(selectedIds[0]!) }) : t('desk.restoredMany', { count: selectedIds.length }),
      undo: { ids: selectedIds, restore: false },
    })
  }
  const selectedRows = useMemo(() => (rows ?? []).filter((row) => selection.selected.has(row.id)), [rows, selection.selected])
  const targets = useMemo(() => batchTargets(selectedRows, rights.capabilities), [selectedRows, rights.capabilities])
  const report = (outcome: BatchOutcome) =>
    setNotice({ text: outcome.skipped ? t('desk.batchDoneSkipped', { count: outcome.changed, skipped: outcome.skipped }) : t('desk.batchDone', { count: outcome.changed }) })
  const moveSelectedTo = async (to: (typeof targets)[number]) =>
    report(await changeStatus(db, selectedIds, to, { name: profile.displayName, role: profile.role }, rights.capabilities))
  const setSelectedSection = async () => {
    if (!sectionToSet.trim()) return
    report(await setSection(db, selectedIds, sectionToSet.trim()))
    setSectionToSet('')
  }

  const undo = async (undo: NonNullable<Notice['undo']>) => {
    if (undo.restore) await restoreManyFromTrash(db, undo.ids)
    else await moveManyToTrash(db, undo.ids)
    setNotice(null)
  }

  return (
    <div className="desk-view">
      <header className="view-header desk-header">
        <h1>{queue ? t(`deskViews.${queue.name}`) : trash ? t('desk.trashTitle') : t('desk.title')}</h1>
        <p className="muted" role="status">
          {rows && complete ? t('desk.count', { count: rows.length, formattedCount: formatNumber(rows.length, i18n.language) }) : ''}
        </p>
      </header>
      {trash && <EmptyTrash count={rows && complete ? rows.length : 0} retentionDays={trashRetentionDays} />}
      <div className="desk-filters">
        <input
          ref={searchRef}
          type="search"
          className="desk-search"
          aria-label={t('desk.search')}
          aria-keyshortcuts="/"
          placeholder={t('desk.searchPlaceholder')}
          value={query}
          onChange={(event) => {
            searchStartedAt.current = performance.now()
            setQuery(event.target.value)
          }}
        />
        <label>
          <span>{t('desk.status')}</span>
          <select value={criteria.status} onChange={(event) => update({ status: event.target.value as ArticleStatus | '' })}>
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
          <select value={criteria.section} onChange={(event) => update({ section: event.target.value })}>
            <option value="">{t('desk.allSections')}</option>
            {sections.map((section) => (
              <option key={section} value={section}>
                {section}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('desk.author')}</span>
          <select value={criteria.author} onChange={(event) => update({ author: event.target.value })}>
            <option value="">{t('desk.allAuthors')}</option>
            {authors.map((author) => (
              <option key={author} value={author}>
                {author}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('desk.changedFrom')}</span>
          <input type="date" value={criteria.from} onChange={(event) => update({ from: event.target.value })} />
        </label>
        <label>
          <span>{t('desk.changedTo')}</span>
          <input type="date" value={criteria.to} onChange={(event) => update({ to: event.target.value })} />
        </label>
        <label className="desk-check">
          <input type="checkbox" checked={criteria.openComments} onChange={(event) => update({ openComments: event.target.checked })} />
          <span>{t('desk.withOpenComments')}</span>
        </label>
        <label className="desk-check">
          <input type="checkbox" checked={criteria.missingPhotoWords} onChange={(event) => update({ missingPhotoWords: event.target.checked })} />
          <span>{t('desk.missingPhotoWords')}</span>
        </label>
        <DeskDisplayOptions preferences={preferences} onChange={setPreferences} />
        {!trash && <DeskSavedViews criteria={criteria} onApply={setCriteria} all={all} library={library} />}
      </div>
      {/* Always there, so the rows do not jump when a selection starts. */}
      <div role="toolbar" aria-label={t('desk.selectionActions')} className="desk-selection-bar">
        <span className="muted">
          {selectedIds.length > 0 ? t('desk.selected', { count: selectedIds.length, formattedCount: formatNumber(selectedIds.length, i18n.language) }) : t('desk.noSelection')}
        </span>
        {trash ? (
          <button type="button" className="button-small" disabled={selectedIds.length === 0} onClick={() => void restoreSelected()}>
            {t('desk.restore')}
          </button>
        ) : (
          <button type="button" className="button-small button-quiet" disabled={selectedIds.length === 0} aria-keyshortcuts="Delete" onClick={() => void trashSelected()}>
            {t('desk.trash')}
          </button>
        )}
        {!trash && selectedIds.length > 0 && (
          <>
            <label className="desk-batch-field">
              <span>{t('desk.changeStatus')}</span>
              <select value="" disabled={targets.length === 0} onChange={(event) => event.target.value && void moveSelectedTo(event.target.value as (typeof targets)[number])}>
                <option value="">{targets.length ? t('desk.chooseStatus') : t('desk.noStatusAllowed')}</option>
                {targets.map((status) => (
                  <option key={status} value={status}>
                    {t(`status.${status}`)}
                  </option>
                ))}
              </select>
            </label>
            <form
              className="desk-batch-field"
              onSubmit={(event) => {
                event.preventDefault()
                void setSelectedSection()
              }}
            >
              <label>
                <span>{t('desk.setSection')}</span>
                <input list="desk-sections" value={sectionToSet} onChange={(event) => setSectionToSet(event.target.value)} />
              </label>
              <datalist id="desk-sections">
                {sections.map((section) => (
                  <option key={section} value={section} />
                ))}
              </datalist>
              <button type="submit" className="button-small button-quiet" disabled={!sectionToSet.trim()}>
                {t('desk.applySection')}
              </button>
            </form>
          </>
        )}
        {selectedIds.length > 0 && (
          <button type="button" className="button-small button-quiet" onClick={clear}>
            {t('desk.clearSelection')}
          </button>
        )}
        <p role="status" className="desk-notice">
          {notice?.text}
          {notice?.undo && (
            <button type="button" className="link-button" onClick={() => void undo(notice.undo!)}>
              {t('desk.undoTrash')}
            </button>
          )}
        </p>
      </div>
      {rows && complete && rows.length === 0 && (
        <p className="centered muted">{query || hasCriteria(criteria) ? t('desk.noMatch') : trash ? t('desk.trashEmpty') : t('desk.empty')}</p>
      )}
      <div className="desk-body">
        <DeskGrid
        rows={rows ?? []}
        trash={trash}
        preferences={preferences}
        onSort={(sort) => setPreferences((current) => ({ ...current, sort }))}
        selection={selection}
        focusedIndex={focusedIndex}
        onMove={moveTo}
        onClickRow={click}
        onSelectAll={selectAll}
        onOpen={onOpen}
        onDelete={() => void (trash ? undefined : trashSelected())}
        onTogglePreview={() => setPreviewOpen((open) => !open)}
        library={library}
      />
      {previewOpen && <DeskPreview row={focusedIndex >= 0 ? rows?.[focusedIndex] : undefined} />}
      </div>
    </div>
  )
}
