import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, inject, it } from 'vitest'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import { CmsAccountService } from './CmsAccountService'
import { SyncService } from './SyncService'
import { articleDoc, filingOf } from './testing/articleFixtures'
import { startFaultProxy, type FaultProxy } from './testing/faultProxy'
import { asUser } from './testing/siteRequests'

// Faults between the app and the site, through a loopback proxy: afterwards nothing is lost,
// nothing is duplicated, and the outbox is empty.
const site = inject('wordpress')
const admin = asUser(site, 'administrator')

let dir: string
let proxy: FaultProxy
let sync: SyncService | undefined
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-faults-'))
  proxy = await startFaultProxy(site.url)
})
afterEach(async () => {
  await sync?.dispose()
  proxy.release()
  await proxy.close()
  await rm(dir, { recursive: true, force: true })
})

async function postsWithUuid(uuid: string): Promise<unknown[]> {
  const posts = (await admin.get('wp/v2/posts?status=draft,pending,publish&per_page=100&context=edit')).body as { meta: { copydesk_uuid: string } }[]
  return posts.filter((post) => post.meta.copydesk_uuid === uuid)
}

it('refused connections, 500/503 with Retry-After, a dropped answer after commit and a stall: every article once on the site, the outbox drained', async () => {
  const user = site.users.author
  const account = new CmsAccountService(join(dir, 'cms-account.json'), new SecretStoreDouble(), { timeoutMs: 1500 })
  expect((await account.connect({ siteUrl: proxy.url, username: user.username, applicationPassword: user.applicationPassword })).ok).toBe(true)
  sync = new SyncService({ file: join(dir, 'cms-sync.json'), account })

  const articles = ['Refused', 'Error 500', 'Busy 503', 'Dropped answer', 'Stalled'].map((headline) =>
    filingOf(articleDoc({ headline }, [`${headline}: body`]), { headline, tags: ['Faults'], paragraphs: [`${headline}: body`] }),
  )
  const create = /^POST .*copydesk\/v1\/articles/
  const append = /^POST .*copydesk\/v1\/posts\/\d+\/yjs/
  proxy.rules.push(
    { match: create, fault: 'refuse', times: 1 },
    { match: create, fault: 'status', status: 500, times: 1 },
    { match: create, fault: 'status', status: 503, retryAfter: '1', times: 1 },
    { match: create, fault: 'drop-answer', times: 1 },
    { match: append, fault: 'stall', times: 1 },
  )
  for (const filing of articles) await sync.file(filing)
  // Every fault is met at least once, then the retries (backoff, Retry-After) get through.
  await expect
    .poll(async () => Promise.all(articles.map(async (filing) => (await sync!.state(filing.article.id)).state)), { timeout: 40_000, interval: 500 })
    .toEqual(Array(5).fill('synced'))
  expect(proxy.rules.every((rule) => rule.times === 0)).toBe(true)

  for (const filing of articles) expect(await postsWithUuid(filing.article.id)).toHaveLength(1)
  const onDisk = JSON.parse(await readFile(join(dir, 'cms-sync.json'), 'utf8')) as { outbox: unknown[] }
  expect(onDisk.outbox).toEqual([])
}, 60_000)
