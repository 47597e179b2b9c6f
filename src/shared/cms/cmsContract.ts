import { z } from 'zod'
import { cmsConnectRequestSchema, cmsConnectResultSchema, cmsStatusSchema } from './account'
import { articleSyncStateSchema, fileArticleRequestSchema, pullFailureSchema, syncProgressSchema } from './filing'
import { siteArticleSchema } from './siteArticle'

const siteEditSchema = z.object({
  by: z.string(),
  at: z.string(),
  headline: z.string(),
  standfirst: z.string(),
  contentHtml: z.string(),
  base: z.object({ headline: z.string(), standfirst: z.string() }).optional(),
})

/** The WordPress account: main verifies and keeps it; the renderer never sees the password again. */
export const cmsInvokeContract = {
  /** Verifies site, user and Application Password; stores them (password sealed) only when all is right. */
  'cms:connect': { request: cmsConnectRequestSchema, response: cmsConnectResultSchema },
  'cms:status': { request: z.undefined(), response: cmsStatusSchema },
  'cms:disconnect': { request: z.undefined(), response: cmsStatusSchema },
  /** Queues the article in main's persisted outbox; main sends it when the site answers. */
  'cms:file': { request: fileArticleRequestSchema, response: articleSyncStateSchema },
  'cms:articleState': { request: z.object({ articleId: z.string().uuid() }).strict(), response: articleSyncStateSchema },
  /** What other writers changed on the site: their Yjs updates per article, to merge locally, then acknowledge. */
  'cms:pull': {
    request: z.undefined(),
    response: z.object({
      articles: z.array(
        z.object({
        articleId: z.string().uuid(),
        postId: z.number().int(),
        updates: z.array(z.string()),
        cursor: z.number().int(),
        /** An edit made on the site outside Copydesk (wp-admin): merged, or kept as a version. */
        siteEdit: siteEditSchema.optional(),
        /** A post made on the site outside Copydesk: the desk makes it an article under `articleId`, then adopts it. */
        fromSite: siteArticleSchema.optional(),
        /** The post is live since then (ms): an article still scheduled on the desk went out at its time. */
        sitePublishedAt: z.number().optional(),
        }),
      ),
      /** Posts skipped this time (the others came): named, with why. */
      failures: z.array(pullFailureSchema),
    }),
  },
  /**
   * The desk made the article of a pulled `fromSite` post (its first Yjs state, base64): main records
   * the article's UUID on the post (plugin), so it is never made twice. Not adopted: another desk
   * was first, and the next pull brings their article; the desk keeps nothing of its own.
   */
  'cms:adopt': {
    request: z.object({ articleId: z.string().uuid(), yjsState: fileArticleRequestSchema.shape.yjsState }).strict(),
    response: z.object({ adopted: z.boolean(), cursor: z.number().int().nonnegative() }),
  },
  /** The pulled updates up to `cursor` are merged and saved: the next pull starts after them. */
  'cms:acknowledge': {
    request: z.object({ articleId: z.string().uuid(), cursor: z.number().int().nonnegative(), siteEditAt: z.string().max(40).optional() }).strict(),
    response: z.null(),
  },
  /**
   * Library photos a pulled article uses that this computer lacks, brought from the site (fetched),
   * not there (missing), or whose file on the site is not the one uploaded (mismatched: not kept).
   */
  'cms:fetchPhotos': {
    request: z.object({ photoIds: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1).max(500) }).strict(),
    response: z.object({ fetched: z.array(z.string()), missing: z.array(z.string()), mismatched: z.array(z.string()) }),
  },
  /** Sends what waits now, without waiting for the next automatic attempt. */
  'cms:retryNow': { request: z.undefined(), response: z.null() },
} as const

export const cmsEventContract = {
  'cms:syncState': articleSyncStateSchema,
  'cms:progress': syncProgressSchema,
} as const
