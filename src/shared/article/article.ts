import type { Counts } from './counts'

/** Workflow statuses; the transitions between them are in ../workflow/workflow.ts. */
export const articleStatuses = [
  'draft',
  'submitted',
  'editing',
  'approved',
  'scheduled',
  'published',
  /** A published article reopened to correct it; it goes out again with a correction note. */
  'correction',
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
  /** Who started it (display name), for "my drafts". */
  owner: string
  /** When the workflow status last changed, for "published today". */
  statusAt: number
  counts: { headline: Counts; standfirst: Counts; body: Counts }
  /** What needs attention, read from the document with the rest of the row; absent on rows written before it existed. */
  signals?: ArticleSignals
}

/** A photo word an article may give its lead photo instead of the library's. */
export type LeadPhotoWord = 'caption' | 'credit' | 'altText'

export type ArticleSignals = {
  openComments: number
  openSuggestions: number
  /** The lead photo and the words this article gives it itself (the others come from the library). */
  leadPhoto: { photoId: string; ownWords: LeadPhotoWord[] } | null
  /** 0 for none. */
  embargoAt: number
  /** 0 for none. */
  scheduledAt: number
}
