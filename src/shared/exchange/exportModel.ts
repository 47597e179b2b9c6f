import { z } from 'zod'
import { articleLanguages } from '../article/article'
import { isSafeExternalUrl } from '../links'

/**
 * The article as exports see it: plain fields and a small tree of blocks, built by the renderer from
 * the Yjs document, checked by main before any file is written. Every export format reads only this.
 */

export const exportFormats = ['html', 'markdown', 'ninjs', 'newsml', 'pdf'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** What each format's file ends with. */
export const exportExtensions: Record<ExportFormat, string> = {
  html: 'html',
  markdown: 'md',
  ninjs: 'json',
  newsml: 'xml',
  pdf: 'pdf',
}

const text = z.string().max(1_000_000)

export type ExportInline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean; href?: string }
  | { type: 'break' }

const inlineSchema: z.ZodType<ExportInline> = z.union([
  z
    .object({
      type: z.literal('text'),
      text,
      bold: z.boolean().optional(),
      italic: z.boolean().optional(),
      href: z.string().max(4096).refine(isSafeExternalUrl, 'Only http, https and mailto links').optional(),
    })
    .strict(),
  z.object({ type: z.literal('break') }).strict(),
])

export type ExportBlock =
  | { type: 'paragraph'; content: ExportInline[] }
  | { type: 'heading'; level: 2 | 3; content: ExportInline[] }
  | { type: 'quote'; blocks: ExportBlock[] }
  | { type: 'list'; ordered: boolean; items: ExportBlock[][] }
  /** A photo in the body, its words as the reader sees them (this article's override, else the library's). */
  | { type: 'figure'; photoId?: string; caption: string; credit: string; altText: string }

const inlines = z.array(inlineSchema).max(100_000)

export const exportBlockSchema: z.ZodType<ExportBlock> = z.lazy(() =>
  z.union([
    z.object({ type: z.literal('paragraph'), content: inlines }).strict(),
    z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), content: inlines }).strict(),
    z.object({ type: z.literal('quote'), blocks: z.array(exportBlockSchema).max(100_000) }).strict(),
    z
      .object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(exportBlockSchema).max(10_000)).max(100_000) })
      .strict(),
    z
      .object({
        type: z.literal('figure'),
        photoId: z
          .string()
          .regex(/^[0-9a-f]{64}$/, 'A photo id is 64 lowercase hex characters')
          .optional(),
        caption: z.string().max(20_000),
        /** The credit line printed under the photo (`Creator/Credit`). */
        credit: z.string().max(2000),
        altText: z.string().max(20_000),
      })
      .strict(),
  ]),
)

/** The lead photo's words (the image itself comes with the photo library). */
export const exportPhotoSchema = z
  .object({
    caption: z.string().max(20_000).default(''),
    creator: z.string().max(2000).default(''),
    credit: z.string().max(2000).default(''),
    copyright: z.string().max(2000).default(''),
    altText: z.string().max(20_000).default(''),
    /** The library photo (sha-256 id), when known: the CMS sync uploads its metadata-carrying export. */
    photoId: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'A photo id is 64 lowercase hex characters')
      .optional(),
  })
  .strict()

export const exportArticleSchema = z
  .object({
    id: z.string().uuid(),
    headline: z.string().max(2000),
    standfirst: z.string().max(20_000),
    byline: z.string().max(2000),
    section: z.string().max(200),
    tags: z.array(z.string().max(200)).max(200),
    language: z.enum(articleLanguages),
    /** Milliseconds since the epoch. */
    createdAt: z.number().int().nonnegative(),
    updatedAt: z.number().int().nonnegative(),
    body: z.array(exportBlockSchema).max(200_000),
    leadPhoto: exportPhotoSchema.optional(),
  })
  .strict()

export type ExportArticle = z.output<typeof exportArticleSchema>
export type ExportPhoto = z.output<typeof exportPhotoSchema>

/** The text of a run of inlines, breaks as newlines. */
export function inlineText(content: readonly ExportInline[]): string {
  return content.map((part) => (part.type === 'text' ? part.text : '\n')).join('')
}
