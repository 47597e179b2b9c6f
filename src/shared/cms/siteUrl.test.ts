import { describe, expect, it } from 'vitest'
import { normaliseSiteUrl } from './siteUrl'

const href = (input: string) => normaliseSiteUrl(input)?.href

describe('normaliseSiteUrl', () => {
  it('takes a bare domain as https', () => {
    expect(href('news.example.org')).toBe('https://news.example.org/')
    expect(href('  news.example.org/  ')).toBe('https://news.example.org/')
    expect(href('example.org/news/wp-admin/')).toBe('https://example.org/news')
    expect(href('news.example.org:8443')).toBe('https://news.example.org:8443/')
  })

  it('takes a bare loopback host as http (a WordPress on this computer)', () => {
    expect(href('127.0.0.1:8881')).toBe('http://127.0.0.1:8881/')
    expect(href('localhost:8080/wp-json')).toBe('http://localhost:8080/')
    expect(href('site.localhost')).toBe('http://site.localhost/')
    expect(href('[::1]:8881')).toBe('http://[::1]:8881/')
  })

  it('keeps the scheme that was typed', () => {
    expect(href('https://127.0.0.1:8881')).toBe('https://127.0.0.1:8881/')
    expect(href('http://news.example.org/wp-login.php')).toBe('http://news.example.org/')
    // Not a loopback host, only a name starting like one.
    expect(href('127.0.0.1.example.org')).toBe('https://127.0.0.1.example.org/')
  })

  it('refuses what is not a web address', () => {
    expect(normaliseSiteUrl('ftp://example.org')).toBeUndefined()
    expect(normaliseSiteUrl('http://user:pw@example.org')).toBeUndefined()
    expect(normaliseSiteUrl('not a site')).toBeUndefined()
    expect(normaliseSiteUrl('')).toBeUndefined()
  })
})
