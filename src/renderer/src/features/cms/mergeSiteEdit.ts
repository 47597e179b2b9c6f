import * as Y from 'yjs'
import type { HistoryEntry } from '@shared/workflow/workflow'
import { applyTextDiff, bodyBlocksText, bodyOf, readFields, textFieldOf } from '../../article/articleDoc'
import { historyOf } from '../../article/articleWorkflow'

/** Changes brought in from an edit made on the site (wp-admin): not the user's, so not undoable by them. */
export const SITE_EDIT_ORIGIN = 'copydesk:site-edit'

/** An edit made on the WordPress site outside Copydesk, as main's pull brings it (see SyncService). */
export type SiteEditInput = {
  by: string
  at: string
  headline: string
  standfirst: string
  contentHtml: string
  /** What this profile last sent: a field equal to it locally changed only on the site. */
  base?: { headline: string; standfirst: string }
}

export type SiteEditMerge = {
  /** Fields taken from the site into the document. */
  merged: ('headline' | 'standfirst')[]
  /** The site's version as a whole, when something could not be merged: kept beside the article as a version. */
  siteVersion?: Y.Doc
}

/**
 * The blocks of the site's HTML as text lines. Parsed by DOMParser into an inert document (no
 * script runs, nothing loads) and only read as text: markup and script stay words, never run.
 */
export function siteHtmlBlocks(html: string): string[] {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html')
  const blocks = [...parsed.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, pre, figcaption')]
    .filter((element) => !element.querySelector('p, li'))
    .map((element) => (element.textContent ?? '').trim())
    .filter((text) => text !== '')
  if (blocks.length > 0) return blocks
  const text = (parsed.body.textContent ?? '').trim()
  return text ? text.split(/\n{2,}/).map((line) => line.trim()) : []
}

/**
 * Merges a site edit into the article so neither side is lost: a headline or standfirst the site
 * changed while this desk did not (still what it last sent) comes in as a change; anything else
 * that differs — the body, or a field both sides changed — stays as this desk has it, and the
 * site's whole version is returned to be kept as a version of the article, side by side.
 */
export function mergeSiteEdit(doc: Y.Doc, edit: SiteEditInput): SiteEditMerge {
  const merged: SiteEditMerge['merged'] = []
  let conflict = false
  doc.transact(() => {
    for (const field of ['headline', 'standfirst'] as const) {
      const text = textFieldOf(doc, field)
      const local = text.toString()
      const remote = edit[field]
      if (local === remote) continue
      if (edit.base && local === edit.base[field]) {
        applyTextDiff(text, remote)
        merged.push(field)
      } else {
        conflict = true
      }
    }
  }, SITE_EDIT_ORIGIN)

  const siteBlocks = siteHtmlBlocks(edit.contentHtml)
  const localBlocks = bodyBlocksText(bodyOf(doc)).map((line) => line.trim()).filter((line) => line !== '')
  if (siteBlocks.join('\n') !== localBlocks.join('\n')) conflict = true
  recordSiteEdit(doc, edit)
  if (!conflict) return { merged }

  const siteVersion = new Y.Doc()
  Y.applyUpdate(siteVersion, Y.encodeStateAsUpdate(doc))
  siteVersion.transact(() => {
    applyTextDiff(textFieldOf(siteVersion, 'headline'), edit.headline)
    applyTextDiff(textFieldOf(siteVersion, 'standfirst'), edit.standfirst)
    const body = bodyOf(siteVersion)
    body.delete(0, body.length)
    body.insert(
      0,
      siteBlocks.map((line) => {
        const paragraph = new Y.XmlElement('paragraph')
        paragraph.insert(0, [new Y.XmlText(line)])
        return paragraph
      }),
    )
  }, SITE_EDIT_ORIGIN)
  return { merged, siteVersion }
}

/** The site edit in the article's history, under the site user's name and the time the site gives it. */
function recordSiteEdit(doc: Y.Doc, edit: SiteEditInput): void {
  const siteTime = Date.parse(`${edit.at.replace(' ', 'T')}Z`)
  const status = readFields(doc).status
  const entry: HistoryEntry = {
    from: status,
    to: status,
    action: 'siteEdit',
    by: edit.by || 'WordPress',
    role: 'site',
    at: Number.isNaN(siteTime) ? Date.now() : siteTime,
    message: '',
  }
  doc.transact(() => historyOf(doc).push([entry]), SITE_EDIT_ORIGIN)
}
