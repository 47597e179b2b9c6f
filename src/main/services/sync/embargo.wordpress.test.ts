import { randomUUID } from 'node:crypto'
import { expect, inject, it } from 'vitest'
import { articleDoc, filingOf } from './testing/articleFixtures'
import { asUser } from './testing/siteRequests'
import { useSyncProfiles } from './testing/syncProfiles'

// An embargoed article is not public before its time: main refuses before asking the site, and the
// plugin refuses whoever publishes it through Copydesk's route or core's REST API, each role alike.
const site = inject('wordpress')
const profile = useSyncProfiles(site)
const gmt = (ms: number) => new Date(ms).toISOString().slice(0, 19)
const roles = ['author', 'editor', 'administrator'] as const

it('main refuses to publish before the embargo, or to schedule before it, saying until when; nothing reaches the site', async () => {
  const editor = await profile(site.users.editor)
  const embargoAt = Date.now() + 3_600_000
  const doc = articleDoc({ headline: 'Résultats trimestriels' }, ['Sous embargo.'])
  const filing = { ...filingOf(doc, { headline: 'Résultats trimestriels', paragraphs: ['Sous embargo.'] }, 'published'), embargoAt }
  await editor.file(filing)
  await editor.idle()
  expect(await editor.state(filing.article.id)).toMatchObject({ state: 'error', reason: { kind: 'embargoed', message: new Date(embargoAt).toISOString() } })
  const scheduled = { ...filing, status: 'scheduled' as const, scheduledAt: embargoAt - 60_000 }
  await editor.file(scheduled)
  await editor.idle()
  expect((await editor.state(filing.article.id)).reason?.kind).toBe('embargoed')
  const found = await asUser(site, 'administrator').get(`copydesk/v1/articles/${filing.article.id}`)
  expect(found.status).toBe(404)

  // Scheduled for the embargo itself: filed, status future at that time, the embargo on the site too.
  await editor.file({ ...filing, status: 'scheduled', scheduledAt: embargoAt })
  await editor.idle()
  const state = await editor.state(filing.article.id)
  expect(state.state, JSON.stringify(state.reason)).toBe('synced')
  const post = (await asUser(site, 'editor').get(`wp/v2/posts/${state.postId}?context=edit`)).body as { status: string; meta: { copydesk_embargo_gmt: string } }
  expect(post).toMatchObject({ status: 'future', meta: { copydesk_embargo_gmt: gmt(embargoAt) } })
})

it('the plugin refuses to make an embargoed post public before its time, through its routes and core REST, for every role', async () => {
  const embargoAt = Date.now() + 3_600_000
  for (const role of roles) {
    const as = asUser(site, role)
    // Created public under embargo: refused before the post exists.
    const uuid = randomUUID()
    const refused = await as.post('copydesk/v1/articles', { uuid, post: { title: `Embargo ${role}`, status: 'publish' }, embargo_gmt: gmt(embargoAt) })
    expect(refused.status, role).toBe(403)
    expect((refused.body as { code: string }).code).toBe('copydesk_embargoed')
    expect((await as.get(`copydesk/v1/articles/${uuid}`)).status).toBe(404)

    // A draft under embargo, then published or scheduled early through core REST: refused, the post stays a draft.
    const created = await as.post('copydesk/v1/articles', { uuid: randomUUID(), post: { title: `Embargo ${role}`, status: 'draft' }, embargo_gmt: gmt(embargoAt) })
    expect(created.status, role).toBe(201)
    const postId = (created.body as { id: number }).id
    const publish = await as.post(`wp/v2/posts/${postId}`, { status: 'publish' })
    expect(publish.status, role).toBe(403)
    expect((publish.body as { code: string }).code).toBe('copydesk_embargoed')
    const early = await as.post(`wp/v2/posts/${postId}`, { status: 'future', date_gmt: gmt(embargoAt - 600_000) })
    expect(early.status, role).toBe(403)
    expect(((await as.get(`wp/v2/posts/${postId}?context=edit`)).body as { status: string }).status).toBe('draft')
    // Scheduled for after the embargo: fine.
    expect((await as.post(`wp/v2/posts/${postId}`, { status: 'future', date_gmt: gmt(embargoAt + 600_000) })).status, role).toBe(200)

    // Lifting the embargo, or bringing it forward, is the desk's; moving it later is anyone's who edits the post.
    const route = `copydesk/v1/posts/${postId}/workflow`
    const desk = role !== 'author'
    expect((await as.post(route, { status: 'draft', embargo_gmt: gmt(embargoAt - 60_000) })).status, role).toBe(desk ? 200 : 403)
    expect((await as.post(route, { status: 'draft', embargo_gmt: gmt(embargoAt + 60_000) })).status, role).toBe(200)
    expect((await as.post(route, { status: 'draft', embargo_gmt: '' })).status, role).toBe(desk ? 200 : 403)
  }
})
