import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bytesToBase64 } from '@shared/base64'
import { FileDialogsDouble } from '../../../../e2e/fixtures/fileDialogsDouble'
import type { KeyValueStore } from '../KeyValueStore'
import { BackupService, backupStateFolder } from './BackupService'
import { testArticle } from '@shared/exchange/formats/testArticle'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-backup-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** An in-memory store (electron-store in the app, conf in the e2e harness). */
function memoryStore(): KeyValueStore {
  const values = new Map<string, unknown>()
  return { get: (key) => values.get(key), set: (key, value) => void values.set(key, value) }
}

describe('BackupService', () => {
  it('is off until a folder is chosen; Cancel keeps the choice; it can be turned off', async () => {
    const dialogs = new FileDialogsDouble()
    const backup = new BackupService(memoryStore(), dialogs)
    expect(backup.status()).toEqual({ folder: null })
    expect(await backup.write({ article: testArticle(), yjsState: '' })).toBeNull()
    dialogs.queue(dir)
    expect(await backup.chooseFolder('Dossier')).toEqual({ folder: dir })
    dialogs.queue(null)
    expect(await backup.chooseFolder()).toEqual({ folder: dir })
    expect(backup.disable()).toEqual({ folder: null })
  })

  it('mirrors an article as Markdown and its Yjs state, one file per article whatever its headline becomes', async () => {
    const dialogs = new FileDialogsDouble()
    const backup = new BackupService(memoryStore(), dialogs)
    dialogs.queue(dir)
    await backup.chooseFolder()
    const state = bytesToBase64(new Uint8Array([1, 2, 3]))
    expect(await backup.write({ article: testArticle({ headline: '../../CON' }), yjsState: state })).toEqual({ fileName: 'CON_ (0b7f4b6e).md' })
    expect(await backup.write({ article: testArticle({ headline: 'Le bon titre' }), yjsState: state })).toEqual({ fileName: 'Le bon titre (0b7f4b6e).md' })
    expect((await readdir(dir)).sort()).toEqual([backupStateFolder, 'Le bon titre (0b7f4b6e).md'])
    expect(await readFile(join(dir, 'Le bon titre (0b7f4b6e).md'), 'utf8')).toMatch(/^---\ntitle: Le bon titre\n[\s\S]*L’Associated Press \*\*rapporte\*\*/)
    expect([...(await readFile(join(dir, backupStateFolder, '0b7f4b6e-7d7c-4a55-9b1f-3f2a1c9e8d10.yjs')))]).toEqual([1, 2, 3])
  })

  it('says so when the folder has gone', async () => {
    const dialogs = new FileDialogsDouble()
    const backup = new BackupService(memoryStore(), dialogs)
    dialogs.queue(join(dir, 'unplugged-drive'))
    await backup.chooseFolder()
    await expect(backup.write({ article: testArticle(), yjsState: '' })).rejects.toMatchObject({ code: 'io-failed' })
  })
})
