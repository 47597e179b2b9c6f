import { useMemo } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import type { ArticleIndexRow, ArticleStatus } from '@shared/article/article'
import { db } from '../../db/db'
import { searchArticleIds } from '../../db/searchArticles'

export type DeskFilter = {
  trash: boolean
  query: string
  status: ArticleStatus | ''
  section: string
  order: 'newest' | 'oldest'
}

/** The desk's rows from the index table, filtered and sorted in memory (10,000 rows is a few ms). */
export function useDeskArticles(filter: DeskFilter): { rows: ArticleIndexRow[] | undefined; searching: boolean } {
  const all = useLiveQuery(() => db.articles.toArray(), [])
  const query = filter.query.trim()
  const matches = useLiveQuery(() => (query ? searchArticleIds(db, query) : Promise.resolve(null)), [query])
  const searching = query !== '' && matches === undefined
  const rows = useMemo(() => {
    if (!all) return undefined
    const wanted = all.filter(
      (row) =>
        (filter.trash ? row.trashedAt > 0 : row.trashedAt === 0) &&
        (!filter.status || row.status === filter.status) &&
        (!filter.section || row.section === filter.section) &&
        (!query || !matches || matches.has(row.id)),
    )
    const direction = filter.order === 'newest' ? -1 : 1
    return wanted.sort((a, b) => direction * (a.updatedAt - b.updatedAt))
  }, [all, matches, query, filter.trash, filter.status, filter.section, filter.order])
  return { rows: searching ? undefined : rows, searching }
}

/** Every section name in use, for filters and the section field's suggestions. */
export function useSections(): string[] {
  const sections = useLiveQuery(() => db.articles.orderBy('section').uniqueKeys(), [])
  return useMemo(() => ((sections ?? []) as string[]).filter((name) => name !== ''), [sections])
}
