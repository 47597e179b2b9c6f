import { afterAll, beforeAll, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import { siteUsers, startFrontDoor } from '../../../../scripts/wordpress/site.mjs'
import { SyncService, type PulledArticle } from './SyncService'
import { articleDoc, filingOf } from './testing/articleFixtures'
import { asUser } from './testing/siteRequests'
import { useSyncProfiles } from './testing/syncProfiles'

// Posts made on the site outside Copydesk (wp-admin; here its REST API, as another user) come into
// the desk as articles, once, linked to their post.
const site = inject('wordpress')
const admin = asUser(site, 'administrator')

type Post = { id: number; title: { raw: string }; content: { raw: string }; status: string; meta: { copydesk_uuid: string } }

let noPlugin: { url: string; stop: () => Promise<void> }
beforeAll(async () => {
  noPlugin = await startFrontDoor(site, 'no-plugin')
})
afterAll(async () => {
  await noPlugin?.stop()
})

const profile = useSyncProfiles(site)

/** A post made as the site's reporter, with a category and tags, as wp-admin would. */
async function madeInWpAdmin(title: string, fields: Record<string, unknown> = {}): Promise<Post> {
  const reporter = asUser(site, 'author')
  const category = (await admin.post('wp/v2/categories', { name: `Région ${title}` })).body as { id: number }
  const tag = (await admin.post('wp/v2/tags', { name: `crue ${title}` })).body as { id: number }
  const made = await reporter.post('wp/v2/posts', {
    title,
    excerpt: 'Le fleuve & ses rives.',
    content: '<p>Premier paragraphe.</p><p>Deuxième.</p>',
    status: 'pending',
    categories: [category.id],
    tags: [tag.id],
    ...fields,
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  return made.body as Post
}

/** What the renderer does with a post from the site: an article document, adopted, then acknowledged. */
async function makeArticle(sync: SyncService, pulled: PulledArticle) {
  const doc = articleDoc({ headline: pulled.fromSite!.headline }, [pulled.fromSite!.contentHtml])
  const answer = await sync.adopt(pulled.articleId, Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'))
  await sync.acknowledge(pulled.articleId, answer.cursor)
  return { doc, answer }
}

const postsTitled = async (title: string) =>
  ((await admin.get(`wp/v2/posts?status=draft,pending,publish,future&search=${encodeURIComponent(title)}&per_page=100&context=edit`)).body as Post[]).filter(
    (post) => post.title.raw === title,
  )

it('a post made in wp-admin comes in with its fields, gets the article’s UUID, is not offered twice, and filing it updates the same post', async () => {
  const title = `Crue de la Loire ${Date.now()}`
  const post = await madeInWpAdmin(title)
  const editor = await profile(site.users.editor)

  const pulled = (await editor.pull()).articles.filter((article) => article.postId === post.id)
  expect(pulled).toHaveLength(1)
  expect(pulled[0]!.fromSite).toEqual({
    postId: post.id,
    headline: title,
    standfirst: 'Le fleuve & ses rives.',
    contentHtml: '<p>Premier paragraphe.</p><p>Deuxième.</p>',
    section: `Région ${title}`,
    tags: [`crue ${title}`],
    status: 'submitted',
    byline: siteUsers.find((user) => user.role === 'author')!.displayName,
  })
  const { doc, answer } = await makeArticle(editor, pulled[0]!)
  expect(answer.adopted).toBe(true)
  const articleId = pulled[0]!.articleId

  // The post carries the article's UUID, and its log the article's first state.
  const adopted = (await admin.get(`wp/v2/posts/${post.id}?context=edit`)).body as Post
  expect(adopted.meta.copydesk_uuid).toBe(articleId)
  const log = (await admin.get(`copydesk/v1/posts/${post.id}/yjs`)).body as { updates: { data: string }[] }
  expect(log.updates).toHaveLength(1)

  // Pulled again: nothing to make, nothing to merge.
  expect((await editor.pull()).articles.filter((article) => article.postId === post.id)).toEqual([])

  // Edited in Copydesk and filed: the same post changes; there is still one.
  doc.getMap('fields').set('headline', new Y.Text(`${title} : alerte`))
  await editor.file(filingOf(doc, { id: articleId, headline: `${title} : alerte`, paragraphs: ['Premier paragraphe.', 'Ajout.'] }, 'editing'))
  await editor.idle()
  expect(await editor.state(articleId)).toMatchObject({ state: 'synced', postId: post.id })
  expect(await postsTitled(title)).toEqual([])
  const updated = await postsTitled(`${title} : alerte`)
  expect(updated.map((p) => p.id)).toEqual([post.id])
  expect(updated[0]!.content.raw).toBe('<p>Premier paragraphe.</p>\n<p>Ajout.</p>')
})

it('two desks pulling the same wp-admin post make one article: the second desk gets the first desk’s', async () => {
  const post = await madeInWpAdmin(`Incendie à Porto ${Date.now()}`)
  const editor = await profile(site.users.editor)
  const administrator = await profile(site.users.administrator)

  const first = (await editor.pull()).articles.find((article) => article.postId === post.id)!
  const second = (await administrator.pull()).articles.find((article) => article.postId === post.id)!
  expect(first.fromSite && second.fromSite).toBeTruthy()
  expect(second.articleId).not.toBe(first.articleId)

  const { doc } = await makeArticle(editor, first)
  const late = await makeArticle(administrator, second)
  expect(late.answer.adopted).toBe(false)

  // The administrator's next pull brings the editor's article from the log, under its UUID.
  const next = (await administrator.pull()).articles.filter((article) => article.postId === post.id)
  expect(next.map((article) => [article.articleId, Boolean(article.fromSite)])).toEqual([[first.articleId, false]])
  const received = new Y.Doc()
  for (const update of next[0]!.updates) Y.applyUpdate(received, update)
  expect(Y.encodeStateVector(received)).toEqual(Y.encodeStateVector(doc))
})

it('only posts changed within the import window come in: a site’s archive stays on the site', async () => {
  const post = await madeInWpAdmin(`Archives ${Date.now()}`)
  // The same post seen 31 days later, untouched since: not the desk's current work.
  const later = await profile(site.users.editor, { now: () => Date.now() + 31 * 86_400_000 })
  expect((await later.pull()).articles.filter((article) => article.postId === post.id)).toEqual([])
  const now = await profile(site.users.editor)
  expect((await now.pull()).articles.filter((article) => article.postId === post.id)).toHaveLength(1)
})

it('a post scheduled for tomorrow does not hide the posts made after it from the next pull', async () => {
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 19)
  const scheduled = await madeInWpAdmin(`Programmé ${Date.now()}`, { status: 'future', date_gmt: tomorrow })
  const editor = await profile(site.users.editor)
  expect((await editor.pull()).articles.some((article) => article.postId === scheduled.id)).toBe(true)

  // Its modified_gmt is tomorrow: a pull that started from there would not list this one.
  const later = await madeInWpAdmin(`Après la programmation ${Date.now()}`)
  expect((await editor.pull()).articles.some((article) => article.postId === later.id)).toBe(true)
})

it('a post made with wp-admin is offered again, under the same article id, until the desk has stored it', async () => {
  const post = await madeInWpAdmin(`Grève à Lyon ${Date.now()}`)
  const editor = await profile(site.users.editor)
  const offered = (await editor.pull()).articles.find((article) => article.postId === post.id)!
  // The desk stopped before making it: the next pull, though the post has not changed since, offers it again.
  const again = (await editor.pull()).articles.find((article) => article.postId === post.id)!
  expect(again.articleId).toBe(offered.articleId)
  expect(again.fromSite).toEqual(offered.fromSite)
})

it('without the plugin, the post is linked by its id on this computer: pulled twice, one article; filing it is refused, saying the plugin is needed', async () => {
  const title = `Tempête en Bretagne ${Date.now()}`
  const post = await madeInWpAdmin(title, { status: 'draft' })
  const editor = await profile(site.users.editor, { siteUrl: noPlugin.url })

  const pulled = (await editor.pull()).articles.filter((article) => article.postId === post.id)
  expect(pulled).toHaveLength(1)
  expect(pulled[0]!.fromSite).toMatchObject({ headline: title, status: 'draft' })
  const { doc, answer } = await makeArticle(editor, pulled[0]!)
  expect(answer).toEqual({ adopted: true, cursor: 0 })
  expect(((await admin.get(`wp/v2/posts/${post.id}?context=edit`)).body as Post).meta.copydesk_uuid).toBe('')

  expect((await editor.pull()).articles.filter((article) => article.postId === post.id)).toEqual([])
  // Filing needs the plugin (no second post after a lost answer, no newer site edit overwritten):
  // refused before asking the site, saying so; the post is as it was.
  const articleId = pulled[0]!.articleId
  await editor.file(filingOf(doc, { id: articleId, headline: `${title} (mis à jour)`, paragraphs: ['Nouveau texte.'] }))
  await editor.idle()
  expect(await editor.state(articleId)).toMatchObject({ state: 'error', reason: { kind: 'plugin-missing' } })
  expect(await postsTitled(`${title} (mis à jour)`)).toEqual([])
  expect(((await admin.get(`wp/v2/posts/${post.id}?context=edit`)).body as Post).title.raw).toBe(title)
})
