import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import { CmsAccountService } from './CmsAccountService'
import { SyncService } from './SyncService'
import { articleDoc, filingOf, paragraphsOf } from './testing/articleFixtures'
import { asUser } from './testing/siteRequests'

// An edit made on the site outside Copydesk (wp-admin; here its REST API, as another user, without
// Yjs) while Copydesk has unsynced edits: neither is lost.
const site = inject('wordpress')
const admin = asUser(site, 'administrator')

let dir: string
let sync: SyncService | undefined
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-site-edit-'))
})
afterEach(async () => {
  await sync?.dispose()
  await rm(dir, { recursive: true, force: true })
})

type Post = { title: { raw: string }; excerpt: { raw: string }; content: { raw: string }; meta: { copydesk_external_edit: string } }

it('a wp-admin edit is never overwritten: the push stops, the pull brings it (markup as text) with the base, and once merged the article files', async () => {
  const user = site.users.editor
  const account = new CmsAccountService(join(dir, 'cms-account.json'), new SecretStoreDouble())
  expect((await account.connect({ siteUrl: site.url, username: user.username, applicationPassword: user.applicationPassword })).ok).toBe(true)
  sync = new SyncService({ file: join(dir, 'cms-sync.json'), account })

  const doc = articleDoc({ headline: 'Crue de la Loire', standfirst: 'Le fleuve monte.' }, ['Premier paragraphe.'])
  const fileDoc = (id?: string) =>
    sync!.file(filingOf(doc, { id, headline: doc.getMap('fields').get('headline')!.toString(), standfirst: doc.getMap('fields').get('standfirst')!.toString(), paragraphs: paragraphsOf(doc) }))
  const { articleId } = await fileDoc()
  await sync.idle()
  const { postId } = await sync.state(articleId)
  await sync.pull() // up to date with the site

  // On the site, the administrator rewrites the headline (with markup in it) and the body.
  const hostile = 'Crue de la Loire : <script>alert("x")</script> & <b>alerte</b>'
  expect((await admin.post(`wp/v2/posts/${postId}`, { title: hostile, content: '<p>Texte réécrit sur le site.</p>' })).status).toBe(200)
  // Meanwhile in Copydesk, offline: a paragraph added, filed (it waits in the outbox).
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('Ajout hors ligne.')])
  doc.getXmlFragment('body').insert(1, [paragraph])
  await fileDoc(articleId)
  await sync.idle()
  const refused = await sync.state(articleId)
  expect(refused).toMatchObject({ state: 'error', reason: { kind: 'site-edited' } })
  expect(refused.reason!.message).toContain(site.users.administrator.username)
  let post = (await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as Post
  expect(post.title.raw).toBe(hostile) // not overwritten
  expect(post.content.raw).toBe('<p>Texte réécrit sur le site.</p>')

  // The pull brings the site's version, its markup as plain text, with what this profile last sent.
  const pulled = (await sync.pull()).articles.find((article) => article.articleId === articleId)
  expect(pulled?.siteEdit).toMatchObject({
    headline: hostile,
    standfirst: 'Le fleuve monte.',
    contentHtml: '<p>Texte réécrit sur le site.</p>',
    base: { headline: 'Crue de la Loire', standfirst: 'Le fleuve monte.' },
  })
  // The renderer's merge (features/cms/mergeSiteEdit.ts): the headline changed only on the site, so it comes in.
  const headline = doc.getMap('fields').get('headline') as Y.Text
  headline.delete(0, headline.length)
  headline.insert(0, pulled!.siteEdit!.headline)
  await sync.acknowledge(articleId, pulled!.cursor, pulled!.siteEdit!.at)
  expect((await sync.pull()).articles.find((article) => article.articleId === articleId)?.siteEdit).toBeUndefined()

  await fileDoc(articleId)
  await sync.idle()
  expect(await sync.state(articleId)).toMatchObject({ state: 'synced' })
  post = (await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as Post
  expect(post.title.raw).toBe('Crue de la Loire : &lt;script&gt;alert("x")&lt;/script&gt; &amp; &lt;b&gt;alerte&lt;/b&gt;')
  expect(post.content.raw).toContain('Ajout hors ligne.')
  expect(post.meta.copydesk_external_edit).toBe('') // Copydesk's write cleared the mark
})
