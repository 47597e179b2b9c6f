import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { mediaScheme } from '../services/photos/mediaUrl'
import type { PhotoLibrary } from '../services/photos/PhotoLibrary'

/** Before the app is ready: copydesk-media: behaves like https for the page (standard, secure, fetchable). */
export function registerMediaScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: mediaScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ])
}

/**
 * Serves library media to the page; the library's resolver refuses any URL that is not one of its
 * own photos (no file://, no path outside <userData>/media).
 */
export function handleMediaProtocol(library: PhotoLibrary): void {
  protocol.handle(mediaScheme, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 })
    try {
      const file = await library.mediaFile(request.url)
      if (!file) return new Response('Not found', { status: 404 })
      return new Response(await readFile(file.path), {
        headers: { 'content-type': file.mime, 'cache-control': 'private, max-age=31536000, immutable' },
      })
    } catch (error) {
      console.error(`Could not serve ${request.url}:`, error)
      return new Response('Could not read this photo', { status: 500 })
    }
  })
}
