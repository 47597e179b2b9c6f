import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RecoveryCopy } from '@shared/ipc/contract'
import { RecoveryService } from './RecoveryService'

let directory: string

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-recovery-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(directory, { recursive: true, force: true })
})

const copy = (overrides: Partial<RecoveryCopy> = {}): RecoveryCopy => ({
  articleId: '0b6f2a3e-4c1d-4e8a-9f3b-2d7c5e1a8b90',
  headline: 'Les armes israéliennes « déçoivent » à Gaza',
  text: 'Des réfugiés l’ont dit : « Pour nous, c’est la fin. »\u202fŒuvre, naïve, Ça.',
  yjsState: 'AQLk9/4BAAQBBWJvZHk=',
  reason: 'IndexedDB quota exceeded',
  ...overrides,
})

describe('RecoveryService', () => {
  it('writes the copy as JSON and as plain text, accents intact, with no temporary file left', async () => {
    const recovery = new RecoveryService(join(directory, 'recovery'))
    const { path } = await recovery.write(copy())

    expect(path).toBe(join(directory, 'recovery', `${copy().articleId}.json`))
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ ...copy(), savedAt: expect.any(String) })
    const text = await readFile(join(directory, 'recovery', `${copy().articleId}.txt`), 'utf8')
    expect(text).toBe(`${copy().headline}\n\n${copy().text}\n`)
    expect((await readdir(join(directory, 'recovery'))).sort()).toEqual([
      `${copy().articleId}.json`,
      `${copy().articleId}.txt`,
    ])
  })

  it('keeps one copy per article, the latest', async () => {
    const recovery = new RecoveryService(directory)
    await recovery.write(copy({ headline: 'Première version' }))
    await recovery.write(copy({ headline: 'Seconde version' }))
    const entries = await recovery.list()
    expect(entries.map((entry) => entry.headline)).toEqual(['Seconde version'])
  })

  it('lists copies newest first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const recovery = new RecoveryService(directory)
    const ids = ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222', '33333333-3333-4333-8333-333333333333']
    const times = ['2024-03-01T10:00:00.000Z', '2024-03-01T12:00:00.000Z', '2024-03-01T11:00:00.000Z']
    for (const [index, articleId] of ids.entries()) {
      vi.setSystemTime(new Date(times[index]!))
      await recovery.write(copy({ articleId, headline: `Article ${index + 1}` }))
    }
    expect(await recovery.list()).toEqual([
      { fileName: `${ids[1]}.json`, articleId: ids[1], headline: 'Article 2', savedAt: times[1] },
      { fileName: `${ids[2]}.json`, articleId: ids[2], headline: 'Article 3', savedAt: times[2] },
      { fileName: `${ids[0]}.json`, articleId: ids[0], headline: 'Article 1', savedAt: times[0] },
    ])
  })

  it('skips files it cannot read as a copy, and leaves them on disk', async () => {
    const recovery = new RecoveryService(directory)
    await recovery.write(copy())
    await writeFile(join(directory, 'half-written.json'), '{"articleId": "0b6f', 'utf8')
    await writeFile(join(directory, 'empty.json'), '{}', 'utf8')
    await writeFile(join(directory, 'null.json'), 'null', 'utf8')
    await writeFile(join(directory, 'notes.txt'), 'not a copy', 'utf8')

    expect((await recovery.list()).map((entry) => entry.fileName)).toEqual([`${copy().articleId}.json`])
    expect(await readdir(directory)).toContain('half-written.json')
  })

  it('lists nothing when no copy was ever written', async () => {
    expect(await new RecoveryService(join(directory, 'never-created')).list()).toEqual([])
  })
})
