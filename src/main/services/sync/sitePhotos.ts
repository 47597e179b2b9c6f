import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { UploadedPhoto } from './photoUpload'
import { WordPressError, type WordPressClient } from './WordPressClient'

/** What bringing photos from the site needs of the library (PhotoLibrary has it). */
export type PhotoAdopter = {
  has(id: string): Promise<boolean>
  adopt(id: string, bytes: Buffer, fileName: string): Promise<unknown>
}

/** The largest file brought from the site (the library's own limits apply after). */
const maxDownloadBytes = 100 * 1024 * 1024

/** The plugin's record of a photo on the site (copydesk/v1/photos/<photo id>). */
export type SitePhoto = { id: number; source_url: string; sha256: string; uploaded_by: number }

/**
 * Library photos an article uses that this computer lacks, brought from the site: the Copydesk
 * that placed them uploaded each one through the plugin's photo route, which recorded its photo
 * id, uploader and the sha-256 of the stored file. Each is looked up by that id, downloaded
 * (through the client: its timeout, errors and size cap), checked against that hash and only then
 * kept in the library under the id. Answers the attachments found (the sync reuses them instead of
 * uploading again), the ids the site does not have, and those whose file on the site is not the
 * one uploaded (replaced since): reported, never stored.
 */
export async function fetchSitePhotos(options: {
  client: WordPressClient
  library: PhotoAdopter
  photoIds: readonly string[]
  signal: AbortSignal
}): Promise<{ fetched: Map<string, UploadedPhoto>; missing: string[]; mismatched: string[] }> {
  const { client, library, photoIds, signal } = options
  const fetched = new Map<string, UploadedPhoto>()
  const missing: string[] = []
  const mismatched: string[] = []
  for (const photoId of new Set(photoIds)) {
    if (await library.has(photoId)) continue
    let media: SitePhoto
    try {
      media = (await client.get<SitePhoto>(`copydesk/v1/photos/${photoId}`, { signal })).data
    } catch (error) {
      if (error instanceof WordPressError && error.status === 404) {
        missing.push(photoId)
        continue
      }
      throw error
    }
    const bytes = Buffer.from(await client.download(media.source_url, { maxBytes: maxDownloadBytes, signal }))
    if (createHash('sha256').update(bytes).digest('hex') !== media.sha256) {
      console.warn(`Copydesk: the site's copy of photo ${photoId} (attachment ${media.id}) is not the file uploaded; not kept.`)
      mismatched.push(photoId)
      continue
    }
    await library.adopt(photoId, bytes, decodeURIComponent(basename(new URL(media.source_url).pathname)))
    // The words are those of the file: the sync rewrites them on the attachment only if they change.
    fetched.set(photoId, { mediaId: media.id, sourceUrl: media.source_url, wordsKey: '' })
  }
  return { fetched, missing, mismatched }
}
