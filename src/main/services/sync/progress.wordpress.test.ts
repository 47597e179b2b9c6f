import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, inject, it } from 'vitest'
import type { SyncProgress } from '@shared/cms/filing'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import { CmsAccountService } from './CmsAccountService'
import { SyncService } from './SyncService'
import { articleDoc, filingOf } from './testing/articleFixtures'

// A long sync tells how far it has gone (the renderer draws a progress bar from it).
const site = inject('wordpress')

let dir: string | undefined
let sync: SyncService | undefined
afterEach(async () => {
  await sync?.dispose()
  if (dir) await rm(dir, { recursive: true, force: true })
})

it('filing a batch reports each article done, of the batch, and its end; merging a pull counts each acknowledged article', async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-progress-'))
  const user = site.users.editor
  const account = new CmsAccountService(join(dir, 'cms-account.json'), new SecretStoreDouble())
  expect((await account.connect({ siteUrl: site.url, username: user.username, applicationPassword: user.applicationPassword })).ok).toBe(true)
  const events: SyncProgress[] = []
  sync = new SyncService({ file: join(dir, 'cms-sync.json'), account, onProgress: (progress) => events.push(progress) })

  // Queued while not yet sending (the outbox fills before the first drain looks at it).
  const filings = Array.from({ length: 6 }, (_, i) => {
    const doc = articleDoc({ headline: `Brève ${i + 1}` }, [`Texte ${i + 1}.`])
    return filingOf(doc, { headline: `Brève ${i + 1}`, paragraphs: [`Texte ${i + 1}.`] })
  })
  await Promise.all(filings.map((filing) => sync!.file(filing)))
  await sync.idle()
  const filed = events.filter((event) => event.operation === 'file')
  expect(filed.at(-1)).toEqual({ operation: 'file', done: 6, total: 6, ended: true })
  // Never backwards, never past the total, and every article counted once.
  for (const [index, event] of filed.entries()) {
    expect(event.done).toBeLessThanOrEqual(event.total)
    if (index > 0) expect(event.done).toBeGreaterThanOrEqual(filed[index - 1]!.done)
  }
  expect(new Set(filed.map((event) => event.done))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]))

  const pulled = (await sync.pull()).articles
  expect(pulled.length).toBeGreaterThan(0)
  expect(events.at(-1)).toEqual({ operation: 'pull', done: 0, total: pulled.length, ended: false })
  for (const article of pulled) await sync.acknowledge(article.articleId, article.cursor)
  expect(events.at(-1)).toEqual({ operation: 'pull', done: pulled.length, total: pulled.length, ended: true })
})
