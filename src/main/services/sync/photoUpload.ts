import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ExportPhoto } from '@shared/exchange/exportModel'
import type { PhotoImporter } from './featuredImage'
import { textAsHtml } from './postFields'
import { WordPressError, type WordPressClient } from './WordPressClient'

/** What the sync needs of the photo library (PhotoLibrary has it): the record, a metadata-carrying copy, and importing a site's picture. */
export type PhotoSource = Partial<PhotoImporter> & {
  get(id: string): Promise<{ fileName: string; mime: string; usageTerms: string }>
  /** Writes a copy of the photo with IIM (UTF-8 declared) and XMP metadata: WordPress reads the IIM. */
  exportTo(id: string, path: string): Promise<void>
}

/** An attachment on the site made from a library photo, and the words last written to it. */
export type UploadedPhoto = { mediaId: number; sourceUrl: string; wordsKey: string }

type SiteMedia = { id: number; source_url: string }

/** The photo words the site shows, as REST fields and the plugin's registered attachment meta. */
function wordsOf(photo: ExportPhoto, usageTerms: string, plugin: boolean): Record<string, unknown> {
  return {
    caption: textAsHtml(photo.caption),
    // Kept as text by WordPress (sanitize_text_field, then esc_attr when shown).
    alt_text: photo.altText,
    ...(plugin
      ? {
          meta: {
            copydesk_credit: photo.credit,
            copydesk_creator: photo.creator,
            copydesk_rights: photo.copyright,
            copydesk_usage_terms: usageTerms,
          },
        }
      : {}),
  }
}

/** A file name WordPress keeps as it is (it would mangle quotes and non-ASCII in the header anyway). */
export function uploadFileName(fileName: string, photoId: string, mime: string): string {
  const extension = mime === 'image/png' ? 'png' : mime === 'image/webp' ? 'webp' : mime === 'image/tiff' ? 'tif' : 'jpg'
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
  return `${stem || `photo-${photoId.slice(0, 12)}`}.${extension}`
}

/**
 * Puts a library photo on the site once: the attachment already made for it (remembered per site)
 * gets its words updated when they changed; otherwise the metadata-carrying export is uploaded as
 * the raw request body (no multipart: PHP's form limits do not apply) with its words and meta in
 * the same request, through the plugin's photo route, which answers the attachment already made
 * for this photo id (an interrupted upload that did finish on the site) instead of a second one.
 */
export async function uploadPhoto(options: {
  client: WordPressClient
  photos: PhotoSource
  photo: ExportPhoto & { photoId: string }
  known: UploadedPhoto | undefined
  plugin: boolean
  signal: AbortSignal
}): Promise<UploadedPhoto> {
  const { client, photos, photo, known, plugin, signal } = options
  const record = await photos.get(photo.photoId)
  const words = wordsOf(photo, record.usageTerms, plugin)
  const wordsKey = createHash('sha256').update(JSON.stringify(words)).digest('hex')

  const update = async (mediaId: number): Promise<UploadedPhoto | undefined> => {
    try {
      const { data } = await client.post<SiteMedia>(`wp/v2/media/${mediaId}`, words, { signal })
      return { mediaId: data.id, sourceUrl: data.source_url, wordsKey }
    } catch (error) {
      // Deleted on the site: upload it again.
      if (error instanceof WordPressError && (error.code === 'rest_post_invalid_id' || error.status === 404)) return undefined
      throw error
    }
  }

  if (known) {
    if (known.wordsKey === wordsKey) return known
    const updated = await update(known.mediaId)
    if (updated) return updated
  }
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-upload-'))
  try {
    const name = uploadFileName(record.fileName, photo.photoId, record.mime)
    const file = join(folder, name)
    await photos.exportTo(photo.photoId, file)
    const bytes = await readFile(file)
    const query: Record<string, string> = { caption: words.caption as string, alt_text: words.alt_text as string }
    for (const [key, value] of Object.entries((words.meta ?? {}) as Record<string, string>)) query[`meta[${key}]`] = value
    // With the plugin, its photo route: it alone tags the attachment with the photo id, once per
    // site (a retry after a lost answer gets the attachment made), and records the file's hash.
    const route = plugin ? `copydesk/v1/photos/${photo.photoId}` : 'wp/v2/media'
    const { data } = await client.request<SiteMedia>('POST', route, {
      query,
      body: bytes,
      headers: { 'content-type': record.mime, 'content-disposition': `attachment; filename="${name}"` },
      // Large photos over a slow line: a minute, and a second more per 100 kB.
      timeoutMs: 60_000 + Math.ceil(bytes.length / 100_000) * 1000,
      signal,
    })
    return { mediaId: data.id, sourceUrl: data.source_url, wordsKey }
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}
