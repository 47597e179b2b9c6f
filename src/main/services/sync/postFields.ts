import type { ArticleStatus } from '@shared/article/article'
import type { FileArticleRequest } from '@shared/cms/filing'
import type { ExportBlock } from '@shared/exchange/exportModel'
import { blocksHtml } from '@shared/exchange/formats/bodyHtml'

/** WordPress post statuses Copydesk uses (DESIGN.md, "Status mapping"). */
export type PostStatus = 'draft' | 'pending' | 'future' | 'publish'

/**
 * The WordPress status for a workflow status: draft → draft; submitted/editing/approved → pending
 * (approved also in the plugin's meta); scheduled → future (pending without a date); published and
 * correction → publish (while a correction is prepared the live post stays as it was: see
 * `keepsLivePost`). Spiked is handled apart (the post goes to the trash, recoverable).
 */
export function postStatusOf(status: Exclude<ArticleStatus, 'spiked'>, scheduledAt?: number): PostStatus {
  switch (status) {
    case 'draft':
      return 'draft'
    case 'submitted':
    case 'editing':
    case 'approved':
      return 'pending'
    case 'scheduled':
      return scheduledAt === undefined ? 'pending' : 'future'
    case 'published':
    case 'correction':
      return 'publish'
  }
}

/**
 * WordPress keeps titles and excerpts as HTML: a headline is text, so `<`, `>` and `&` in it are
 * escaped (a headline about "<script>" must show as such, never run).
 */
export function textAsHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', ndash: '–', mdash: '—', laquo: '«', raquo: '»' }

/**
 * A WordPress title or excerpt (HTML) as the text Copydesk keeps: entities decoded, nothing else
 * touched — markup typed on the site (`<script>`, `<b>`) stays visible as the characters it is.
 */
export function htmlText(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity
    }
    return namedEntities[name.toLowerCase()] ?? entity
  })
}

/**
 * A published article reopened for a correction: its post already on the site is left as readers
 * know it (still published) until the correction is published; only the Yjs log and the workflow
 * status with the note go meanwhile.
 */
export function keepsLivePost(filing: FileArticleRequest, onSite: boolean): boolean {
  return filing.status === 'correction' && onSite
}

const correctionLabels: Record<string, string> = { fr: 'Correction\u00a0:', en: 'Correction:' }

/** The correction note as readers see it, after the article: a paragraph with a visible label. */
export function correctionNoteHtml(note: string, language: string): string {
  const label = correctionLabels[language] ?? correctionLabels.en!
  return `<p class="copydesk-correction"><strong>${textAsHtml(label)}</strong> ${textAsHtml(note.trim())}</p>`
}

/** The post's fields, without categories and tags (their ids come from the site). */
export function postFieldsOf(filing: FileArticleRequest, photoSrc?: (photoId: string) => string | undefined): Record<string, unknown> {
  const { article } = filing
  if (filing.status === 'spiked') throw new Error('A spiked article is trashed, not written')
  const status = postStatusOf(filing.status, filing.scheduledAt)
  const corrected = (filing.status === 'published' || filing.status === 'correction') && filing.correctionNote?.trim()
  return {
    title: textAsHtml(article.headline),
    excerpt: textAsHtml(article.standfirst),
    content: blocksHtml(article.body, { xhtml: false, photoSrc }) + (corrected ? correctionNoteHtml(filing.correctionNote!, article.language) : ''),
    status,
    ...(status === 'future' && filing.scheduledAt !== undefined ? { date_gmt: new Date(filing.scheduledAt).toISOString().slice(0, 19) } : {}),
  }
}

export type BodyFigure = Extract<ExportBlock, { type: 'figure' }>

/** The body's photos in document order (inside quotes and lists too). */
export function figuresOf(blocks: readonly ExportBlock[]): BodyFigure[] {
  return blocks.flatMap((block): BodyFigure[] => {
    switch (block.type) {
      case 'figure':
        return [block]
      case 'quote':
        return figuresOf(block.blocks)
      case 'list':
        return block.items.flatMap((item) => figuresOf(item))
      default:
        return []
    }
  })
}
