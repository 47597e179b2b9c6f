import { articleStatuses, type ArticleIndexRow } from '@shared/article/article'

/** The desk's columns, in their order on screen. The headline is always shown. */
export const deskColumns = ['status', 'section', 'headline', 'byline', 'signes', 'words', 'updated', 'timing', 'signals'] as const
export type DeskColumn = (typeof deskColumns)[number]

export type DeskSort = { column: DeskColumn; direction: 'asc' | 'desc' }

/** Widths for the rows' CSS grid: the headline takes what is left. */
export const columnWidths: Record<DeskColumn, string> = {
  status: '6.5rem',
  section: '7rem',
  headline: 'minmax(14rem, 1fr)',
  byline: '8rem',
  signes: '4.5rem',
  words: '3.5rem',
  updated: '7.5rem',
  timing: '8.5rem',
  signals: '4.5rem',
}

/** The direction a column sorts in first: times and lengths biggest first, names A to Z. */
export const firstDirection: Record<DeskColumn, DeskSort['direction']> = {
  status: 'asc',
  section: 'asc',
  headline: 'asc',
  byline: 'asc',
  signes: 'desc',
  words: 'desc',
  updated: 'desc',
  timing: 'asc',
  signals: 'desc',
}

const statusOrder = new Map(articleStatuses.map((status, index) => [status, index]))

/** Names compare without accents or case, so "Économie" sorts among the E. */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()

/** When the article goes out or may: its scheduled time, else its embargo; none sorts last. */
export const timingOf = (row: ArticleIndexRow) => row.signals?.scheduledAt || row.signals?.embargoAt || 0

type SortKey = string | number

function sortKey(row: ArticleIndexRow, column: DeskColumn): SortKey {
  switch (column) {
    case 'status':
      return statusOrder.get(row.status) ?? 0
    case 'section':
      return folded(row.section)
    case 'headline':
      return folded(row.headline)
    case 'byline':
      return folded(row.byline)
    case 'signes':
      return row.counts.body.signes
    case 'words':
      return row.counts.body.words
    case 'updated':
      return row.updatedAt
    case 'timing':
      return timingOf(row)
    case 'signals':
      return (row.signals?.openComments ?? 0) + (row.signals?.openSuggestions ?? 0)
  }
}

/** Empty values (no section, no time) go last whichever the direction. */
const isEmpty = (key: SortKey) => key === '' || key === 0

/**
 * The rows in the column's order, the last change (newest first) breaking ties. Keys are computed
 * once per row, not per comparison: 10,000 rows sort in a few milliseconds.
 */
export function sortRows(rows: readonly ArticleIndexRow[], sort: DeskSort): ArticleIndexRow[] {
  const direction = sort.direction === 'asc' ? 1 : -1
  const emptyLast = sort.column !== 'status' && sort.column !== 'updated' && sort.column !== 'signals'
  const keyed = rows.map((row) => ({ row, key: sortKey(row, sort.column) }))
  keyed.sort((a, b) => {
    if (emptyLast && isEmpty(a.key) !== isEmpty(b.key)) return isEmpty(a.key) ? 1 : -1
    if (a.key !== b.key) return (a.key < b.key ? -1 : 1) * direction
    return b.row.updatedAt - a.row.updatedAt
  })
  return keyed.map((entry) => entry.row)
}
