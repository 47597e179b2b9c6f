import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { freePort, startFrontDoor } from '../../../../scripts/wordpress/site.mjs'
import { normaliseSiteUrl } from '@shared/cms/siteUrl'
import { verifyAccount } from './verifyAccount'

const site = inject('wordpress')
const reporter = site.users.author
const contributor = site.users.contributor
const credentials = { username: reporter.username, applicationPassword: reporter.applicationPassword }

/** A plain web server (not WordPress) on loopback: `handler` decides what it answers. */
async function startHttpServer(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe('verifyAccount against the real test site', () => {
  it('connects an author and reports their role, capabilities and the plugin', async () => {
    const result = await verifyAccount({ siteUrl: `${site.url}/wp-admin/`, ...credentials })
    expect(result.ok, JSON.stringify(result)).toBe(true)
    if (!result.ok) return
    expect(result.apiRoot).toBe(`${site.url}/wp-json/`)
    expect(result.account).toMatchObject({
      siteUrl: site.url,
      siteName: 'Copydesk test site',
      username: 'reporter',
      displayName: 'Rémi Reporter',
      userId: reporter.id,
      roles: ['author'],
      plugin: { installed: true, version: '0.2.0' },
    })
    expect(result.account.capabilities).toEqual(expect.arrayContaining(['edit_posts', 'publish_posts', 'upload_files']))
    expect(result.account.capabilities).not.toContain('edit_others_posts')
  })

  it('connects with the bare address typed without http:// (a loopback host is taken as http)', async () => {
    const bare = site.url.replace(/^http:\/\//, '')
    expect(bare).toMatch(/^127\.0\.0\.1:\d+$/)
    const result = await verifyAccount({ siteUrl: bare, ...credentials })
    expect(result.ok && result.account.siteUrl, JSON.stringify(result)).toBe(site.url)
  })

  it('tells a contributor apart: no publishing', async () => {
    const result = await verifyAccount({ siteUrl: site.url, username: contributor.username, applicationPassword: contributor.applicationPassword })
    expect(result.ok && result.account.capabilities).toEqual(['edit_posts', 'delete_posts'])
  })

  it('accepts the Application Password as WordPress shows it, with spaces', async () => {
    const spaced = reporter.applicationPassword.replace(/(.{4})(?!$)/g, '$1 ')
    const result = await verifyAccount({ siteUrl: site.url, username: reporter.username, applicationPassword: spaced })
    expect(result.ok).toBe(true)
  })

  it('says the password is wrong', async () => {
    const result = await verifyAccount({ siteUrl: site.url, username: reporter.username, applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' })
    expect(result).toMatchObject({ ok: false, failure: 'wrong-password' })
    const unknownUser = await verifyAccount({ siteUrl: site.url, username: 'nobody', applicationPassword: reporter.applicationPassword })
    expect(unknownUser).toMatchObject({ ok: false, failure: 'wrong-password' })
  })

  describe('the same site seen through a second front door', () => {
    let noPlugin: { url: string; stop: () => Promise<void> }
    let restDisabled: { url: string; stop: () => Promise<void> }
    beforeAll(async () => {
      ;[noPlugin, restDisabled] = await Promise.all([startFrontDoor(site, 'no-plugin'), startFrontDoor(site, 'rest-disabled')])
    })
    afterAll(async () => {
      await Promise.all([noPlugin?.stop(), restDisabled?.stop()])
    })

    it('connects without the plugin and says it is missing', async () => {
      const result = await verifyAccount({ siteUrl: noPlugin.url, ...credentials })
      expect(result.ok && result.account.plugin).toEqual({ installed: false, version: null })
    })

    it('says the REST API is disabled', async () => {
      const result = await verifyAccount({ siteUrl: restDisabled.url, ...credentials })
      expect(result).toMatchObject({ ok: false, failure: 'rest-disabled' })
    })
  })
})

describe('verifyAccount when there is no WordPress', () => {
  it('says the host does not exist', async () => {
    const result = await verifyAccount({ siteUrl: 'https://copydesk-no-such-host.invalid', ...credentials })
    expect(result).toMatchObject({ ok: false, failure: 'no-such-host' })
  })

  it('says nothing answers when the port is closed', async () => {
    const result = await verifyAccount({ siteUrl: `http://127.0.0.1:${await freePort()}`, ...credentials })
    expect(result).toMatchObject({ ok: false, failure: 'unreachable' })
  })

  it('says a plain web site is not WordPress', async () => {
    const { url, server } = await startHttpServer((request, response) => {
      response.writeHead(request.url === '/' ? 200 : 404, { 'content-type': 'text/html' })
      response.end('<html><body>Le Petit Journal</body></html>')
    })
    try {
      expect(await verifyAccount({ siteUrl: url, ...credentials })).toMatchObject({ ok: false, failure: 'not-wordpress' })
    } finally {
      server.close()
    }
  })

  it('gives up on a site that never answers, after the timeout', async () => {
    const { url, server } = await startHttpServer(() => {
      /* never answers */
    })
    try {
      const started = Date.now()
      const result = await verifyAccount({ siteUrl: url, ...credentials }, { timeoutMs: 500 })
      expect(result).toMatchObject({ ok: false, failure: 'timeout' })
      expect(Date.now() - started).toBeLessThan(5000)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it('refuses what is not a web address', async () => {
    expect(await verifyAccount({ siteUrl: 'ftp://example.org', ...credentials })).toMatchObject({ ok: false, failure: 'invalid-url' })
    expect(normaliseSiteUrl('example.org/news/wp-admin/')?.href).toBe('https://example.org/news')
    expect(normaliseSiteUrl('http://user:pw@example.org')).toBeUndefined()
  })
})

describe('verifyAccount sends the password only to the address typed', () => {
  /** Another site on loopback that records whether credentials reached it. */
  async function recordingSite() {
    const seen: { url: string; authorization: boolean }[] = []
    const started = await startHttpServer((request, response) => {
      seen.push({ url: request.url ?? '', authorization: Boolean(request.headers.authorization) })
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ name: 'Elsewhere', namespaces: ['wp/v2'], authentication: { 'application-passwords': {} }, id: 1 }))
    })
    return { ...started, seen }
  }

  it('refuses a REST root advertised on another origin (the Link header of a page), before sending anything there', async () => {
    const elsewhere = await recordingSite()
    // What a site (or someone who controls its pages) answers: no /wp-json/, a Link to another host and port.
    const front = await startHttpServer((request, response) => {
      if (request.url === '/') {
        response.writeHead(200, { 'content-type': 'text/html', link: `<${elsewhere.url}/wp-json/>; rel="https://api.w.org/"` })
        response.end('<html></html>')
      } else {
        response.writeHead(404)
        response.end()
      }
    })
    try {
      expect(await verifyAccount({ siteUrl: front.url, ...credentials })).toMatchObject({ ok: false, failure: 'other-origin' })
      expect(elsewhere.seen).toEqual([])
    } finally {
      front.server.close()
      elsewhere.server.close()
    }
  })

  it('refuses a redirect to another origin, from the REST root or the home page; the other site never sees the password', async () => {
    const elsewhere = await recordingSite()
    const redirecting = (all: boolean) =>
      startHttpServer((request, response) => {
        if (all || request.url !== '/') {
          response.writeHead(307, { location: `${elsewhere.url}${request.url}` })
          response.end()
        } else {
          response.writeHead(404)
          response.end()
        }
      })
    const [api, home] = await Promise.all([redirecting(false), redirecting(true)])
    try {
      expect(await verifyAccount({ siteUrl: api.url, ...credentials })).toMatchObject({ ok: false, failure: 'cross-origin-redirect' })
      expect(await verifyAccount({ siteUrl: home.url, ...credentials })).toMatchObject({ ok: false, failure: 'cross-origin-redirect' })
      expect(elsewhere.seen.filter((request) => request.authorization)).toEqual([])
    } finally {
      api.server.close()
      home.server.close()
      elsewhere.server.close()
    }
  })

  it('requires https except on this computer', async () => {
    expect(await verifyAccount({ siteUrl: 'http://news.example', ...credentials })).toMatchObject({ ok: false, failure: 'insecure-url' })
    expect(await verifyAccount({ siteUrl: 'http://192.168.1.20:8080', ...credentials })).toMatchObject({ ok: false, failure: 'insecure-url' })
    // Loopback over http is the test site itself.
    expect((await verifyAccount({ siteUrl: site.url.replace('127.0.0.1', 'localhost'), ...credentials })).ok).toBe(true)
  })
})
