import type { ExportArticle, ExportBlock } from '../exportModel'
import { countText } from '../../article/counts'
import { blocksHtml, photoCreditLine } from './bodyHtml'
import { bodyPlainText } from './plainText'

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** An article's URI in exchange formats: its Copydesk id, as a URN anyone can compare. */
export const articleUri = (article: ExportArticle) => `urn:uuid:${article.id}`

/** The body's figures in reading order (inside quotes and lists too). */
function figuresOf(blocks: readonly ExportBlock[]): Extract<ExportBlock, { type: 'figure' }>[] {
  return blocks.flatMap((block) =>
    block.type === 'figure' ? [block] : block.type === 'quote' ? figuresOf(block.blocks) : block.type === 'list' ? block.items.flatMap(figuresOf) : [],
  )
}

/**
 * The article as an IPTC ninjs 2.0 object (https://iptc.org/standards/ninjs/): headline, standfirst,
 * byline, section and tags as subjects, the body as HTML with its counts, the lead photo as an
 * association with caption, creator, credit, copyright and alt text, body figures as associations too.
 */
export function renderNinjs(article: ExportArticle): Record<string, unknown> {
  const text = bodyPlainText(article.body)
  const ninjs: Record<string, unknown> = {
    uri: articleUri(article),
    standard: { name: 'ninjs', version: '2.0', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.0.json#' },
    type: 'text',
    representationtype: 'full',
    firstcreated: iso(article.createdAt),
    versioncreated: iso(article.updatedAt),
    language: article.language,
    headlines: [{ role: 'main', value: article.headline }],
    bodies: [
      {
        role: 'main',
        contenttype: 'text/html',
        charcount: countText(text).signes,
        wordcount: countText(text).words,
        value: blocksHtml(article.body),
      },
    ],
  }
  if (article.standfirst) ninjs.descriptions = [{ role: 'summary', contenttype: 'text/plain', value: article.standfirst }]
  if (article.byline) ninjs.by = article.byline
  const subjects = [
    ...(article.section ? [{ name: article.section, rel: 'section' }] : []),
    ...article.tags.map((tag) => ({ name: tag, rel: 'tag' })),
  ]
  if (subjects.length > 0) ninjs.subjects = subjects
  const photo = article.leadPhoto
  if (photo) {
    const association: Record<string, unknown> = { name: 'leadphoto', uri: `${articleUri(article)}-leadphoto`, type: 'picture' }
    const descriptions = [
      ...(photo.caption ? [{ role: 'caption', contenttype: 'text/plain', value: photo.caption }] : []),
      ...(photo.altText ? [{ role: 'alt', contenttype: 'text/plain', value: photo.altText }] : []),
    ]
    if (descriptions.length > 0) association.descriptions = descriptions
    if (photo.creator) association.by = photo.creator
    if (photo.credit) association.infosources = [{ name: photo.credit, role: 'credit' }]
    if (photo.copyright) association.copyrightnotice = photo.copyright
    const creditLine = photoCreditLine(photo)
    if (creditLine) association.ednote = `Credit: ${creditLine}`
    ninjs.associations = [association]
  }
  // Body photos are in body_html as figures, and here too, with their alt text, for systems that read associations.
  const figures = figuresOf(article.body).map((figure, index) => {
    const association: Record<string, unknown> = { name: `figure${index + 1}`, uri: `${articleUri(article)}-figure${index + 1}`, type: 'picture' }
    const descriptions = [
      ...(figure.caption ? [{ role: 'caption', contenttype: 'text/plain', value: figure.caption }] : []),
      ...(figure.altText ? [{ role: 'alt', contenttype: 'text/plain', value: figure.altText }] : []),
    ]
    if (descriptions.length > 0) association.descriptions = descriptions
    if (figure.credit) association.ednote = `Credit: ${figure.credit}`
    return association
  })
  if (figures.length > 0) ninjs.associations = [...((ninjs.associations as unknown[] | undefined) ?? []), ...figures]
  return ninjs
}
