import type { FileArticleRequest } from '@shared/cms/filing'

/** Statuses that put the article in front of readers (now or at its scheduled time). */
const publishing = new Set<FileArticleRequest['status']>(['scheduled', 'published', 'correction'])

/**
 * The publish checklist's photo rule, enforced once more where the article leaves for the site: no
 * photo goes out without caption, credit and alt text (DESIGN.md). A sentence naming what is
 * missing, or undefined when the filing may go.
 */
export function publishingGaps(filing: FileArticleRequest): string | undefined {
  const photo = filing.article.leadPhoto
  if (!photo || !publishing.has(filing.status)) return undefined
  const missing = [
    photo.caption.trim() === '' && 'caption',
    photo.credit.trim() === '' && 'credit',
    photo.altText.trim() === '' && 'alt text',
  ].filter((part): part is string => Boolean(part))
  if (missing.length === 0) return undefined
  return `The lead photo has no ${missing.join(', ')}: a photo is published only with its caption, credit and alt text. Add them, then file again.`
}
