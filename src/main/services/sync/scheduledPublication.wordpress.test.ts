import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import type { SiteUser } from '../../../../scripts/wordpress/site.mjs'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import { CmsAccountService } from './CmsAccountService'
import { SyncService } from './SyncService'
import { articleDoc, filingOf } from './testing/articleFixtures'
import { asUser } from './testing/siteRequests'

// WordPress publishes a scheduled (future) post by itself when its time comes: WP-cron, which the
// test site runs only when wp-cron.php is requested (DISABLE_WP_CRON, as with a server's crontab).
const site = inject('wordpress')
const admin = asUser(site, 'administrator')

type Post = { id: number; status: string; date_gmt: string; meta: { copydesk_workflow_status: string } }

let dir: string
const services: SyncService[] = []
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-scheduled-'))
})
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()))
  await rm(dir, { recursive: true, force: true })
})

async function desk(user: SiteUser, name: string): Promise<SyncService> {
  const folder = join(dir, name)
  await mkdir(folder, { recursive: true })
  const account = new CmsAccountService(join(folder, 'cms-account.json'), new SecretStoreDouble())
  expect((await account.connect({ siteUrl: site.url, username: user.username, applicationPassword: user.applicationPassword })).ok).toBe(true)
  const sync = new SyncService({ file: join(folder, 'cms-sync.json'), account })
  services.push(sync)
  return sync
}

/** An article scheduled on the desk for `scheduledAt`, as the renderer files it. */
function scheduledFiling(headline: string, scheduledAt: number) {
  const doc = articleDoc({ headline }, ['Texte.'])
  doc.getMap('fields').set('status', 'scheduled')
  doc.getMap('fields').set('scheduledAt', scheduledAt)
  return { ...filingOf(doc, { headline, paragraphs: ['Texte.'] }, 'scheduled'), scheduledAt }
}

const sitePost = async (postId: number) => (await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as Post
/** What a server's crontab does: request wp-cron.php, which runs the events that are due. */
const runWordPressCron = async () => expect((await fetch(`${site.url}/wp-cron.php`, { signal: AbortSignal.timeout(20_000) })).status).toBe(200)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

it('a post filed as scheduled and published by WordPress at its time comes back from the pull as published, on every desk', async () => {
  const editor = await desk(site.users.editor, 'editor')
  // As soon as WordPress schedules at all (less than a minute ahead it publishes at once), to the second.
  const scheduledAt = Math.ceil(Date.now() / 1000) * 1000 + 62_000
  const filing = scheduledFiling('Publié à l’heure dite', scheduledAt)
  const articleId = filing.article.id
  await editor.file(filing)
  await editor.idle()
  const { postId } = await editor.state(articleId)
  expect(await sitePost(postId!)).toMatchObject({ status: 'future', meta: { copydesk_workflow_status: 'scheduled' } })
  // Not yet its time: nothing to tell.
  expect((await editor.pull()).articles.find((article) => article.articleId === articleId)?.sitePublishedAt).toBeUndefined()

  await sleep(scheduledAt - Date.now() + 1200)
  await runWordPressCron()
  const published = await sitePost(postId!)
  expect(published.status).toBe('publish') // WordPress did it, not Copydesk
  expect(Date.parse(`${published.date_gmt}Z`)).toBe(scheduledAt)

  const pulled = (await editor.pull()).articles.find((article) => article.articleId === articleId)
  expect(pulled?.sitePublishedAt).toBe(scheduledAt)
  // Recorded on the site for every desk (WordPress left the plugin's status as it was).
  expect((await sitePost(postId!)).meta.copydesk_workflow_status).toBe('published')
  await editor.acknowledge(articleId, pulled!.cursor)
  expect((await editor.pull()).articles.find((article) => article.articleId === articleId)).toBeUndefined()

  // Another desk that never saw it scheduled on the site: its log says scheduled, the site says live.
  const other = await desk(site.users.administrator, 'other')
  const theirs = (await other.pull()).articles.find((article) => article.articleId === articleId)
  expect(theirs?.sitePublishedAt).toBe(scheduledAt)
  const doc = new Y.Doc()
  for (const update of theirs!.updates) Y.applyUpdate(doc, update)
  expect(doc.getMap('fields').get('status')).toBe('scheduled')
}, 120_000)

it('filed late (it waited offline past its time), it goes out at once and the pull says so', async () => {
  const editor = await desk(site.users.editor, 'editor')
  const scheduledAt = Math.floor(Date.now() / 1000) * 1000 - 60_000
  const filing = scheduledFiling('Envoyé en retard', scheduledAt)
  await editor.file(filing)
  await editor.idle()
  const { postId } = await editor.state(filing.article.id)
  // WordPress publishes a post dated in the past at once; the plugin was told "scheduled".
  expect(await sitePost(postId!)).toMatchObject({ status: 'publish', meta: { copydesk_workflow_status: 'scheduled' } })

  const pulled = (await editor.pull()).articles.find((article) => article.articleId === filing.article.id)
  expect(pulled?.sitePublishedAt).toBe(scheduledAt)
  expect((await sitePost(postId!)).meta.copydesk_workflow_status).toBe('published')
})
