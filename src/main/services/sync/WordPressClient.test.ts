import { describe, expect, it } from 'vitest'
import { basicAuth, networkError, parseRetryAfter, WordPressClient, WordPressError } from './WordPressClient'
import { correctionNoteHtml, keepsLivePost, postFieldsOf, postStatusOf, textAsHtml } from './postFields'

describe('WordPressClient', () => {
  it('builds route URLs for pretty permalinks and for ?rest_route=', () => {
    const pretty = new WordPressClient({ apiRoot: 'https://news.example.org/wp-json/' })
    expect(pretty.url('wp/v2/posts', { search: 'été & co', page: 2, skipped: undefined })).toBe(
      'https://news.example.org/wp-json/wp/v2/posts?search=%C3%A9t%C3%A9+%26+co&page=2',
    )
    const plain = new WordPressClient({ apiRoot: 'https://news.example.org/?rest_route=/' })
    expect(plain.url('wp/v2/posts/12', { context: 'edit' })).toBe('https://news.example.org/?rest_route=%2Fwp%2Fv2%2Fposts%2F12&context=edit')
  })

  it('reads Retry-After as seconds or as a date', () => {
    expect(parseRetryAfter('120')).toBe(120_000)
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000)
    expect(parseRetryAfter(null)).toBeUndefined()
    expect(parseRetryAfter('soon')).toBeUndefined()
  })

  it('sorts network failures into kinds', () => {
    const failed = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error(code), { code }) })
    expect(networkError(failed('ENOTFOUND'), 'https://a.example/').kind).toBe('no-such-host')
    expect(networkError(failed('ECONNREFUSED'), 'https://a.example/').kind).toBe('unreachable')
    expect(networkError(new DOMException('late', 'TimeoutError'), 'https://a.example/').kind).toBe('timeout')
    const http = new WordPressError('http', 'x', { status: 503 })
    expect([http.isNetwork, http.isRetryable]).toEqual([false, true])
    expect(new WordPressError('http', 'x', { status: 403 }).isRetryable).toBe(false)
  })

  it('sends the Application Password without the spaces WordPress shows it with', () => {
    expect(basicAuth({ username: 'élise', applicationPassword: 'abcd EFGH 1234' })).toBe(`Basic ${Buffer.from('élise:abcdEFGH1234').toString('base64')}`)
  })
})

describe('post fields', () => {
  it('maps workflow statuses as DESIGN.md says', () => {
    expect(postStatusOf('draft')).toBe('draft')
    expect(['submitted', 'editing', 'approved'].map((s) => postStatusOf(s as 'submitted'))).toEqual(['pending', 'pending', 'pending'])
    expect(postStatusOf('scheduled', Date.now())).toBe('future')
    expect(postStatusOf('scheduled')).toBe('pending')
    expect(postStatusOf('published')).toBe('publish')
    expect(postStatusOf('correction')).toBe('publish')
  })

  it('escapes headlines and standfirsts: a hostile title stays text', () => {
    expect(textAsHtml('<script>alert(1)</script> & co')).toBe('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co')
    const fields = postFieldsOf({
      article: {
        id: crypto.randomUUID(),
        headline: '<img src=x onerror=alert(1)>',
        standfirst: 'A & B',
        byline: '',
        section: '',
        tags: [],
        language: 'en',
        createdAt: 0,
        updatedAt: 0,
        body: [{ type: 'paragraph', content: [{ type: 'text', text: '<b>not bold</b>' }] }],
      },
      status: 'scheduled',
      scheduledAt: Date.UTC(2030, 0, 2, 3, 4, 5),
      yjsState: '',
    })
    expect(fields).toEqual({
      title: '&lt;img src=x onerror=alert(1)&gt;',
      excerpt: 'A &amp; B',
      content: '<p>&lt;b&gt;not bold&lt;/b&gt;</p>',
      status: 'future',
      date_gmt: '2030-01-02T03:04:05',
    })
  })

  it('publishes a correction note after the article, escaped and labelled in its language; keeps the live post while a correction is prepared', () => {
    const article = {
      id: crypto.randomUUID(),
      headline: 'Bakou',
      standfirst: '',
      byline: '',
      section: '',
      tags: [],
      language: 'fr' as const,
      createdAt: 0,
      updatedAt: 0,
      body: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: 'Texte.' }] }],
    }
    const note = 'Le nom du ministre <Hasanov> était mal orthographié.'
    const published = postFieldsOf({ article, status: 'published', correctionNote: note, yjsState: '' })
    expect(published.content).toBe(
      '<p>Texte.</p><p class="copydesk-correction"><strong>Correction\u00a0:</strong> Le nom du ministre &lt;Hasanov&gt; était mal orthographié.</p>',
    )
    expect(published.status).toBe('publish')
    expect(correctionNoteHtml('Date fixed.', 'en')).toBe('<p class="copydesk-correction"><strong>Correction:</strong> Date fixed.</p>')
    // A note left from a correction does not follow an article sent back to drafts; a blank note is no note.
    expect(postFieldsOf({ article, status: 'draft', correctionNote: note, yjsState: '' }).content).toBe('<p>Texte.</p>')
    expect(postFieldsOf({ article, status: 'published', correctionNote: '  ', yjsState: '' }).content).toBe('<p>Texte.</p>')
    expect(keepsLivePost({ article, status: 'correction', correctionNote: note, yjsState: '' }, true)).toBe(true)
    expect(keepsLivePost({ article, status: 'correction', correctionNote: note, yjsState: '' }, false)).toBe(false)
    expect(keepsLivePost({ article, status: 'published', correctionNote: note, yjsState: '' }, true)).toBe(false)
  })
})
