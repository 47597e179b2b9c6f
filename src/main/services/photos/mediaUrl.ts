import { photoVariants, type PhotoVariant } from '@shared/photos/photo'

/** The app's privileged scheme for library media; `copydesk-media://library/<id>/<variant>`. */
export const mediaScheme = 'copydesk-media'
export const appMediaBaseUrl = `${mediaScheme}://library/`

const idPattern = /^[0-9a-f]{64}$/

export type MediaRequest = { id: string; variant: PhotoVariant }

/**
 * Which library file a media URL asks for, or null for anything else. Pure and strict: the URL must
 * start with `baseUrl`, then exactly `<64 hex id>/<variant>` — no query, no fragment, no percent
 * escapes (so no encoded slash or dot), no `..`, no absolute path. The caller then looks the id up in
 * the catalogue; an id the library does not hold is refused there.
 */
export function parseMediaUrl(url: string, baseUrl: string): MediaRequest | null {
  if (!url.startsWith(baseUrl)) return null
  const rest = url.slice(baseUrl.length)
  if (rest.length > 200 || /[^0-9a-z/]/.test(rest)) return null
  const parts = rest.split('/')
  if (parts.length !== 2) return null
  const [id, variant] = parts as [string, string]
  if (!idPattern.test(id)) return null
  if (!(photoVariants as readonly string[]).includes(variant)) return null
  return { id, variant: variant as PhotoVariant }
}
