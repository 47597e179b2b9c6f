import { describe, expect, it } from 'vitest'
import { isSafeExternalUrl } from './links'

describe('isSafeExternalUrl', () => {
  it.each([
    'https://www.lemonde.fr/international/article/2024/01/01/exemple.html',
    'http://example.com/',
    'https://example.com/recherche?q=r%C3%A9fugi%C3%A9s#r%C3%A9sultats',
    'https://exemple.fr/actualités',
    'mailto:redaction@example.com',
    'mailto:redaction@example.com?subject=Correction',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })

  it.each([
    ['a file', 'file:///etc/passwd'],
    ['script', 'javascript:alert(1)'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['ftp', 'ftp://example.com/file'],
    ['credentials', 'https://user:secret@example.com/'],
    ['a user name only', 'https://www.lemonde.fr@evil.example/'],
    ['a relative path', '/settings'],
    ['text', 'not a url'],
    ['an empty string', ''],
    ['an empty mailto', 'mailto:'],
  ])('refuses %s', (_what, url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
})
