import * as Y from 'yjs'
import type { SiteArticle } from '@shared/cms/siteArticle'
import { fieldsOf, LOAD_ORIGIN } from '../../article/articleDoc'
import { setLeadPhoto, setLeadPhotoOverride } from '../../article/articlePhotos'
import { OWNER, SCHEDULED_AT } from '../../article/articleWorkflow'
import { convertImport } from '../../exchange/convertImport'
import { importedArticleDoc } from '../../exchange/saveImportedArticle'

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The first document of an article made from a post made on the site outside Copydesk. The post's
 * HTML goes through the import path (an inert parse, DOMPurify, the cleaner, the editor's schema):
 * its markup and script end up as text or dropped, never run. The headline leads as an H1, which the
 * import takes as the title, so a heading of the post's own stays in the body.
 */
export async function siteArticleDoc(site: SiteArticle, createdAt = Date.now()): Promise<Y.Doc> {
  const { body } = await convertImport({
    kind: 'html',
    fileName: `post-${site.postId}.html`,
    text: `<h1>${escapeHtml(site.headline) || '—'}</h1>${site.contentHtml}`,
  })
  const { headline, standfirst, byline, section, tags, status } = site
  const doc = importedArticleDoc({ headline, standfirst, byline, section, tags, status }, body, createdAt)
  doc.transact(() => {
    // Whoever wrote the post owns the article ("my drafts").
    fieldsOf(doc).set(OWNER, byline)
    if (site.scheduledAt !== undefined) fieldsOf(doc).set(SCHEDULED_AT, site.scheduledAt)
  }, LOAD_ORIGIN)
  const lead = site.leadPhoto
  if (lead) {
    // The featured image, now a library photo; the attachment's words are this article's.
    setLeadPhoto(doc, lead.photoId)
    for (const field of ['caption', 'credit', 'altText'] as const) if (lead[field]) setLeadPhotoOverride(doc, field, lead[field])
  }
  return doc
}
