import { z } from 'zod'
import { articleStatuses } from '../article/article'

/**
 * A post made on the site outside Copydesk (wp-admin), as main's pull brings it to become an
 * article: its words as the site keeps them (the body as HTML, cleaned by the renderer's import
 * path before it reaches the editor), its terms by name, and its status mapped back to the workflow.
 */
/** A post's featured image, now a library photo, with the attachment's words as this article's. */
export const siteLeadPhotoSchema = z.object({ photoId: z.string(), caption: z.string(), credit: z.string(), altText: z.string() })
export type SiteLeadPhoto = z.infer<typeof siteLeadPhotoSchema>

export const siteArticleSchema = z.object({
  postId: z.number().int(),
  headline: z.string(),
  standfirst: z.string(),
  contentHtml: z.string(),
  section: z.string(),
  tags: z.array(z.string()),
  status: z.enum(articleStatuses),
  /** For a scheduled post (WordPress's `future`): its publication time, ms since the epoch. */
  scheduledAt: z.number().int().nonnegative().optional(),
  /** The post author's display name, when this user may read it. */
  byline: z.string(),
  leadPhoto: siteLeadPhotoSchema.optional(),
})
export type SiteArticle = z.infer<typeof siteArticleSchema>
