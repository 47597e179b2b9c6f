import type { Counts } from './counts'

/** Workflow statuses (transitions come with the review issue; the desk already filters by them). */
export const articleStatuses = [
  'draft',
  'submitted',
  'editing',
  'approved',
  'scheduled',
  'published',
  'spiked',
] as const
export type ArticleStatus = (typeof articleStatuses)[number]

export const articleLanguages = ['fr', 'en'] as const
export type ArticleLanguage = (typeof articleLanguages)[number]

/** The editable fields other than the body, as plain values. */
export type ArticleFields = {
  section: string
  headline: string
  standfirst: string
  byline: string
  tags: string[]
  language: ArticleLanguage
  status: ArticleStatus
}

/**
 * One row per article in the desk's index table: what lists, filters and sorting need,
 * so the desk never opens a document to draw itself.
 */
export type ArticleIndexRow = {
  id: string
  headline: string
  section: string
  status: ArticleStatus
  byline: string
  language: ArticleLanguage
  excerpt: string
  createdAt: number
  updatedAt: number
  /** 0 while the article is on the desk; the time it went to the trash otherwise (0 keeps it indexable). */
  trashedAt: number
  counts: { headline: Counts; standfirst: Counts; body: Counts }
}
