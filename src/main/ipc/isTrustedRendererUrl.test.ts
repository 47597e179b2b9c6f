import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { isTrustedRendererUrl } from './isTrustedRendererUrl'

const indexFileUrl = pathToFileURL('/opt/Copydesk/resources/app.asar/out/renderer/index.html').href
const built = { indexFileUrl }
const dev = { indexFileUrl, devServerUrl: 'http://localhost:5173' }

describe('isTrustedRendererUrl', () => {
  it('trusts our built index.html, with or without a route', () => {
    expect(isTrustedRendererUrl(indexFileUrl, built)).toBe(true)
    expect(isTrustedRendererUrl(`${indexFileUrl}#/articles/42`, built)).toBe(true)
    expect(isTrustedRendererUrl(`${indexFileUrl}?view=desk`, built)).toBe(true)
  })

  it('trusts a path with spaces and accents written either way', () => {
    const path = '/Users/Anne Dupré/Copydesk/out/renderer/index.html'
    const location = { indexFileUrl: pathToFileURL(path).href }
    expect(isTrustedRendererUrl(pathToFileURL(path).href, location)).toBe(true)
    expect(isTrustedRendererUrl(`file://${path}`, location)).toBe(true)
  })

  it('refuses other local files', () => {
    expect(isTrustedRendererUrl('file:///etc/passwd', built)).toBe(false)
    expect(isTrustedRendererUrl(indexFileUrl.replace('index.html', 'other.html'), built)).toBe(false)
    expect(isTrustedRendererUrl(pathToFileURL('/tmp/out/renderer/index.html').href, built)).toBe(false)
    expect(isTrustedRendererUrl(indexFileUrl.replace('file:///', 'file://fileserver/'), built)).toBe(false)
  })

  it('trusts the dev server origin only when one is configured', () => {
    expect(isTrustedRendererUrl('http://localhost:5173/', dev)).toBe(true)
    expect(isTrustedRendererUrl('http://localhost:5173/#/desk', dev)).toBe(true)
    expect(isTrustedRendererUrl('http://localhost:5173/', built)).toBe(false)
    expect(isTrustedRendererUrl('http://localhost:5174/', dev)).toBe(false)
    expect(isTrustedRendererUrl('https://localhost:5173/', dev)).toBe(false)
  })

  it('refuses web pages, blank pages and junk', () => {
    expect(isTrustedRendererUrl('http://evil.example/', dev)).toBe(false)
    expect(isTrustedRendererUrl('https://evil.example/index.html', built)).toBe(false)
    expect(isTrustedRendererUrl('about:blank', dev)).toBe(false)
    expect(isTrustedRendererUrl('data:text/html,hello', dev)).toBe(false)
    expect(isTrustedRendererUrl('', dev)).toBe(false)
    expect(isTrustedRendererUrl('not a url', built)).toBe(false)
  })

  it('refuses everything when the dev server URL is not http(s)', () => {
    const odd = { indexFileUrl, devServerUrl: 'about:blank' }
    expect(isTrustedRendererUrl('about:blank', odd)).toBe(false)
  })
})
