import type { FileArticleRequest } from '@shared/cms/filing'
import { figuresOf } from './postFields'

/** Statuses that put the article in front of readers (now or at its scheduled time). */
const publishing = new Set<FileArticleRequest['status']>(['scheduled', 'published', 'correction'])

/**
 * The publish checklist's photo rule, enforced once more where the article leaves for the site: no
 * photo goes out without caption, credit and alt text (DESIGN.md). A sentence naming what is
 * missing, or undefined when the filing may go.
 */
export function publishingGaps(filing: FileArticleRequest): string | undefined {
  if (!publishing.has(filing.status)) return undefined
  const lead = filing.article.leadPhoto
  const photos = [...(lead ? [{ name: 'The lead photo', ...lead }] : []), ...figuresOf(filing.article.body).map((figure, index) => ({ name: `Photo ${index + 1} in the body`, ...figure }))]
  for (const photo of photos) {
    const missing = [
      photo.caption.trim() === '' && 'caption',
      photo.credit.trim() === '' && 'credit',
      photo.altText.trim() === '' && 'alt text',
    ].filter((part): part is string => Boolean(part))
    if (missing.length > 0) {
      return `${photo.name} has no ${missing.join(', ')}: a photo is published only with its caption, credit and alt text. Add them, then file again.`
    }
  }
  return undefined
}
