import * as Y from 'yjs'
import { yXmlFragmentToProsemirrorJSON } from 'y-prosemirror'
import type { ExportArticle, ExportPhoto } from '@shared/exchange/exportModel'
import { blocks, type ProseMirrorJson } from '@shared/exchange/exportModelFromJson'
import { bodyOf, createdAtOf, fieldsOf, readFields } from '../article/articleDoc'

const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 2000) : '')

/**
 * The lead photo's words if the article has one: a `leadPhoto` map in the fields (the photo library
 * fills it; read tolerantly until its shape settles), else none.
 */
export function leadPhotoOf(doc: Y.Doc): ExportPhoto | undefined {
  const lead = fieldsOf(doc).get('leadPhoto')
  const values = lead instanceof Y.Map ? (lead.toJSON() as Record<string, unknown>) : null
  if (!values) return undefined
  const photo = {
    caption: text(values.caption),
    creator: text(values.creator),
    credit: text(values.credit),
    copyright: text(values.copyright),
    altText: text(values.altText ?? values.alt),
  }
  return Object.values(photo).some(Boolean) ? photo : undefined
}

/** The plain export model main writes files from: the fields, and the body as a small block tree. */
export function exportModelOf(doc: Y.Doc, articleId: string, options: { updatedAt: number; leadPhoto?: ExportPhoto }): ExportArticle {
  const fields = readFields(doc)
  const body = yXmlFragmentToProsemirrorJSON(bodyOf(doc)) as ProseMirrorJson
  const createdAt = createdAtOf(doc) || options.updatedAt
  return {
    id: articleId,
    headline: fields.headline,
    standfirst: fields.standfirst,
    byline: fields.byline,
    section: fields.section,
    tags: fields.tags,
    language: fields.language,
    createdAt,
    updatedAt: Math.max(createdAt, options.updatedAt),
    body: blocks(body.content),
    ...((options.leadPhoto ?? leadPhotoOf(doc)) ? { leadPhoto: options.leadPhoto ?? leadPhotoOf(doc) } : {}),
  }
}
