import * as Y from 'yjs'
import type { PhotoOverrides } from '@shared/photos/photoInArticle'
import { bodyOf, fieldsOf, FIELD_EDIT_ORIGIN } from './articleDoc'

/**
 * The photos an article uses: its lead photo, in the fields map under `leadPhoto` as a small Y.Map
 * { photoId, caption, credit, altText } — the three words are this article's overrides, '' or absent
 * when it follows the library — and `figure` nodes in the body with the same attributes.
 * The library's record stays the master; an article never changes it.
 */
export const LEAD_PHOTO = 'leadPhoto'
/** The body's photo node (src/renderer/src/editor/extensions/Figure.ts). */
export const FIGURE_NODE = 'figure'

export type ArticlePhotoRef = { photoId: string } & PhotoOverrides
export type OverrideField = keyof PhotoOverrides

const text = (value: unknown) => (typeof value === 'string' ? value : '')

function leadMap(doc: Y.Doc): Y.Map<string> | null {
  const value = fieldsOf(doc).get(LEAD_PHOTO)
  return value instanceof Y.Map ? (value as Y.Map<string>) : null
}

/** The lead photo, or null when the article has none. */
export function readLeadPhoto(doc: Y.Doc): ArticlePhotoRef | null {
  const lead = leadMap(doc)
  const photoId = text(lead?.get('photoId'))
  if (!lead || !photoId) return null
  return { photoId, caption: text(lead.get('caption')), credit: text(lead.get('credit')), altText: text(lead.get('altText')) }
}

/** Makes a library photo the lead photo, with no overrides (a new photo starts from its own words). */
export function setLeadPhoto(doc: Y.Doc, photoId: string): void {
  doc.transact(() => {
    const lead = new Y.Map<string>()
    lead.set('photoId', photoId)
    fieldsOf(doc).set(LEAD_PHOTO, lead)
  }, FIELD_EDIT_ORIGIN)
}

/** This article's own caption, credit or alt text for its lead photo; '' goes back to the library's. */
export function setLeadPhotoOverride(doc: Y.Doc, field: OverrideField, value: string): void {
  const lead = leadMap(doc)
  if (!lead || text(lead.get(field)) === value) return
  doc.transact(() => {
    if (value) lead.set(field, value)
    else lead.delete(field)
  }, FIELD_EDIT_ORIGIN)
}

export function removeLeadPhoto(doc: Y.Doc): void {
  if (!fieldsOf(doc).has(LEAD_PHOTO)) return
  doc.transact(() => fieldsOf(doc).delete(LEAD_PHOTO), FIELD_EDIT_ORIGIN)
}

/** The figures of the body, in document order (inside quotes and lists too). */
export function figuresOfBody(body: Y.XmlFragment): ArticlePhotoRef[] {
  const figures: ArticlePhotoRef[] = []
  const walk = (node: unknown) => {
    if (!(node instanceof Y.XmlElement)) return
    if (node.nodeName === FIGURE_NODE) {
      const photoId = text(node.getAttribute('photoId'))
      if (photoId) {
        figures.push({ photoId, caption: text(node.getAttribute('caption')), credit: text(node.getAttribute('credit')), altText: text(node.getAttribute('altText')) })
      }
      return
    }
    // Only containers can hold a figure; text blocks are skipped without reading their text.
    if (['blockquote', 'bulletList', 'orderedList', 'listItem'].includes(node.nodeName)) for (const child of node.toArray()) walk(child)
  }
  for (const child of body.toArray()) walk(child)
  return figures
}

/** Every photo the article uses (lead first, then figures), with this article's overrides. */
export function photoRefsOfDoc(doc: Y.Doc): ArticlePhotoRef[] {
  const lead = readLeadPhoto(doc)
  return [...(lead ? [lead] : []), ...figuresOfBody(bodyOf(doc))]
}

/** The distinct library photos the article uses, sorted: what it declares with photos:setUsage. */
export function photoIdsOfDoc(doc: Y.Doc): string[] {
  return [...new Set(photoRefsOfDoc(doc).map((ref) => ref.photoId))].sort()
}
