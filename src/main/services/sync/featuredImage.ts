import { basename } from 'node:path'
import { photoMimeTypes, type PhotoMime } from '@shared/photos/photo'
import { maxImageDataBytes } from '@shared/photos/photoContract'
import type { PhotoImageDataRequest } from '@shared/photos/photoContract'
import type { SiteLeadPhoto } from '@shared/cms/siteArticle'
import type { UploadedPhoto } from './photoUpload'
import { htmlText } from './postFields'
import { WordPressError, type WordPressClient } from './WordPressClient'

/** What the sync needs to bring a site's picture into the photo library (PhotoLibrary has it). */
export type PhotoImporter = { importImageData(request: PhotoImageDataRequest): Promise<{ id: string }> }

type SiteMedia = {
  id: number
  source_url: string
  mime_type: string
  alt_text?: string
  caption?: { raw?: string }
  meta?: { copydesk_credit?: string }
}

/**
 * A post's featured image as the lead photo of the article made from it: the attachment's file
 * goes into the photo library (one photo per file, whatever its name), its caption, credit and alt
 * text become this article's words, and the attachment is remembered as that photo's copy on the
 * site, so filing the article later points at it instead of uploading it again. Undefined when
 * the image cannot come (gone, not a photo type, too large, refused by the library): the article
 * comes without it.
 */
export async function featuredImageOf(
  client: WordPressClient,
  importer: PhotoImporter,
  mediaId: number,
  signal: AbortSignal,
): Promise<{ photo: SiteLeadPhoto; uploaded: UploadedPhoto } | undefined> {
  let media: SiteMedia
  try {
    media = (await client.get<SiteMedia>(`wp/v2/media/${mediaId}`, { query: { context: 'edit' }, signal })).data
  } catch (error) {
    if (error instanceof WordPressError && error.kind === 'http' && (error.status ?? 0) < 500) return undefined
    throw error
  }
  const mime = photoMimeTypes.find((type) => type === media.mime_type) as PhotoMime | undefined
  if (!mime || !/^https?:\/\//i.test(media.source_url)) return undefined
  let bytes: Buffer
  try {
    bytes = Buffer.from(await client.download(media.source_url, { maxBytes: maxImageDataBytes, signal }))
  } catch (error) {
    // Gone or too large: the article comes without it. Offline: the pull waits.
    if (error instanceof WordPressError && !error.isNetwork) return undefined
    throw error
  }
  if (bytes.length === 0) return undefined
  let photoId: string
  try {
    const fileName = decodeURIComponent(basename(new URL(media.source_url).pathname))
    photoId = (await importer.importImageData({ fileName, mime, base64: bytes.toString('base64') })).id
  } catch (error) {
    console.warn(`Copydesk: the featured image ${media.source_url} was not imported:`, error instanceof Error ? error.message : error)
    return undefined
  }
  // Recorded on the site as that photo (the plugin checks the file's hash is its id), so other desks find it.
  await client.post(`copydesk/v1/photos/${photoId}/adopt`, { attachment: media.id }, { signal }).catch((error: unknown) => {
    if (!(error instanceof WordPressError) || error.isNetwork || (error.status ?? 0) >= 500) throw error
    // Not this user's attachment to record, or the photo is on the site already: the article comes all the same.
  })
  return {
    photo: { photoId, caption: htmlText(media.caption?.raw ?? '').trim(), credit: media.meta?.copydesk_credit ?? '', altText: media.alt_text ?? '' },
    // No words key: the next filing writes its words to the attachment once, without uploading.
    uploaded: { mediaId: media.id, sourceUrl: media.source_url, wordsKey: '' },
  }
}
