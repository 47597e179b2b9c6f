import { describe, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import type { SyncService } from './SyncService'
import { articleDoc, filingOf, paragraphsOf } from './testing/articleFixtures'
import { siteSql } from './testing/siteDatabase'
import { asUser } from './testing/siteRequests'
import { useSyncProfiles } from './testing/syncProfiles'

// Trust between desks on one site: each role tries, through core's REST API and the plugin's
// routes, to take over another desk's article; each attempt is refused with the right status, and
// the victim desk's article is unchanged after its next pull.
const site = inject('wordpress')
const profile = useSyncProfiles(site)
const roles = ['contributor', 'author', 'editor', 'administrator'] as const
const pluginMeta = ['copydesk_uuid', 'copydesk_workflow_status', 'copydesk_correction_note', 'copydesk_external_edit']

type Post = { id: number; title: { raw: string }; meta: Record<string, string> }

/** The victim: an editor's desk files an article and has nothing left to pull. */
async function victimArticle(): Promise<{ desk: SyncService; doc: Y.Doc; articleId: string; postId: number }> {
  const desk = await profile(site.users.editor)
  const doc = articleDoc({ headline: 'Le vrai titre', standfirst: 'Le vrai chapeau' }, ['Le vrai texte.'])
  const filing = filingOf(doc, { headline: 'Le vrai titre', standfirst: 'Le vrai chapeau', paragraphs: ['Le vrai texte.'] }, 'published')
  await desk.file(filing)
  await desk.idle()
  const state = await desk.state(filing.article.id)
  expect(state.state).toBe('synced')
  await settle(desk, doc, filing.article.id)
  return { desk, doc, articleId: filing.article.id, postId: state.postId! }
}

/** Pulls into `doc` as the desk does; answers what the pull said of this article. */
async function settle(desk: SyncService, doc: Y.Doc, articleId: string) {
  const { articles } = await desk.pull()
  const mine = articles.find((article) => article.articleId === articleId)
  if (mine) {
    for (const update of mine.updates) Y.applyUpdate(doc, update)
    await desk.acknowledge(articleId, mine.cursor, mine.siteEdit?.at)
  }
  return mine
}

function expectUnchanged(doc: Y.Doc) {
  expect(doc.getMap('fields').get('headline')!.toString()).toBe('Le vrai titre')
  expect(doc.getMap('fields').get('standfirst')!.toString()).toBe('Le vrai chapeau')
  expect(paragraphsOf(doc)).toEqual(['Le vrai texte.'])
}

describe('the article UUID is written by the plugin only', () => {
  it('no role sets copydesk_uuid through core REST, on a new post or its own; the victim desk pulls nothing', async () => {
    const victim = await victimArticle()
    for (const role of roles) {
      const as = asUser(site, role)
      const created = await as.post('wp/v2/posts', { title: `Injected by ${role}`, status: 'draft', meta: { copydesk_uuid: victim.articleId } })
      expect(created.status, role).toBe(403)
      expect((created.body as { code: string }).code).toBe('rest_cannot_update')
      const own = (await as.post('wp/v2/posts', { title: `Own post of ${role}`, status: 'draft' })).body as { id: number }
      const updated = await as.post(`wp/v2/posts/${own.id}`, { title: 'Injected headline', meta: { copydesk_uuid: victim.articleId } })
      expect(updated.status, role).toBe(403)
      const after = (await asUser(site, 'administrator').get(`wp/v2/posts/${own.id}?context=edit`)).body as Post
      expect(after.meta.copydesk_uuid).toBe('')
      // Nor through the plugin: adopting a post with an article's UUID taken by another post is refused.
      const adopt = await as.post(`copydesk/v1/posts/${own.id}/adopt`, { uuid: victim.articleId, updates: [Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())).toString('base64')] })
      expect(adopt.status, role).toBe(409)
    }
    expect(await settle(victim.desk, victim.doc, victim.articleId)).toBeUndefined()
    expectUnchanged(victim.doc)
  })

  it('a post carrying a linked article’s UUID under another id (an older plugin let it be set) is ignored by the desk', async () => {
    const victim = await victimArticle()
    const reporter = asUser(site, 'author')
    const impostor = (await reporter.post('wp/v2/posts', { title: 'Titre injecté', excerpt: 'Chapeau injecté', status: 'draft' })).body as { id: number }
    // What core REST allowed before this plugin version: the UUID and an "edited outside" mark on the author's own post.
    siteSql(
      site,
      `INSERT INTO wp_postmeta (post_id, meta_key, meta_value) VALUES (${impostor.id}, 'copydesk_uuid', '${victim.articleId}'),` +
        ` (${impostor.id}, 'copydesk_external_edit', '{"by":"Rémi","at":"2030-01-01 00:00:00"}');`,
    )
    await reporter.post(`wp/v2/posts/${impostor.id}`, { title: 'Titre injecté encore' })
    const pulled = await settle(victim.desk, victim.doc, victim.articleId)
    expect(pulled?.siteEdit).toBeUndefined()
    expectUnchanged(victim.doc)
    // The desk's article stays linked to its own post.
    expect((await victim.desk.state(victim.articleId)).postId).toBe(victim.postId)
    // Gone, so other tests' desks (one site for all) do not meet it.
    await asUser(site, 'administrator').del(`wp/v2/posts/${impostor.id}?force=true`)
  })
})

describe('workflow meta goes through the plugin’s route only', () => {
  it('no role writes copydesk_workflow_status or copydesk_correction_note through core REST (403); the route keeps its rights check', async () => {
    const victim = await victimArticle()
    for (const role of roles) {
      const as = asUser(site, role)
      const own = (await as.post('wp/v2/posts', { title: `Status of ${role}`, status: 'draft' })).body as { id: number }
      for (const meta of [{ copydesk_workflow_status: 'approved' }, { copydesk_correction_note: 'Faux rectificatif' }]) {
        const answer = await as.post(`wp/v2/posts/${own.id}`, { meta })
        expect(answer.status, `${role} ${Object.keys(meta)[0]}`).toBe(403)
      }
      // On the victim's post: those who may not edit it are refused before meta is looked at.
      const onVictim = await as.post(`wp/v2/posts/${victim.postId}`, { meta: { copydesk_workflow_status: 'spiked' } })
      expect(onVictim.status, role).toBe(403)
      // Through the plugin's route: a desk-only status needs the desk's rights.
      const approve = await as.post(`copydesk/v1/posts/${own.id}/workflow`, { status: 'approved' })
      expect(approve.status, role).toBe(role === 'editor' || role === 'administrator' ? 200 : 403)
    }
    const stored = (await asUser(site, 'administrator').get(`copydesk/v1/posts/${victim.postId}/workflow`)).body as { status: string }
    expect(stored.status).toBe('published')
    await settle(victim.desk, victim.doc, victim.articleId)
    expectUnchanged(victim.doc)
  })
})

describe('plugin meta is only for those who may edit the post', () => {
  it('a published post shows no plugin meta to visitors, nor to an author or contributor who may not edit it; its editor sees it', async () => {
    const victim = await victimArticle()
    const anonymous = (await asUser(site, 'anonymous').get(`wp/v2/posts/${victim.postId}`)).body as Post
    expect(Object.keys(anonymous.meta ?? {}).filter((key) => key.startsWith('copydesk_'))).toEqual([])
    for (const role of ['contributor', 'author'] as const) {
      const as = asUser(site, role)
      const view = (await as.get(`wp/v2/posts/${victim.postId}`)).body as Post
      expect(Object.keys(view.meta ?? {}).filter((key) => pluginMeta.includes(key)), role).toEqual([])
      // In the edit context core answers only those who may edit the post: refused alone, left out of a list.
      expect((await as.get(`wp/v2/posts/${victim.postId}?context=edit`)).status, role).toBe(403)
      expect((await as.get(`wp/v2/posts?context=edit&include=${victim.postId}`)).body, role).toEqual([])
    }
    const editor = (await asUser(site, 'editor').get(`wp/v2/posts/${victim.postId}?context=edit`)).body as Post
    expect(editor.meta.copydesk_uuid).toBe(victim.articleId)
    expect(editor.meta.copydesk_workflow_status).toBe('published')
  })
})

it('a contributor’s desk pulling leaves a colleague’s published article alone: no import offered, nothing failing', async () => {
  const victim = await victimArticle()
  const reporterDesk = await profile(site.users.contributor)
  const { articles, failures } = await reporterDesk.pull()
  expect(articles.filter((article) => article.postId === victim.postId)).toEqual([])
  expect(failures).toEqual([])
})
