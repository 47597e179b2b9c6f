import { z } from 'zod'
import { articleStatuses, type ArticleIndexRow } from '@shared/article/article'
import type { LibraryWords } from '@shared/photos/photoInArticle'
import { missingLeadPhotoWords } from './DeskSignals'

/** What the desk's filters ask of a row (the search words apart: they go through the word index). */
export const deskCriteriaSchema = z.object({
  status: z.enum([...articleStatuses, '']),
  section: z.string(),
  author: z.string(),
  /** Last change from this day on, and up to this day included (yyyy-mm-dd, local time; '' for open). */
  from: z.string(),
  to: z.string(),
  openComments: z.boolean(),
  missingPhotoWords: z.boolean(),
})
export type DeskCriteria = z.infer<typeof deskCriteriaSchema>

export const noCriteria: DeskCriteria = { status: '', section: '', author: '', from: '', to: '', openComments: false, missingPhotoWords: false }

export const hasCriteria = (criteria: DeskCriteria) => (Object.keys(noCriteria) as (keyof DeskCriteria)[]).some((key) => criteria[key] !== noCriteria[key])

const dayStart = (day: string) => (day ? new Date(`${day}T00:00:00`).getTime() : NaN)

/** A test for rows, built once per change of criteria (dates parsed once, not per row). */
export function criteriaTest(criteria: DeskCriteria, library: Map<string, LibraryWords> | null): (row: ArticleIndexRow) => boolean {
  const from = dayStart(criteria.from)
  const until = dayStart(criteria.to) + 24 * 60 * 60 * 1000
  return (row) =>
    (!criteria.status || row.status === criteria.status) &&
    (!criteria.section || row.section === criteria.section) &&
    (!criteria.author || row.byline === criteria.author) &&
    (Number.isNaN(from) || row.updatedAt >= from) &&
    (Number.isNaN(until) || row.updatedAt < until) &&
    (!criteria.openComments || (row.signals?.openComments ?? 0) > 0) &&
    (!criteria.missingPhotoWords || (missingLeadPhotoWords(row, library)?.length ?? 0) > 0)
}
