import { randomUUID } from 'node:crypto'
import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import { asUser } from './testing/siteRequests'

// The companion plugin (resources/wordpress-plugin/copydesk), loaded as a mu-plugin by the test
// site, over real HTTP.
const site = inject('wordpress')
const admin = asUser(site, 'administrator')
const editor = asUser(site, 'editor')
const reporter = asUser(site, 'author')
const contributor = asUser(site, 'contributor')

type ArticleSummary = { id: number; uuid: string; status: string; created: boolean; modified_gmt: string }
type LogRow = { id: number; user: number; kind: string; data: string }
type LogPage = { updates: LogRow[]; cursor: number; more: boolean }

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'))

async function createArticle(as = reporter, post: Record<string, unknown> = { title: 'Draft', status: 'draft' }) {
  const uuid = randomUUID()
  const response = await as.post('copydesk/v1/articles', { uuid, post })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  return response.body as ArticleSummary
}

/** A Yjs update that inserts `text` into a fresh client's copy of the "body" text. */
function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('body').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

function docFrom(rows: LogRow[]): Y.Doc {
  const doc = new Y.Doc()
  for (const row of rows) Y.applyUpdate(doc, bytes(row.data))
  return doc
}

describe('article UUID', () => {
  it('creates the post once: a retried create with the same UUID finds it', async () => {
    const uuid = randomUUID()
    const post = { title: 'Filed twice', content: '<p>Body</p>', excerpt: 'Standfirst', status: 'draft' }
    const first = await reporter.post('copydesk/v1/articles', { uuid, post })
    const second = await reporter.post('copydesk/v1/articles', { uuid, post })
    expect(first.status).toBe(201)
    expect(second.status).toBe(200)
    const a = first.body as ArticleSummary
    const b = second.body as ArticleSummary
    expect(b.id).toBe(a.id)
    expect([a.created, b.created]).toEqual([true, false])
    expect(a.uuid).toBe(uuid)
    const core = await reporter.get(`wp/v2/posts/${a.id}?context=edit`)
    expect(core.body).toMatchObject({ title: { raw: 'Filed twice' }, excerpt: { raw: 'Standfirst' }, meta: { copydesk_uuid: uuid } })
  })

  it('adopts a post made in wp-admin once: concurrent desks get one UUID, one first state in the log', async () => {
    const made = await reporter.post('wp/v2/posts', { title: 'Made in wp-admin', status: 'draft' })
    const postId = (made.body as { id: number }).id
    const uuids = Array.from({ length: 4 }, () => randomUUID())
    const answers = await Promise.all(uuids.map((uuid, i) => editor.post(`copydesk/v1/posts/${postId}/adopt`, { uuid, updates: [b64(textUpdate(`desk ${i}`))] })))
    const winners = answers.filter((answer) => (answer.body as { adopted: boolean }).adopted)
    expect(winners).toHaveLength(1)
    const uuid = (winners[0]!.body as { uuid: string }).uuid
    expect(answers.map((answer) => (answer.body as { uuid: string }).uuid)).toEqual(uuids.map(() => uuid))
    const log = (await editor.get(`copydesk/v1/posts/${postId}/yjs`)).body as LogPage
    expect(log.updates).toHaveLength(1)
    expect(((await editor.get(`wp/v2/posts/${postId}?context=edit`)).body as { meta: { copydesk_uuid: string } }).meta.copydesk_uuid).toBe(uuid)
    // Retried by the winner (its answer lost): still adopted, nothing appended again.
    expect((await editor.post(`copydesk/v1/posts/${postId}/adopt`, { uuid, updates: [b64(textUpdate('again'))] })).body).toMatchObject({ adopted: true, uuid })
    expect(((await editor.get(`copydesk/v1/posts/${postId}/yjs`)).body as LogPage).updates).toHaveLength(1)
    // Only someone who may edit the post adopts it.
    expect((await contributor.post(`copydesk/v1/posts/${postId}/adopt`, { uuid: randomUUID(), updates: [b64(textUpdate('x'))] })).status).toBe(403)
  })

  it('makes one post when the same article is created by concurrent requests', async () => {
    const uuid = randomUUID()
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => reporter.post('copydesk/v1/articles', { uuid, post: { title: 'Race', status: 'draft' } })),
    )
    const ids = new Set(answers.map((answer) => (answer.body as ArticleSummary).id))
    expect(ids.size).toBe(1)
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(1)
    const search = await admin.get(`wp/v2/posts?status=any&search=Race&per_page=100&context=edit`)
    expect((search.body as { meta: { copydesk_uuid: string } }[]).filter((p) => p.meta.copydesk_uuid === uuid)).toHaveLength(1)
  })

  it('looks a post up by UUID, whatever its status (trash included), only for someone who may edit it', async () => {
    const article = await createArticle()
    const found = await reporter.get(`copydesk/v1/articles/${article.uuid}`)
    expect(found.status).toBe(200)
    expect(found.body).toMatchObject({ id: article.id, status: 'draft', created: false })
    expect((found.body as ArticleSummary).modified_gmt).toMatch(/^\d{4}-\d\d-\d\dT/)

    expect((await contributor.get(`copydesk/v1/articles/${article.uuid}`)).status).toBe(404)
    expect((await reporter.get(`copydesk/v1/articles/${randomUUID()}`)).status).toBe(404)
    expect((await asUser(site, 'anonymous').get(`copydesk/v1/articles/${article.uuid}`)).status).toBe(401)

    expect((await reporter.del(`wp/v2/posts/${article.id}`)).status).toBe(200)
    const trashed = await reporter.get(`copydesk/v1/articles/${article.uuid}`)
    expect(trashed.body).toMatchObject({ id: article.id, status: 'trash' })
  })

  it('lets a contributor file a draft but not publish', async () => {
    const refused = await contributor.post('copydesk/v1/articles', { uuid: randomUUID(), post: { title: 'Scoop', status: 'publish' } })
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ code: 'rest_cannot_publish' })
    const draft = await createArticle(contributor, { title: 'Scoop', status: 'pending' })
    expect(draft.status).toBe('pending')
  })

  it('rejects what is not a UUID', async () => {
    const response = await reporter.post('copydesk/v1/articles', { uuid: 'not-a-uuid', post: { title: 'x' } })
    expect(response.status).toBe(400)
  })
})

describe('Yjs update log', () => {
  it('appends updates and reads them back since a cursor', async () => {
    const article = await createArticle()
    const first = await reporter.post(`copydesk/v1/posts/${article.id}/yjs`, { updates: [b64(textUpdate('Hello'))] })
    expect(first.status).toBe(201)
    const { cursor } = first.body as { ids: number[]; cursor: number }

    const second = await editor.post(`copydesk/v1/posts/${article.id}/yjs`, {
      updates: [b64(textUpdate(' world')), b64(textUpdate('!'))],
    })
    expect((second.body as { ids: number[] }).ids).toHaveLength(2)

    const all = (await reporter.get(`copydesk/v1/posts/${article.id}/yjs`)).body as LogPage
    expect(all.updates).toHaveLength(3)
    expect(all.updates.map((row) => row.user)).toEqual([site.users.author.id, site.users.editor.id, site.users.editor.id])

    const since = (await reporter.get(`copydesk/v1/posts/${article.id}/yjs?after=${cursor}`)).body as LogPage
    expect(since.updates.map((row) => row.id)).toEqual((second.body as { ids: number[] }).ids)
    expect(since.cursor).toBe(all.cursor)

    const nothingNew = (await reporter.get(`copydesk/v1/posts/${article.id}/yjs?after=${all.cursor}`)).body as LogPage
    expect(nothingNew).toEqual({ updates: [], cursor: all.cursor, more: false })

    const text = docFrom(all.updates).getText('body').toString()
    for (const part of ['Hello', ' world', '!']) expect(text).toContain(part)
  })

  it('pages through a long log with limit and `more`', async () => {
    const article = await createArticle()
    await reporter.post(`copydesk/v1/posts/${article.id}/yjs`, { updates: Array.from({ length: 5 }, (_, i) => b64(textUpdate(`u${i}`))) })
    const page1 = (await reporter.get(`copydesk/v1/posts/${article.id}/yjs?limit=2`)).body as LogPage
    const page2 = (await reporter.get(`copydesk/v1/posts/${article.id}/yjs?limit=2&after=${page1.cursor}`)).body as LogPage
    const page3 = (await reporter.get(`copydesk/v1/posts/${article.id}/yjs?limit=2&after=${page2.cursor}`)).body as LogPage
    expect([page1.more, page2.more, page3.more]).toEqual([true, true, false])
    expect([...page1.updates, ...page2.updates, ...page3.updates]).toHaveLength(5)
  })

  it('keeps every update when two users append at the same time', async () => {
    const article = await createArticle()
    const writers = [reporter, editor]
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        writers[i % 2]!.post(`copydesk/v1/posts/${article.id}/yjs`, { updates: [b64(textUpdate(`[edit ${i}]`))] }),
      ),
    )
    expect(answers.map((answer) => answer.status)).toEqual(Array(24).fill(201))
    const log = (await reporter.get(`copydesk/v1/posts/${article.id}/yjs`)).body as LogPage
    expect(log.updates).toHaveLength(24)
    expect(new Set(log.updates.map((row) => row.id)).size).toBe(24)
    const text = docFrom(log.updates).getText('body').toString()
    for (let i = 0; i < 24; i++) expect(text).toContain(`[edit ${i}]`)
  })

  it('refuses appends and reads from users who may not edit the post', async () => {
    const article = await createArticle(reporter)
    const update = { updates: [b64(textUpdate('intrusion'))] }
    const byContributor = await contributor.post(`copydesk/v1/posts/${article.id}/yjs`, update)
    expect(byContributor.status).toBe(403)
    expect(byContributor.body).toMatchObject({ code: 'copydesk_cannot_edit' })
    expect((await contributor.get(`copydesk/v1/posts/${article.id}/yjs`)).status).toBe(403)
    expect((await asUser(site, 'anonymous').post(`copydesk/v1/posts/${article.id}/yjs`, update)).status).toBe(401)
    expect((await reporter.post(`copydesk/v1/posts/999999/yjs`, update)).status).toBe(404)
    const log = (await reporter.get(`copydesk/v1/posts/${article.id}/yjs`)).body as LogPage
    expect(log.updates).toHaveLength(0)
  })

  it('refuses an update that is not base64', async () => {
    const article = await createArticle()
    const response = await reporter.post(`copydesk/v1/posts/${article.id}/yjs`, { updates: ['not base64!'] })
    expect(response.status).toBe(400)
    expect(response.body).toMatchObject({ code: 'copydesk_bad_update' })
  })

  it('compacts a prefix into a snapshot only while the cursor still matches, only for the desk', async () => {
    const article = await createArticle()
    const route = `copydesk/v1/posts/${article.id}/yjs`
    await reporter.post(route, { updates: ['A', 'B', 'C'].map((s) => b64(textUpdate(s))) })
    const read = (await reporter.get(route)).body as LogPage
    const merged = Y.mergeUpdates(read.updates.map((row) => bytes(row.data)))
    // Someone appends after the read: their update must survive the compaction.
    await editor.post(route, { updates: [b64(textUpdate('D'))] })

    const from = read.updates[0]!.id
    // Folding is the desk's: the author of the post may not.
    const byAuthor = await reporter.post(`${route}/compact`, { from, through: read.cursor, state: b64(merged) })
    expect(byAuthor.status).toBe(403)
    expect(byAuthor.body).toMatchObject({ code: 'copydesk_cannot_compact' })
    const compacted = await editor.post(`${route}/compact`, { from, through: read.cursor, state: b64(merged) })
    expect(compacted.status).toBe(200)
    expect(compacted.body).toEqual({ removed: 2, snapshot: read.cursor })

    const after = (await reporter.get(route)).body as LogPage
    expect(after.updates.map((row) => row.kind)).toEqual(['snapshot', 'update'])
    expect(after.updates[0]!.id).toBe(read.cursor)
    expect(docFrom(after.updates).getText('body').toString().split('').sort().join('')).toBe('ABCD')
    // A reader whose cursor was inside the compacted range still gets everything it lacked.
    const lagging = (await reporter.get(`${route}?after=${from}`)).body as LogPage
    expect(lagging.updates.map((row) => row.kind)).toEqual(['snapshot', 'update'])

    const stale = await editor.post(`${route}/compact`, { from, through: read.cursor, state: b64(merged) })
    expect(stale.status).toBe(409)
    expect(stale.body).toMatchObject({ code: 'copydesk_cursor_mismatch' })
    expect((await contributor.post(`${route}/compact`, { from: read.cursor, through: read.cursor, state: b64(merged) })).status).toBe(403)
  })
})

describe('workflow status', () => {
  it('lets a contributor submit their story but only someone who may publish approve it', async () => {
    const article = await createArticle(contributor, { title: 'Submitted', status: 'pending' })
    const route = `copydesk/v1/posts/${article.id}/workflow`
    expect((await contributor.post(route, { status: 'submitted' })).status).toBe(200)
    const refused = await contributor.post(route, { status: 'approved' })
    expect(refused.status).toBe(403)
    expect(refused.body).toMatchObject({ code: 'copydesk_cannot_publish' })
    expect((await editor.post(route, { status: 'approved' })).status).toBe(200)
    expect((await reporter.post(route, { status: 'approved' })).status).toBe(403) // not their post
    expect((await contributor.get(route)).body).toEqual({ id: article.id, status: 'approved', note: '', embargo_gmt: '' })
    expect((await editor.post(route, { status: 'lost' })).status).toBe(400)
    const core = await editor.get(`wp/v2/posts/${article.id}?context=edit`)
    expect(core.body).toMatchObject({ meta: { copydesk_workflow_status: 'approved' } })
  })

  it('leaves publishing to the desk: an author may not publish even their own story through Copydesk, an editor may', async () => {
    const article = await createArticle(reporter, { title: 'Mon papier', status: 'pending' })
    const route = `copydesk/v1/posts/${article.id}/workflow`
    expect((await reporter.post(route, { status: 'submitted' })).status).toBe(200)
    for (const status of ['approved', 'published', 'correction']) {
      const refused = await reporter.post(route, { status })
      expect(refused.status).toBe(403)
      expect(refused.body).toMatchObject({ code: 'copydesk_cannot_publish', message: `Only an editor (who may publish and edit others’ posts) can set an article to ${status}.` })
    }
    // Nor can a new post be created straight into a desk status.
    const created = await reporter.post('copydesk/v1/articles', { uuid: randomUUID(), post: { title: 'Scoop', status: 'publish' }, workflow: 'published' })
    expect(created.status).toBe(403)
    expect(created.body).toMatchObject({ code: 'copydesk_cannot_publish' })
    expect((await editor.post(route, { status: 'published' })).status).toBe(200)
  })

  it('keeps a correction’s note with the post', async () => {
    const article = await createArticle(editor, { title: 'Publié', status: 'publish' })
    const route = `copydesk/v1/posts/${article.id}/workflow`
    const note = 'Le nom du ministre était mal orthographié.'
    expect((await editor.post(route, { status: 'correction', note })).body).toEqual({ id: article.id, status: 'correction', note, embargo_gmt: '' })
    expect((await editor.get(route)).body).toEqual({ id: article.id, status: 'correction', note, embargo_gmt: '' })
    const core = await editor.get(`wp/v2/posts/${article.id}?context=edit`)
    expect(core.body).toMatchObject({ meta: { copydesk_workflow_status: 'correction', copydesk_correction_note: note } })
  })
})

describe('photo metadata on attachments', () => {
  it('stores credit, creator, rights and usage terms through core’s media route', async () => {
    const jpeg = await sharp({ create: { width: 32, height: 24, channels: 3, background: '#4a7' } }).jpeg().toBuffer()
    const upload = await fetch(`${site.url}/wp-json/wp/v2/media`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${reporter.user!.username}:${reporter.user!.applicationPassword}`).toString('base64')}`,
        'content-type': 'image/jpeg',
        'content-disposition': 'attachment; filename="gallant-baku.jpg"',
      },
      body: jpeg,
    })
    expect(upload.status).toBe(201)
    const media = (await upload.json()) as { id: number }
    const meta = {
      copydesk_credit: 'Ministère israélien de la Défense',
      copydesk_creator: 'Ariel Hermoni',
      copydesk_rights: '© Ministère israélien de la Défense',
      copydesk_usage_terms: 'Usage éditorial uniquement',
    }
    const updated = await reporter.post(`wp/v2/media/${media.id}`, { meta, alt_text: 'Deux ministres à Bakou' })
    expect(updated.status).toBe(200)
    const read = await editor.get(`wp/v2/media/${media.id}?context=edit`)
    expect(read.body).toMatchObject({ meta, alt_text: 'Deux ministres à Bakou' })
    // A contributor cannot touch someone else's photo.
    expect((await contributor.post(`wp/v2/media/${media.id}`, { meta: { copydesk_credit: 'x' } })).status).toBe(403)
  })
})

describe('plugin discovery', () => {
  it('announces its namespace and features', async () => {
    const index = await asUser(site, 'anonymous').get('')
    expect((index.body as { namespaces: string[] }).namespaces).toContain('copydesk/v1')
    expect((await reporter.get('copydesk/v1/info')).body).toMatchObject({ features: ['uuid', 'yjs-log', 'workflow', 'photo-meta', 'adopt', 'photos'] })
  })
})
