import { describe, expect, it } from 'vitest'
import { appMediaBaseUrl, parseMediaUrl } from './mediaUrl'

const id = 'ab'.repeat(32)
const harnessBase = 'http://127.0.0.1:4567/__media/'

describe('parseMediaUrl', () => {
  it('reads <id>/<variant> under the base URL', () => {
    expect(parseMediaUrl(`${appMediaBaseUrl}${id}/thumb`, appMediaBaseUrl)).toEqual({ id, variant: 'thumb' })
    expect(parseMediaUrl(`${appMediaBaseUrl}${id}/preview`, appMediaBaseUrl)).toEqual({ id, variant: 'preview' })
    expect(parseMediaUrl(`${harnessBase}${id}/original`, harnessBase)).toEqual({ id, variant: 'original' })
  })

  it.each([
    ['another scheme', `file:///${id}/thumb`],
    ['another host', `copydesk-media://elsewhere/${id}/thumb`],
    ['a parent folder', `${appMediaBaseUrl}../${id}/thumb`],
    ['dots inside', `${appMediaBaseUrl}${id}/../../catalogue.json`],
    ['an encoded slash', `${appMediaBaseUrl}${id}%2Fthumb`],
    ['an encoded dot', `${appMediaBaseUrl}%2e%2e/${id}/thumb`],
    ['an absolute path', `${appMediaBaseUrl}/etc/passwd`],
    ['a short id', `${appMediaBaseUrl}abc/thumb`],
    ['an upper-case id', `${appMediaBaseUrl}${id.toUpperCase()}/thumb`],
    ['an unknown variant', `${appMediaBaseUrl}${id}/full`],
    ['a query', `${appMediaBaseUrl}${id}/thumb?x=1`],
    ['a trailing slash', `${appMediaBaseUrl}${id}/thumb/`],
    ['a backslash', `${appMediaBaseUrl}${id}\\thumb`],
    ['nothing', appMediaBaseUrl],
  ])('refuses %s', (_what, url) => {
    expect(parseMediaUrl(url, appMediaBaseUrl)).toBeNull()
  })
})
