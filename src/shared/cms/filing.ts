import { z } from 'zod'
import { articleStatuses } from '../article/article'
import { exportArticleSchema } from '../exchange/exportModel'

/**
 * "File this article": what the renderer hands main to put on the WordPress site. The article as
 * the export model (main renders its HTML, escaping every text), the workflow status, and the whole
 * Yjs document as one update (main sends the site only what it lacks).
 */
export const fileArticleRequestSchema = z
  .object({
    article: exportArticleSchema,
    status: z.enum(articleStatuses),
    /** Milliseconds since the epoch, for status "scheduled". */
    scheduledAt: z.number().int().nonnegative().optional(),
    /** Not public before this time (ms since the epoch): main and the plugin refuse publishing or scheduling earlier. */
    embargoAt: z.number().int().nonnegative().optional(),
    /** The note of a correction (status "correction", and "published" once corrected): published with the post. */
    correctionNote: z.string().max(5000).optional(),
    /** Y.encodeStateAsUpdate(doc), base64. */
    yjsState: z.string().max(150_000_000).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
  })
  .strict()
export type FileArticleRequest = z.infer<typeof fileArticleRequestSchema>

export const articleSyncStates = ['local', 'waiting', 'sending', 'offline', 'synced', 'error'] as const

/** Where one article stands with the site, as the article view shows it. */
export const articleSyncStateSchema = z.object({
  articleId: z.string(),
  state: z.enum(articleSyncStates),
  /**
   * Why it is not synced: an error kind (`forbidden`, `auth`, `rejected`, `retrying`…) and WordPress's
   * own words; for `embargoed` and `too-large` (main's refusals) the message is the parameter the
   * renderer words: the embargo's time (ISO), the article's size in bytes.
   */
  reason: z.object({ kind: z.string(), message: z.string() }).optional(),
  /** When the next automatic attempt is due (ms since the epoch). */
  nextAttemptAt: z.number().optional(),
  postId: z.number().int().optional(),
  link: z.string().optional(),
  syncedAt: z.number().optional(),
})
export type ArticleSyncState = z.infer<typeof articleSyncStateSchema>

/**
 * How far a batch has gone: filing what waits in the outbox, merging what a pull brought (counted
 * as the desk acknowledges each article), or putting one article's photos on the site. `ended`
 * when the batch stops, done or not.
 */
export const syncProgressSchema = z.object({
  operation: z.enum(['file', 'pull', 'photos']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  ended: z.boolean(),
})
export type SyncProgress = z.infer<typeof syncProgressSchema>

/**
 * A post a pull skipped (tried again next time) while the others came: its log holds a row that is
 * not a Yjs update, or the site failed answering for it. `title` is the site's, or the one last filed.
 */
export const pullFailureSchema = z.object({
  articleId: z.string(),
  postId: z.number().int(),
  title: z.string(),
  reason: z.enum(['unreadable-update', 'site-error']),
})
export type PullFailure = z.infer<typeof pullFailureSchema>
