import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ArticleIndexRow } from '@shared/article/article'
import { inDeskView, type DeskViewContext, type DeskViewName } from '@shared/workflow/deskViews'
import { db } from '../../db/db'
import { searchArticleIds } from '../../db/searchArticles'
import { sortRows, type DeskSort } from './deskColumns'

export type DeskFilter = {
  trash: boolean
  query: string
  /** The filters' test (deskCriteria.ts); undefined for none. */
  test?: ((row: ArticleIndexRow) => boolean) | undefined
  sort: DeskSort
  /** A workflow view (to review, ready…), with who is looking and when today began. */
  queue?: { name: DeskViewName; context: DeskViewContext } | undefined
}

/** Enough rows to fill a tall window before the whole index has been read. */
const FIRST_PAGE = 40

const isDefaultView = (filter: DeskFilter) =>
  !filter.trash && !filter.queue && !filter.query.trim() && !filter.test && filter.sort.column === 'updated' && filter.sort.direction === 'desc'

/**
 * The desk's rows from the index table, filtered and sorted in memory (10,000 rows take a few ms).
 * The newest rows come first from a small indexed query, so the list shows at once while the
 * whole table is read behind it.
 */
export function useDeskArticles(filter: DeskFilter): {
  rows: ArticleIndexRow[] | undefined
  complete: boolean
  sections: string[]
  /** Every row of the index as read (trash included), for the saved views' counts and the author filter. */
  all: ArticleIndexRow[] | undefined
} {
  // No Dexie filter here: it turns a short indexed read into a slow walk. Trashed rows are dropped below.
  const firstPage = useLiveQuery(
    () => db.articles.orderBy('updatedAt').reverse().limit(FIRST_PAGE).toArray(),
    [],
  )
  const all = useLiveQuery<ArticleIndexRow[] | undefined>(
    () => (firstPage ? db.articles.toArray() : undefined),
    [firstPage !== undefined],
  )
  const query = filter.query.trim()
  // Results belong to the query that asked for them: a stale answer must not pass for the new one.
  const search = useLiveQuery(async () => ({ query, ids: query ? await searchArticleIds(db, query) : null }), [query])
  const matches = search?.query === query ? search.ids : undefined
  const rows = useMemo(() => {
    if (!all || (query && !matches)) return undefined
    const wanted = all.filter(
      (row) =>
        (filter.trash ? row.trashedAt > 0 : row.trashedAt === 0) &&
        (!filter.test || filter.test(row)) &&
        (!filter.queue || inDeskView(row, filter.queue.name, filter.queue.context)) &&
        (!matches || matches.has(row.id)),
    )
    return sortRows(wanted, filter.sort)
  }, [all, matches, query, filter.trash, filter.test, filter.sort, filter.queue])
  // Sections for the filter come from the rows already read, not from another query at start-up.
  const sections = useMemo(() => [...new Set((all ?? []).map((row) => row.section).filter(Boolean))].sort(), [all])
  if (rows) return { rows, complete: true, sections, all }
  const firstRows = !all && isDefaultView(filter) ? firstPage?.filter((row) => row.trashedAt === 0) : undefined
  return { rows: firstRows, complete: false, sections, all }
}

/** Every section name in use, for filters and the section field's suggestions. */
export function useSections(): string[] {
  const sections = useLiveQuery(() => db.articles.orderBy('section').uniqueKeys(), [])
  return useMemo(() => ((sections ?? []) as string[]).filter((name) => name !== ''), [sections])
}
