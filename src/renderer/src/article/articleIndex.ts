import type * as Y from 'yjs'
import type { ArticleIndexRow, ArticleSignals, LeadPhotoWord } from '@shared/article/article'
import { addCounts, countText, zeroCounts } from '@shared/article/counts'
import { indexWords } from '@shared/article/searchWords'
import { bodyBlocksText, bodyOf, createdAtOf, readFields } from './articleDoc'
import { embargoOf, ownerOf, scheduledAtOf, statusChangedAt } from './articleWorkflow'
import { commentsOf } from './articleComments'
import { suggestionIdsOfBody } from './articleSuggestions'
import { readLeadPhoto } from './articlePhotos'

const EXCERPT_LENGTH = 180

/** What the desk's index table and search words say of a document. */
export function indexEntryFromDoc(
  doc: Y.Doc,
  id: string,
  times: { updatedAt: number; trashedAt: number },
): { row: ArticleIndexRow; words: string[] } {
  const fields = readFields(doc)
  const blocks = bodyBlocksText(bodyOf(doc))
  const body = blocks.reduce((sum, block) => addCounts(sum, countText(block)), zeroCounts)
  const bodyText = blocks.join('\n')
  const createdAt = createdAtOf(doc) || times.updatedAt
  const excerptSource = fields.standfirst.trim() || bodyText.trim()
  const row: ArticleIndexRow = {
    id,
    headline: fields.headline,
    section: fields.section,
    status: fields.status,
    byline: fields.byline,
    language: fields.language,
    excerpt: excerptSource.replace(/\s+/gu, ' ').slice(0, EXCERPT_LENGTH),
    createdAt,
    updatedAt: times.updatedAt,
    trashedAt: times.trashedAt,
    // Articles from before owners were recorded were started by whoever signed them.
    owner: ownerOf(doc) || fields.byline,
    statusAt: statusChangedAt(doc, createdAt),
    counts: { headline: countText(fields.headline), standfirst: countText(fields.standfirst), body },
    signals: signalsOf(doc),
  }
  const words = indexWords(
    [fields.headline, fields.standfirst, fields.byline, fields.section, fields.tags.join(' '), bodyText].join('\n'),
  )
  return { row, words }
}

/** The desk's signal icons: open comments and suggestions, the lead photo's own words, embargo and schedule. */
function signalsOf(doc: Y.Doc): ArticleSignals {
  let openComments = 0
  commentsOf(doc).forEach((thread) => {
    if (thread.get('resolved') !== true) openComments++
  })
  const lead = readLeadPhoto(doc)
  const words: LeadPhotoWord[] = ['caption', 'credit', 'altText']
  return {
    openComments,
    openSuggestions: suggestionIdsOfBody(bodyOf(doc)).size,
    leadPhoto: lead ? { photoId: lead.photoId, ownWords: words.filter((word) => lead[word].trim() !== '') } : null,
    embargoAt: embargoOf(doc) ?? 0,
    scheduledAt: scheduledAtOf(doc) ?? 0,
  }
}
