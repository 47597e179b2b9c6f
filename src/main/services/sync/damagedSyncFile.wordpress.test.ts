import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import { DamagedFilesService } from '../DamagedFilesService'
import { CmsAccountService } from './CmsAccountService'
import { SyncService } from './SyncService'
import { articleDoc, filingOf } from './testing/articleFixtures'
import { asUser } from './testing/siteRequests'

const site = inject('wordpress')
const admin = asUser(site, 'administrator')

let dir: string
const services: SyncService[] = []
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-damaged-sync-'))
})
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.dispose()))
  await rm(dir, { recursive: true, force: true })
})

/** A restarted main: the same files, new services (the account file is sound, the sync file is not). */
function startSync(secrets: SecretStoreDouble, damagedFiles = new DamagedFilesService()) {
  const account = new CmsAccountService(join(dir, 'cms-account.json'), secrets)
  const sync = new SyncService({ file: join(dir, 'cms-sync.json'), account, damagedFiles })
  services.push(sync)
  return { sync, account, damagedFiles }
}

async function postsWithUuid(uuid: string): Promise<{ id: number; title: { raw: string } }[]> {
  const posts = (await admin.get('wp/v2/posts?status=draft,pending,publish,future,private&per_page=100&context=edit&orderby=id')).body as {
    id: number
    title: { raw: string }
    meta: { copydesk_uuid: string }
  }[]
  return posts.filter((post) => post.meta.copydesk_uuid === uuid)
}

describe('a sync file whose article → post link was lost', () => {
  it('files the article to the same post, never a second one (the plugin finds it by the article UUID)', async () => {
    const secrets = new SecretStoreDouble()
    const first = startSync(secrets)
    const { editor } = site.users
    expect((await first.account.connect({ siteUrl: site.url, username: editor.username, applicationPassword: editor.applicationPassword })).ok).toBe(true)
    const doc = articleDoc({ headline: 'Le budget voté de justesse' }, ['Le texte a été adopté par 289 voix.'])
    const filing = filingOf(doc, { headline: 'Le budget voté de justesse', paragraphs: ['Le texte a été adopté par 289 voix.'] })
    await first.sync.file(filing)
    await first.sync.idle()
    const filed = await first.sync.state(filing.article.id)
    expect(filed).toMatchObject({ state: 'synced' })
    await first.sync.dispose()

    // The link's post id damaged (a hand edit, a bad sector): that entry is unreadable and set aside.
    const file = join(dir, 'cms-sync.json')
    const stored = JSON.parse(await readFile(file, 'utf8')) as { posts: Record<string, { postId: unknown }> }
    stored.posts[filing.article.id]!.postId = 'lost'
    await writeFile(file, JSON.stringify(stored))

    const second = startSync(secrets)
    await second.sync.start()
    expect(await second.damagedFiles.list()).toMatchObject([{ file: 'cms-sync', damage: 'bad-entries', entriesSetAside: 1 }])
    expect(await second.sync.state(filing.article.id)).toMatchObject({ state: 'local' })

    const edited = filingOf(doc, { id: filing.article.id, headline: 'Le budget voté de justesse, le gouvernement soulagé', paragraphs: ['Le texte a été adopté par 289 voix.'] })
    await second.sync.file(edited)
    await second.sync.idle()
    expect(await second.sync.state(filing.article.id)).toMatchObject({ state: 'synced', postId: filed.postId })
    const posts = await postsWithUuid(filing.article.id)
    expect(posts.map((post) => post.id)).toEqual([filed.postId])
    expect(posts[0]!.title.raw).toBe('Le budget voté de justesse, le gouvernement soulagé')
  })
})
