import * as Y from 'yjs'
import { yXmlFragmentToProsemirrorJSON } from 'y-prosemirror'
import type { ExportArticle, ExportBlock, ExportPhoto } from '@shared/exchange/exportModel'
import { blocks, type ProseMirrorJson } from '@shared/exchange/exportModelFromJson'
import { photoAsPublished, type LibraryWords } from '@shared/photos/photoInArticle'
import { bodyOf, createdAtOf, fieldsOf, readFields } from '../article/articleDoc'
import { photoLibrary } from '../features/articlePhotos/photoLibraryStore'

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

/**
 * The body's figures with the words the reader sees: the article's override, else the library's
 * (caption, alt text, and the `Creator/Credit` line). A photo the library does not know keeps its overrides.
 */
export function figuresAsPublished(body: readonly ExportBlock[], photos: ReadonlyMap<string, LibraryWords>): ExportBlock[] {
  return body.map((block): ExportBlock => {
    if (block.type === 'quote') return { ...block, blocks: figuresAsPublished(block.blocks, photos) }
    if (block.type === 'list') return { ...block, items: block.items.map((item) => figuresAsPublished(item, photos)) }
    if (block.type !== 'figure') return block
    const shown = photoAsPublished(block.photoId ? photos.get(block.photoId) : undefined, block)
    return { ...block, caption: shown.caption, credit: shown.creditLine, altText: shown.altText }
  })
}

/**
 * The plain export model main writes files from: the fields, and the body as a small block tree.
 * Figures take the library's words from `photos` (default: the library as last loaded — load it first).
 */
export function exportModelOf(
  doc: Y.Doc,
  articleId: string,
  options: { updatedAt: number; leadPhoto?: ExportPhoto; photos?: ReadonlyMap<string, LibraryWords> },
): ExportArticle {
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
    body: figuresAsPublished(blocks(body.content), options.photos ?? photoLibrary.get().photos),
    ...((options.leadPhoto ?? leadPhotoOf(doc)) ? { leadPhoto: options.leadPhoto ?? leadPhotoOf(doc) } : {}),
  }
}
