import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import type { SiteUser } from '../../../../scripts/wordpress/site.mjs'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import type { ArticleSyncState } from '@shared/cms/filing'
import { CmsAccountService } from './CmsAccountService'
import { backoffMs, SyncService } from './SyncService'
import { articleDoc, exampleArticle, filingOf } from './testing/articleFixtures'
import { asUser } from './testing/siteRequests'

const site = inject('wordpress')
const admin = asUser(site, 'administrator')

type Post = {
  id: number
  title: { raw: string }
  excerpt: { raw: string }
  content: { raw: string }
  status: string
  categories: number[]
  tags: number[]
  meta: { copydesk_uuid: string; copydesk_workflow_status: string }
}

/**
 * Faults injected at the fetch the sync uses (the requests are real): `offline` refuses every
 * connection; `loseAnswerOf` lets matching requests reach the site, then loses the answer;
 * `answer503` answers 503 with Retry-After instead of forwarding.
 */
function faultyFetch() {
  const faults = { offline: false, loseAnswerOf: undefined as RegExp | undefined, answer503: undefined as { retryAfter: string } | undefined, requests: 0 }
  const refused = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) })
  const fetchImpl: typeof fetch = async (input, init) => {
    faults.requests++
    if (faults.offline) throw refused()
    if (faults.answer503) {
      const { retryAfter } = faults.answer503
      faults.answer503 = undefined
      return new Response('{"code":"busy","message":"Try later"}', { status: 503, headers: { 'retry-after': retryAfter } })
    }
    const response = await fetch(input, init)
    const url = String(input instanceof Request ? input.url : input)
    if (faults.loseAnswerOf?.test(`${init?.method ?? 'GET'} ${url}`)) {
      faults.loseAnswerOf = undefined
      await response.arrayBuffer() // the site has done its work; the answer never arrives
      throw Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) })
    }
    return response
  }
  return { faults, fetchImpl }
}

let dir: string
const services: SyncService[] = []
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-sync-'))
})
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()))
  await rm(dir, { recursive: true, force: true })
})

async function connectedSync(user: SiteUser, fetchImpl: typeof fetch = fetch, changes: ArticleSyncState[] = [], folder = dir) {
  await mkdir(folder, { recursive: true })
  const secrets = new SecretStoreDouble()
  const account = new CmsAccountService(join(folder, 'cms-account.json'), secrets, { fetch: fetchImpl, timeoutMs: 10_000 })
  const connected = await account.connect({ siteUrl: site.url, username: user.username, applicationPassword: user.applicationPassword })
  expect(connected.ok).toBe(true)
  const sync = new SyncService({ file: join(folder, 'cms-sync.json'), account, onChange: (state) => changes.push(state), maxOfflineBackoffMs: 60_000 })
  services.push(sync)
  return { sync, account, secrets }
}

async function postsWithUuid(uuid: string): Promise<Post[]> {
  const posts = (await admin.get(`wp/v2/posts?status=draft,pending,publish,future,private&per_page=100&context=edit&orderby=id`)).body as Post[]
  return posts.filter((post) => post.meta.copydesk_uuid === uuid)
}

const names = async (taxonomy: 'categories' | 'tags', ids: number[]) =>
  Promise.all(ids.map(async (id) => ((await admin.get(`wp/v2/${taxonomy}/${id}`)).body as { name: string }).name))

describe('filing an article', () => {
  it('puts the example article on the site: title, excerpt, HTML body, section as category, tags, Yjs log', async () => {
    const changes: ArticleSyncState[] = []
    const { sync } = await connectedSync(site.users.editor, fetch, changes)
    const paragraphs = exampleArticle.body
    const fields = { headline: exampleArticle.headline, standfirst: 'Un rapport de l’AP & des <diplomates>', section: exampleArticle.section, tags: [...exampleArticle.tags, 'Arménie'] }
    const doc = articleDoc(fields, paragraphs)
    const filing = filingOf(doc, { ...fields, paragraphs })
    await sync.file(filing)
    await sync.idle()

    const state = await sync.state(filing.article.id)
    expect(state).toMatchObject({ state: 'synced', postId: expect.any(Number) })
    expect(changes.map((change) => change.state)).toEqual(['waiting', 'sending', 'synced'])
    const [post, ...others] = await postsWithUuid(filing.article.id)
    expect(others).toHaveLength(0)
    expect(post!.id).toBe(state.postId)
    expect(post!.title.raw).toBe(exampleArticle.headline)
    expect(post!.excerpt.raw).toBe('Un rapport de l’AP &amp; des &lt;diplomates&gt;')
    expect(post!.status).toBe('draft')
    expect(post!.content.raw).toContain(`<p>${paragraphs[1]!.replace(/'/g, '&#39;')}</p>`)
    expect(post!.content.raw.match(/<p>/g)).toHaveLength(paragraphs.length)
    expect(await names('categories', post!.categories)).toEqual(['International'])
    expect((await names('tags', post!.tags)).sort()).toEqual(['Arménie', 'Gabriel Attal'])
    expect(post!.meta.copydesk_workflow_status).toBe('draft')

    const log = (await admin.get(`copydesk/v1/posts/${post!.id}/yjs`)).body as { updates: { data: string }[] }
    const remote = new Y.Doc()
    for (const row of log.updates) Y.applyUpdate(remote, Buffer.from(row.data, 'base64'))
    expect(remote.getXmlFragment('body').toString()).toBe(doc.getXmlFragment('body').toString())

    // Edited and filed again: the same post, and only the new edit goes to the log.
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Mise à jour : Bakou dément.')])
    doc.getXmlFragment('body').insert(0, [paragraph])
    await sync.file({ ...filingOf(doc, { ...fields, id: filing.article.id, paragraphs: ['Mise à jour : Bakou dément.', ...paragraphs] }), status: 'submitted' })
    await sync.idle()
    const [updated, ...none] = await postsWithUuid(filing.article.id)
    expect(none).toHaveLength(0)
    expect(updated!.status).toBe('pending')
    expect(updated!.content.raw).toMatch(/^<p>Mise à jour : Bakou dément.<\/p>/)
    const log2 = (await admin.get(`copydesk/v1/posts/${post!.id}/yjs`)).body as { updates: { data: string }[] }
    expect(log2.updates).toHaveLength(2)
    expect(log2.updates[1]!.data.length).toBeLessThan(log2.updates[0]!.data.length / 10)
  })

  it('reuses tags and categories that exist, whatever their case, and creates the missing ones once', async () => {
    const { sync } = await connectedSync(site.users.editor)
    const tag = `Tag ${randomUUID().slice(0, 8)}`
    const existing = (await admin.post('wp/v2/tags', { name: tag })).body as { id: number }
    const doc = articleDoc({ headline: 'Terms' }, ['x'])
    const a = filingOf(doc, { headline: 'Terms', section: 'international', tags: [tag.toUpperCase(), 'Culture & Arts'], paragraphs: ['x'] })
    const b = filingOf(doc, { headline: 'Terms 2', section: 'International', tags: ['Culture & Arts'], paragraphs: ['x'] })
    await sync.file(a)
    await sync.file(b)
    await sync.idle()
    const [postA] = await postsWithUuid(a.article.id)
    const [postB] = await postsWithUuid(b.article.id)
    expect(postA!.tags).toContain(existing.id)
    expect(postA!.categories).toEqual(postB!.categories)
    const cultureTags = (await admin.get('wp/v2/tags?search=Culture&per_page=100')).body as { name: string }[]
    expect(cultureTags.map((t) => t.name)).toEqual(['Culture &amp; Arts'])
  })
})

describe('never a duplicate, never lost', () => {
  it('finds the post after the site created it but its answer was lost', async () => {
    const { faults, fetchImpl } = faultyFetch()
    const { sync } = await connectedSync(site.users.author, fetchImpl)
    faults.loseAnswerOf = /POST .*copydesk\/v1\/articles/
    const doc = articleDoc({ headline: 'Lost answer' }, ['Paragraph'])
    const filing = filingOf(doc, { headline: 'Lost answer', paragraphs: ['Paragraph'] })
    await sync.file(filing)
    await sync.idle()
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'offline', reason: { kind: 'offline' } })
    expect(await postsWithUuid(filing.article.id)).toHaveLength(1) // the site did create it

    await sync.retryNow()
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'synced' })
    expect(await postsWithUuid(filing.article.id)).toHaveLength(1)
  })

  it('keeps the outbox across a restart and sends it when the site answers again', async () => {
    const { faults, fetchImpl } = faultyFetch()
    const { sync, account } = await connectedSync(site.users.author, fetchImpl)
    faults.offline = true
    const doc = articleDoc({ headline: 'Written on the train' }, ['No network'])
    const filing = filingOf(doc, { headline: 'Written on the train', paragraphs: ['No network'] })
    const queued = await sync.file(filing)
    expect(queued.state).toBe('waiting')
    await sync.idle()
    const offline = await sync.state(filing.article.id)
    expect(offline).toMatchObject({ state: 'offline' })
    expect(offline.nextAttemptAt).toBeGreaterThan(Date.now())
    await sync.dispose()

    const onDisk = JSON.parse(await readFile(join(dir, 'cms-sync.json'), 'utf8')) as { outbox: unknown[] }
    expect(onDisk.outbox).toHaveLength(1)

    faults.offline = false
    const restarted = new SyncService({ file: join(dir, 'cms-sync.json'), account })
    services.push(restarted)
    expect(await restarted.state(filing.article.id)).toMatchObject({ state: 'offline' })
    await restarted.retryNow()
    expect(await restarted.state(filing.article.id)).toMatchObject({ state: 'synced' })
    expect(await postsWithUuid(filing.article.id)).toHaveLength(1)
  })

  it('waits as long as Retry-After says on a 503', async () => {
    const { faults, fetchImpl } = faultyFetch()
    const { sync } = await connectedSync(site.users.author, fetchImpl)
    faults.answer503 = { retryAfter: '120' }
    const filing = filingOf(articleDoc({ headline: 'Busy' }, ['x']), { headline: 'Busy', paragraphs: ['x'] })
    const before = Date.now()
    await sync.file(filing)
    await sync.idle()
    const state = await sync.state(filing.article.id)
    expect(state).toMatchObject({ state: 'waiting', reason: { kind: 'retrying' } })
    expect(state.nextAttemptAt! - before).toBeGreaterThanOrEqual(120_000)
  })
})

describe('rights', () => {
  it('refuses a contributor’s “publish” before asking the site, saying why; filing for review works', async () => {
    const { sync } = await connectedSync(site.users.contributor)
    const doc = articleDoc({ headline: 'Scoop' }, ['x'])
    const filing = filingOf(doc, { headline: 'Scoop', paragraphs: ['x'] }, 'published')
    await sync.file(filing)
    await sync.idle()
    const refused = await sync.state(filing.article.id)
    expect(refused).toMatchObject({
      state: 'error',
      reason: { kind: 'not-allowed', message: 'Your WordPress role (contributor) does not let you publish it: ask an editor.' },
    })
    expect(await postsWithUuid(filing.article.id)).toHaveLength(0)

    await sync.file({ ...filing, status: 'submitted' })
    await sync.idle()
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'synced' })
    const [post] = await postsWithUuid(filing.article.id)
    expect(post).toMatchObject({ status: 'pending', meta: { copydesk_workflow_status: 'submitted' } })
  })
})

describe('rights from WordPress', () => {
  it('lets an author file their story for review but not publish it, even though WordPress lets authors publish their own posts', async () => {
    const { sync } = await connectedSync(site.users.author)
    const doc = articleDoc({ headline: 'Papier du reporter' }, ['Texte.'])
    const filing = filingOf(doc, { headline: 'Papier du reporter', paragraphs: ['Texte.'] }, 'submitted')
    await sync.file(filing)
    await sync.idle()
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'synced' })

    await sync.file({ ...filing, status: 'published' })
    await sync.idle()
    expect(await sync.state(filing.article.id)).toMatchObject({
      state: 'error',
      reason: { kind: 'not-allowed', message: 'Your WordPress role (author) does not let you publish it: ask an editor.' },
    })
    const [post] = await postsWithUuid(filing.article.id)
    expect(post).toMatchObject({ status: 'pending', meta: { copydesk_workflow_status: 'submitted' } })
  })

  it('asks for the right to a step, not to a status: an author re-files the article an editor published', async () => {
    const reporter = (await connectedSync(site.users.author)).sync
    const paragraphs = ['Texte du reporter.']
    const doc = articleDoc({ headline: 'Publié par le desk' }, paragraphs)
    const filing = filingOf(doc, { headline: 'Publié par le desk', paragraphs }, 'submitted')
    await reporter.file(filing)
    await reporter.idle()
    const editor = (await connectedSync(site.users.editor, fetch, [], join(dir, 'editor'))).sync
    await editor.pull()
    await editor.file({ ...filing, status: 'published' })
    await editor.idle()
    expect(await editor.state(filing.article.id)).toMatchObject({ state: 'synced' })

    // The reporter, now holding the published article, adds a line: filed, the post stays published.
    const later = [...paragraphs, 'Une précision.']
    await reporter.file(filingOf(doc, { id: filing.article.id, headline: 'Publié par le desk', paragraphs: later }, 'published'))
    await reporter.idle()
    expect(await reporter.state(filing.article.id)).toMatchObject({ state: 'synced' })
    const [post] = await postsWithUuid(filing.article.id)
    expect(post).toMatchObject({ status: 'publish', meta: { copydesk_workflow_status: 'published' } })
    // Without unfiltered_html, WordPress puts a line break between an author's blocks.
    expect(post!.content.raw.replace(/\n/g, '')).toBe('<p>Texte du reporter.</p><p>Une précision.</p>')
  })

  it('shows the site’s refusal when the account lost its rights on the site after connecting; the post is left as it was', async () => {
    const username = `demoted-${randomUUID().slice(0, 8)}`
    const created = await admin.post('wp/v2/users', { username, email: `${username}@example.test`, password: randomUUID(), roles: ['editor'] })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = (created.body as { id: number }).id
    const { password } = (await admin.post(`wp/v2/users/${id}/application-passwords`, { name: 'Copydesk test' })).body as { password: string }
    const user: SiteUser = { id, role: 'editor', username, password: '', applicationPassword: password }
    const { sync } = await connectedSync(user)
    const doc = articleDoc({ headline: 'Rétrogradé' }, ['Texte.'])
    const filing = filingOf(doc, { headline: 'Rétrogradé', paragraphs: ['Texte.'] }, 'submitted')
    await sync.file(filing)
    await sync.idle()
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'synced' })

    expect((await admin.post(`wp/v2/users/${id}`, { roles: ['author'] })).status).toBe(200)
    await sync.file({ ...filing, status: 'published' })
    await sync.idle()
    const refused = await sync.state(filing.article.id)
    expect(refused).toMatchObject({ state: 'error', reason: { kind: 'forbidden' } })
    expect(refused.reason!.message).toContain('Only an editor (who may publish and edit others’ posts) can set an article to published.')
    const [post] = await postsWithUuid(filing.article.id)
    expect(post).toMatchObject({ status: 'pending', meta: { copydesk_workflow_status: 'submitted' } })
  })
})

describe('corrections', () => {
  it('keeps the live post as it was while a correction is prepared, then publishes the corrected text with its note', async () => {
    const { sync } = await connectedSync(site.users.editor)
    const fields = { headline: 'Le ministre à Bakou' }
    const doc = articleDoc(fields, ['Zakir Hasanof a reçu Yoav Gallant.'])
    const filing = filingOf(doc, { ...fields, paragraphs: ['Zakir Hasanof a reçu Yoav Gallant.'] }, 'published')
    await sync.file(filing)
    await sync.idle()
    const live = (await postsWithUuid(filing.article.id))[0]!
    expect(live).toMatchObject({ status: 'publish', content: { raw: '<p>Zakir Hasanof a reçu Yoav Gallant.</p>' } })

    const note = 'Le nom du ministre, Zakir Hasanov, était mal orthographié.'
    const correcting = { ...filing, status: 'correction' as const, correctionNote: note }
    correcting.article = { ...filing.article, body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zakir Hasanov a reçu Yoav' }] }] }
    await sync.file(correcting)
    await sync.idle()
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'synced' })
    const during = (await postsWithUuid(filing.article.id))[0] as Post & { meta: { copydesk_correction_note: string } }
    expect(during).toMatchObject({
      status: 'publish',
      content: { raw: '<p>Zakir Hasanof a reçu Yoav Gallant.</p>' },
      meta: { copydesk_workflow_status: 'correction', copydesk_correction_note: note },
    })

    const corrected = { ...correcting, status: 'published' as const }
    corrected.article = { ...filing.article, body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zakir Hasanov a reçu Yoav Gallant.' }] }] }
    await sync.file(corrected)
    await sync.idle()
    const after = (await postsWithUuid(filing.article.id))[0] as Post & { meta: { copydesk_correction_note: string } }
    expect(after).toMatchObject({
      id: live.id,
      status: 'publish',
      content: { raw: `<p>Zakir Hasanov a reçu Yoav Gallant.</p><p class="copydesk-correction"><strong>Correction\u00a0:</strong> ${note}</p>` },
      meta: { copydesk_workflow_status: 'published', copydesk_correction_note: note },
    })
    const rendered = (await asUser(site, 'anonymous').get(`wp/v2/posts/${live.id}`)).body as { content: { rendered: string } }
    expect(rendered.content.rendered).toContain('Correction')
    expect(rendered.content.rendered).toContain('Zakir Hasanov, était mal orthographié')
  })
})

describe('scheduling', () => {
  it('sends a scheduled article with its date: status future on the site, at that time', async () => {
    const { sync } = await connectedSync(site.users.editor)
    const fields = { headline: 'Publié demain à 6 h' }
    const scheduledAt = Date.UTC(2031, 4, 6, 4, 0, 0)
    const filing = { ...filingOf(articleDoc(fields, ['Texte.']), { ...fields, paragraphs: ['Texte.'] }, 'scheduled'), scheduledAt }
    await sync.file(filing)
    await sync.idle()
    expect(await sync.state(filing.article.id)).toMatchObject({ state: 'synced' })
    const [post] = (await postsWithUuid(filing.article.id)) as (Post & { date_gmt: string })[]
    expect(post).toMatchObject({ status: 'future', date_gmt: '2031-05-06T04:00:00', meta: { copydesk_workflow_status: 'scheduled' } })
  })
})

describe('backoff', () => {
  it('grows exponentially with jitter, up to the cap', () => {
    expect(backoffMs(0, () => 0, 60_000)).toBe(500)
    expect(backoffMs(0, () => 1, 60_000)).toBe(1000)
    expect(backoffMs(3, () => 0.5, 60_000)).toBe(6000)
    expect(backoffMs(30, () => 1, 60_000)).toBe(60_000)
  })
})
