import { memo, useEffect, useRef, type KeyboardEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { ArticleIndexRow } from '@shared/article/article'
import type { LibraryWords } from '@shared/photos/photoInArticle'
import { formatNumber, formatShortTime } from '../../ui/formatTime'
import { columnWidths, deskColumns, firstDirection, timingOf, type DeskColumn, type DeskSort } from './deskColumns'
import type { DeskPreferences } from './deskPreferences'
import type { DeskSelection } from './deskSelection'
import { DeskSignals } from './DeskSignals'

export const ROW_HEIGHTS = { comfortable: 48, compact: 30 } as const
/** Rows a Page Up/Down moves by. */
const PAGE_ROWS = 10

type Props = {
  rows: ArticleIndexRow[]
  trash: boolean
  preferences: DeskPreferences
  onSort(sort: DeskSort): void
  selection: DeskSelection
  focusedIndex: number
  onMove(index: number, extend: boolean): void
  onClickRow(id: string, modifiers: { toggle: boolean; extend: boolean }): void
  onSelectAll(): void
  onOpen(id: string): void
  /** Delete or Backspace on the selection. */
  onDelete(): void
  /** Space: show or hide the preview of the focused row. */
  onTogglePreview(): void
  library: Map<string, LibraryWords> | null
}

const rowDomId = (id: string) => `desk-row-${id}`

/**
 * The article list as an ARIA grid: a header row of sortable column headers, then one row per article,
 * virtualised (only a screenful is in the page). The grid keeps the keyboard and points at its
 * current row with aria-activedescendant, so scrolling a row out of the page never loses focus.
 */
export function DeskGrid(props: Props) {
  const { rows, preferences, selection, focusedIndex } = props
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  // A click focuses the grid too: then the row clicked is the current one, not the first.
  const pointerDown = useRef(false)
  const columns = deskColumns.filter((column) => !preferences.hidden.includes(column))
  const template = columns.map((column) => columnWidths[column]).join(' ')
  const rowHeight = ROW_HEIGHTS[preferences.density]
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  })
  useEffect(() => virtualizer.measure(), [rowHeight, virtualizer])

  // The focused row is always on screen, however it moved.
  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' })
  }, [focusedIndex, virtualizer])

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const extend = event.shiftKey
    const current = focusedIndex
    const move = (index: number) => {
      event.preventDefault()
      props.onMove(index, extend)
    }
    switch (event.key) {
      case 'ArrowDown':
      case 'j':
      case 'J':
        return move(current + 1)
      case 'ArrowUp':
      case 'k':
      case 'K':
        return move(current < 0 ? 0 : current - 1)
      case 'Home':
        return move(0)
      case 'End':
        return move(rows.length - 1)
      case 'PageDown':
        return move(current + PAGE_ROWS)
      case 'PageUp':
        return move(current - PAGE_ROWS)
      case 'Enter':
        if (selection.focusedId && !props.trash) {
          event.preventDefault()
          props.onOpen(selection.focusedId)
        }
        return
      case ' ':
        event.preventDefault()
        return props.onTogglePreview()
      case 'Delete':
      case 'Backspace':
        event.preventDefault()
        return props.onDelete()
      case 'a':
        if (event.metaKey || event.ctrlKey) {
          event.preventDefault()
          props.onSelectAll()
        }
    }
  }

  const sortBy = (column: DeskColumn) =>
    props.onSort(
      preferences.sort.column === column
        ? { column, direction: preferences.sort.direction === 'asc' ? 'desc' : 'asc' }
        : { column, direction: firstDirection[column] },
    )

  const focusedRendered = focusedIndex >= 0 && virtualizer.getVirtualItems().some((item) => item.index === focusedIndex)
  return (
    <div
      role="grid"
      aria-label={t('desk.list')}
      aria-multiselectable="true"
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      tabIndex={0}
      aria-activedescendant={focusedRendered ? rowDomId(selection.focusedId!) : undefined}
      className={`desk-grid desk-density-${preferences.density}`}
      style={{ ['--desk-columns' as string]: template }}
      onKeyDown={onKeyDown}
      onPointerDown={() => (pointerDown.current = true)}
      onPointerUp={() => (pointerDown.current = false)}
      onFocus={() => {
        if (!pointerDown.current && focusedIndex < 0 && rows.length > 0) props.onMove(0, false)
      }}
    >
      <div role="rowgroup" className="desk-grid-head">
        <div role="row" aria-rowindex={1} className="desk-grid-row">
          {columns.map((column) => {
            const sorted = preferences.sort.column === column
            return (
              <div
                key={column}
                role="columnheader"
                aria-sort={sorted ? (preferences.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
                className={`desk-cell desk-cell-${column}`}
              >
                <button type="button" tabIndex={-1} className="desk-sort" onClick={() => sortBy(column)}>
                  {t(`desk.column.${column}`)}
                  <span aria-hidden="true" className="desk-sort-mark">
                    {sorted ? (preferences.sort.direction === 'asc' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </div>
            )
          })}
        </div>
      </div>
      <div ref={scrollRef} className="desk-list-scroll">
        <div role="rowgroup" className="desk-list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!
            return (
              <DeskRow
                key={row.id}
                row={row}
                index={item.index}
                top={item.start}
                height={rowHeight}
                columns={columns}
                density={preferences.density}
                active={selection.focusedId === row.id}
                selected={selection.selected.has(row.id)}
                trash={props.trash}
                library={props.library}
                onClickRow={props.onClickRow}
                onOpen={props.onOpen}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}

type RowProps = {
  row: ArticleIndexRow
  index: number
  top: number
  height: number
  columns: DeskColumn[]
  density: DeskPreferences['density']
  active: boolean
  selected: boolean
  trash: boolean
  library: Map<string, LibraryWords> | null
  onClickRow: Props['onClickRow']
  onOpen: Props['onOpen']
}

/** One article's row; redrawn only when its own props change, so moving the keyboard redraws two rows. */
const DeskRow = memo(function DeskRow({ row, index, top, height, columns, density, active, selected, trash, library, onClickRow, onOpen }: RowProps) {
  const { t, i18n } = useTranslation()
  const headline = row.headline.trim() || t('desk.untitled')
  const language = i18n.language
  const onClick = (event: MouseEvent) => onClickRow(row.id, { toggle: event.ctrlKey || event.metaKey, extend: event.shiftKey })
  const cell = (column: DeskColumn) => {
    switch (column) {
      case 'status':
        return <span className={`status-badge status-${row.status}`}>{t(`status.${row.status}`)}</span>
      case 'section':
        return <span className="desk-row-section">{row.section}</span>
      case 'headline':
        return (
          <>
            {trash ? (
              <span className="desk-row-headline">{headline}</span>
            ) : (
              <button
                type="button"
                tabIndex={-1}
                className="desk-row-headline link-like"
                aria-label={t('desk.open', { headline })}
                onClick={(event) => {
                  if (event.ctrlKey || event.metaKey || event.shiftKey) return
                  event.stopPropagation()
                  onOpen(row.id)
                }}
              >
                {headline}
              </button>
            )}
            {density === 'comfortable' && <span className="desk-row-excerpt muted">{row.excerpt}</span>}
          </>
        )
      case 'byline':
        return row.byline
      case 'signes':
        return formatNumber(row.counts.body.signes, language)
      case 'words':
        return formatNumber(row.counts.body.words, language)
      case 'updated':
        return formatShortTime(row.updatedAt, language)
      case 'timing': {
        const at = timingOf(row)
        if (!at) return ''
        const scheduled = !!row.signals?.scheduledAt
        return t(scheduled ? 'desk.scheduledAt' : 'desk.embargoUntil', { when: formatShortTime(at, language) })
      }
      case 'signals':
        return <DeskSignals row={row} library={library} />
    }
  }
  return (
    <div
      role="row"
      id={rowDomId(row.id)}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-label={headline}
      className={`desk-row desk-grid-row${active ? ' is-active' : ''}${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={onClick}
      onDoubleClick={() => !trash && onOpen(row.id)}
    >
      {columns.map((column) => (
        <div key={column} role="gridcell" className={`desk-cell desk-cell-${column}`}>
          {cell(column)}
        </div>
      ))}
    </div>
  )
})
