import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SecretStoreDouble } from '../../../e2e/fixtures/secretStoreDouble'
import { atomicWrite, removeOrphanTemporaries } from './atomicWrite'
import { createMainServices } from './createMainServices'

let directory: string
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-atomic-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

describe('atomicWrite', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const path = join(directory, 'cms-sync.json')
    await atomicWrite(path, '{"version":1}')
    await atomicWrite(path, new Uint8Array([0x7b, 0x7d]))
    expect(await readFile(path, 'utf8')).toBe('{}')
    expect(await readdir(directory)).toEqual(['cms-sync.json'])
  })
})

describe('orphan temporary files from interrupted writes', () => {
  it('are removed by name: atomicWrite’s and conf’s (atomically’s), nothing else', async () => {
    // Names as the two writers make them: `<file>.<12 hex>.tmp` here, `<file>.tmp-<10 digits><6 hex>` in atomically.
    const orphans = ['catalogue.json.1f2e3d4c5b6a.tmp', 'settings.json.tmp-1765160000a1b2c3']
    const kept = ['catalogue.json', 'notes.tmp', 'photo.tmp.jpg', 'settings.json']
    for (const name of [...orphans, ...kept]) await writeFile(join(directory, name), 'x')
    expect(removeOrphanTemporaries([directory, join(directory, 'not-made-yet')]).sort()).toEqual(orphans.map((name) => join(directory, name)).sort())
    expect((await readdir(directory)).sort()).toEqual(kept.sort())
  })

  it('are cleaned at start in userData, recovery copies and the photo library folders', async () => {
    const leftovers = [
      'cms-sync.json.0123456789ab.tmp',
      'recovery/0b6f2a3e-4c1d-4e8a-9f3b-2d7c5e1a8b90.json.a1b2c3d4e5f6.tmp',
      'media/catalogue.json.ffeeddccbbaa.tmp',
      // An original cut short by a crash mid-import: half a JPEG under a temporary name.
      `media/originals/${'ab'.repeat(32)}.jpg.00112233aabb.tmp`,
      `media/thumbs/${'ab'.repeat(32)}.jpg.445566778899.tmp`,
    ]
    for (const folder of ['recovery', 'media/originals', 'media/thumbs']) await mkdir(join(directory, folder), { recursive: true })
    for (const name of leftovers) await writeFile(join(directory, name), Buffer.from([0xff, 0xd8, 0xff]))
    const services = createMainServices({
      userDataDir: directory,
      store: new Conf({ cwd: directory, projectName: 'copydesk-test' }),
      appInfo: () => ({ version: '0.1.0', systemLocale: 'fr-FR', platform: 'linux' }),
      openExternal: async () => undefined,
      dialogs: { openFiles: async () => [], openFolder: async () => null, saveFile: async () => null },
      secrets: new SecretStoreDouble(),
    })
    for (const folder of ['', 'recovery', 'media', 'media/originals', 'media/thumbs']) {
      expect((await readdir(join(directory, folder))).filter((name) => name.endsWith('.tmp'))).toEqual([])
    }
    expect(await services.photos.list()).toEqual([])
    await services.dispose()
  })
})
