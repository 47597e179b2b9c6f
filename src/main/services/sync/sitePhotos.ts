import { basename } from 'node:path'
import type { UploadedPhoto } from './photoUpload'
import type { WordPressClient } from './WordPressClient'

/** What bringing photos from the site needs of the library (PhotoLibrary has it). */
export type PhotoAdopter = {
  has(id: string): Promise<boolean>
  adopt(id: string, bytes: Buffer, fileName: string): Promise<unknown>
}

/** The largest file brought from the site (the library's own limits apply after). */
const maxDownloadBytes = 100 * 1024 * 1024

type SiteMedia = { id: number; source_url: string }

/**
 * Library photos an article uses that this computer lacks, brought from the site: the Copydesk
 * that placed them uploaded each one with its photo id (the plugin's `copydesk_photo_id`) and its
 * words in the file's metadata. Each is looked up by that id, downloaded and kept in the library
 * under it. Answers the attachments found (the sync reuses them instead of uploading again) and the
 * ids the site does not have.
 */
export async function fetchSitePhotos(options: {
  client: WordPressClient
  library: PhotoAdopter
  photoIds: readonly string[]
  signal: AbortSignal
}): Promise<{ fetched: Map<string, UploadedPhoto>; missing: string[] }> {
  const { client, library, photoIds, signal } = options
  const fetched = new Map<string, UploadedPhoto>()
  const missing: string[] = []
  for (const photoId of new Set(photoIds)) {
    if (await library.has(photoId)) continue
    const { data } = await client.get<SiteMedia[]>('wp/v2/media', {
      query: { copydesk_photo_id: photoId, per_page: 1, orderby: 'id', order: 'asc', _fields: 'id,source_url' },
      signal,
    })
    const media = data[0]
    if (!media) {
      missing.push(photoId)
      continue
    }
    const response = await fetch(media.source_url, { signal: AbortSignal.any([signal, AbortSignal.timeout(120_000)]) })
    if (!response.ok) throw new Error(`The site's copy of a photo could not be downloaded (HTTP ${response.status}): ${media.source_url}`)
    const size = Number(response.headers.get('content-length') ?? 0)
    if (size > maxDownloadBytes) throw new Error(`The site's copy of a photo is too large to bring (${Math.round(size / 1024 / 1024)} MB).`)
    const bytes = Buffer.from(await response.arrayBuffer())
    await library.adopt(photoId, bytes, decodeURIComponent(basename(new URL(media.source_url).pathname)))
    // The words are those of the file: the sync rewrites them on the attachment only if they change.
    fetched.set(photoId, { mediaId: media.id, sourceUrl: media.source_url, wordsKey: '' })
  }
  return { fetched, missing }
}
