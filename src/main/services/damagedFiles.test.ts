import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Conf from 'conf'
import * as Y from 'yjs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DamagedFileKind } from '@shared/startup/damagedFiles'
import { SecretStoreDouble } from '../../../e2e/fixtures/secretStoreDouble'
import { createMainServices } from './createMainServices'
import { DamagedFilesService } from './DamagedFilesService'
import { PhotoLibrary } from './photos/PhotoLibrary'
import { makeJpeg } from './photos/testImages'
import { SettingsService } from './SettingsService'
import { openSettingsStore } from './settingsStore'
import { CmsAccountService } from './sync/CmsAccountService'
import { SyncService } from './sync/SyncService'
import { accountFileText } from './sync/testing/accountFile'
import { filingOf } from './sync/testing/articleFixtures'

/**
 * The fault suite for main's files: each file main reads at start, damaged in each way a crash, a
 * full disk or a hand edit leaves it, then the services start: they start, the report names the
 * file, the damaged file is kept aside untouched, and what was still valid is kept.
 */

let directory: string
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-damaged-'))
})
afterEach(async () => {
  await rm(directory, { recursive: true, force: true })
})

const noDialogs = {
  openFiles: () => Promise.reject(new Error('no dialog in this test')),
  openFolder: () => Promise.reject(new Error('no dialog in this test')),
  saveFile: () => Promise.reject(new Error('no dialog in this test')),
}
const openConf = () => new Conf<Record<string, unknown>>({ cwd: directory, configName: 'settings', projectName: 'copydesk-test' })

/** How a file is found after a crash, a power cut or a hand edit, from a sound copy of it. */
const damages = {
  empty: () => '',
  // Cut short mid-write (a non-atomic writer, or a disk that filled up).
  truncated: (sound: string) => sound.slice(0, Math.floor(sound.length / 2)),
  // ext4 with delayed allocation after a power cut: the size was written, the data never was.
  'NUL bytes': (sound: string) => Buffer.alloc(Buffer.byteLength(sound), 0),
  'not JSON': () => 'settings = { language: fr }',
} satisfies Record<string, (sound: string) => string | Buffer>

async function asideFiles(name: string): Promise<string[]> {
  return (await readdir(directory)).filter((entry) => entry.startsWith(`${name}.damaged-`)).map((entry) => join(directory, entry))
}

/** The one report for `file`, its kept-aside copy holding exactly the damaged bytes. */
async function expectKeptAside(reports: DamagedFilesService, file: DamagedFileKind, damaged: string | Buffer, name: string) {
  const found = await reports.list()
  expect(found).toHaveLength(1)
  expect(found[0]).toMatchObject({ file })
  expect(found[0]!.keptAs).toMatch(new RegExp(`${name.replace('.', '\\.')}\\.damaged-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ$`))
  expect(await asideFiles(name)).toEqual([found[0]!.keptAs])
  expect(await readFile(found[0]!.keptAs)).toEqual(Buffer.from(damaged))
  return found[0]!
}

describe('settings.json', () => {
  // What Copydesk writes (conf's own format: tabs), with the window's place and a backup folder.
  const sound = JSON.stringify(
    {
      settings: { language: 'fr', profile: { displayName: 'Anne Dupré', role: 'editor', defaultSection: 'Monde' }, writingAids: { checks: true, newsroomDictionary: ['Sciences Po'], houseStyle: null } },
      windowState: { x: 40, y: 30, width: 1280, height: 840, isMaximized: false },
      backup: { folder: '/home/anne/Copydesk backup' },
    },
    undefined,
    '\t',
  )

  for (const [damage, make] of Object.entries(damages)) {
    it(`${damage}: the store opens with the defaults, the file is kept aside and reported`, async () => {
      const damaged = make(sound)
      await writeFile(join(directory, 'settings.json'), damaged)
      const reports = new DamagedFilesService()
      const store = openSettingsStore(directory, openConf, reports)
      expect(new SettingsService(store).get().language).toBe('system')
      expect(await expectKeptAside(reports, 'settings', damaged, 'settings.json')).toMatchObject({ damage: 'unreadable' })
      // The store writes again, and the next start finds nothing to report.
      new SettingsService(store).update({ language: 'en' })
      const next = new DamagedFilesService()
      expect(new SettingsService(openSettingsStore(directory, openConf, next)).get().language).toBe('en')
      expect(await next.list()).toEqual([])
    })
  }

  it('valid JSON of the wrong shape (a list): set aside whole', async () => {
    await writeFile(join(directory, 'settings.json'), '["fr"]')
    const reports = new DamagedFilesService()
    const store = openSettingsStore(directory, openConf, reports)
    expect(new SettingsService(store).get().profile.displayName).toBe('')
    expect(await expectKeptAside(reports, 'settings', '["fr"]', 'settings.json')).toMatchObject({ damage: 'wrong-shape' })
  })

  it('one bad value each in settings, window state and backup: a copy is kept, the rest of the settings stay', async () => {
    const stored = JSON.parse(sound) as { settings: { profile: Record<string, unknown> }; windowState: unknown; backup: unknown }
    stored.settings.profile.role = 'chief'
    stored.windowState = { x: 'left' }
    stored.backup = { folder: 7 }
    const damaged = JSON.stringify(stored)
    await writeFile(join(directory, 'settings.json'), damaged)
    const reports = new DamagedFilesService()
    const store = openSettingsStore(directory, openConf, reports)
    expect(new SettingsService(store).get()).toMatchObject({
      language: 'fr',
      profile: { displayName: 'Anne Dupré', role: 'reporter', defaultSection: 'Monde' },
      writingAids: { newsroomDictionary: ['Sciences Po'] },
    })
    expect(store.get('windowState')).toBeNull()
    expect(store.get('backup')).toBeNull()
    expect(await expectKeptAside(reports, 'settings', damaged, 'settings.json')).toMatchObject({ damage: 'bad-entries', entriesSetAside: 3 })
    const next = new DamagedFilesService()
    openSettingsStore(directory, openConf, next)
    expect(await next.list()).toEqual([])
  })

  it('an older file, without the fields added since, is not damage', async () => {
    const old = JSON.stringify({ settings: { language: 'en', profile: { displayName: 'Ana', role: 'reporter', defaultSection: '' } } })
    await writeFile(join(directory, 'settings.json'), old)
    const reports = new DamagedFilesService()
    expect(new SettingsService(openSettingsStore(directory, openConf, reports)).get().profile.displayName).toBe('Ana')
    expect(await reports.list()).toEqual([])
  })
})

describe('cms-account.json', () => {
  // What CmsAccountService.connect writes (the password sealed by the keychain).
  const sound = accountFileText(new SecretStoreDouble())
  const cases = { ...damages, 'wrong shape': () => JSON.stringify({ version: 1, apiRoot: 'https://site.example/wp-json/' }) }

  it('sound, it connects (the fixture is what connect writes)', async () => {
    await writeFile(join(directory, 'cms-account.json'), sound)
    const reports = new DamagedFilesService()
    const cms = new CmsAccountService(join(directory, 'cms-account.json'), new SecretStoreDouble(), { damagedFiles: reports })
    expect(await cms.status()).toMatchObject({ state: 'connected', account: { username: 'anne' } })
    expect(await reports.list()).toEqual([])
  })

  for (const [damage, make] of Object.entries(cases)) {
    it(`${damage}: disconnected, the file kept aside and reported`, async () => {
      const damaged = make(sound)
      await writeFile(join(directory, 'cms-account.json'), damaged)
      const reports = new DamagedFilesService()
      const cms = new CmsAccountService(join(directory, 'cms-account.json'), new SecretStoreDouble(), { damagedFiles: reports })
      expect(await cms.status()).toEqual({ state: 'disconnected' })
      await expectKeptAside(reports, 'cms-account', damaged, 'cms-account.json')
    })
  }
})

describe('cms-sync.json', () => {
  const linked = randomUUID()
  const trimmed = randomUUID()
  const lost = randomUUID()
  const doc = new Y.Doc()
  doc.getText('t').insert(0, 'x')
  /** Two filings waiting (no account connected: they wait in the outbox, as SyncService writes it) and three links. */
  async function soundFile(): Promise<string> {
    const file = join(directory, 'cms-sync.json')
    const sync = new SyncService({ file, account: new CmsAccountService(join(directory, 'cms-account.json'), new SecretStoreDouble()) })
    await sync.file(filingOf(doc, { headline: 'Le budget voté', paragraphs: ['Texte.'] }))
    await sync.file(filingOf(doc, { headline: 'Grève à la SNCF', paragraphs: ['Texte.'] }))
    await sync.dispose()
    const stored = JSON.parse(await readFile(file, 'utf8')) as Record<string, Record<string, unknown>>
    // Links as a real filing leaves them (SyncService's postLinkSchema).
    const link = (postId: number) => ({ siteUrl: 'https://site.example', postId, link: `https://site.example/?p=${postId}`, syncedAt: 1765160000000, readCursor: 3 })
    stored.posts = { [linked]: link(12), [trimmed]: link(13), [lost]: link(14) }
    return JSON.stringify(stored)
  }
  const open = (reports: DamagedFilesService) =>
    new SyncService({ file: join(directory, 'cms-sync.json'), account: new CmsAccountService(join(directory, 'cms-account.json'), new SecretStoreDouble()), damagedFiles: reports })

  for (const [damage, make] of Object.entries({ ...damages, 'wrong shape': () => JSON.stringify({ version: 2, outbox: [] }) })) {
    it(`${damage}: an empty outbox, the file kept aside and reported`, async () => {
      const damaged = make(await soundFile())
      await writeFile(join(directory, 'cms-sync.json'), damaged)
      const reports = new DamagedFilesService()
      const sync = open(reports)
      await sync.start()
      expect(await sync.state(linked)).toMatchObject({ state: 'local' })
      await expectKeptAside(reports, 'cms-sync', damaged, 'cms-sync.json')
      await sync.dispose()
    })
  }

  it('one bad outbox entry and two bad links: the rest kept, a copy aside, the file rewritten without them', async () => {
    const stored = JSON.parse(await soundFile()) as { outbox: { filing: { article: { id: string } }; attempts: unknown }[]; posts: Record<string, Record<string, unknown>> }
    const [kept, bad] = stored.outbox
    bad!.attempts = 'many'
    stored.posts[trimmed]!.readCursor = 'third' // an optional field unreadable: the link stays, without it
    stored.posts[lost]!.postId = null // the post id itself unreadable: the link goes
    const damaged = JSON.stringify(stored)
    await writeFile(join(directory, 'cms-sync.json'), damaged)
    const reports = new DamagedFilesService()
    const sync = open(reports)
    await sync.start()
    expect(await sync.state(kept!.filing.article.id)).toMatchObject({ state: 'waiting' })
    expect(await sync.state(bad!.filing.article.id)).toMatchObject({ state: 'local' })
    expect(await sync.state(linked)).toMatchObject({ state: 'synced', postId: 12 })
    expect(await sync.state(trimmed)).toMatchObject({ state: 'synced', postId: 13 })
    expect(await sync.state(lost)).toMatchObject({ state: 'local' })
    expect(await expectKeptAside(reports, 'cms-sync', damaged, 'cms-sync.json')).toMatchObject({ damage: 'bad-entries', entriesSetAside: 3 })
    await sync.dispose()
    const next = new DamagedFilesService()
    const again = open(next)
    await again.start()
    expect(await next.list()).toEqual([])
    expect(await again.state(trimmed)).toMatchObject({ state: 'synced', postId: 13 })
    await again.dispose()
  })
})

describe('the photo catalogue (media/catalogue.json)', () => {
  const mediaDir = () => join(directory, 'media')
  async function importTwo(): Promise<string[]> {
    const files = [join(directory, 'a.jpg'), join(directory, 'b.jpg')]
    await writeFile(files[0]!, await makeJpeg(64, 48, { seed: 1 }))
    await writeFile(files[1]!, await makeJpeg(64, 48, { seed: 2 }))
    const library = new PhotoLibrary({ mediaDir: mediaDir(), mediaBaseUrl: 'copydesk-media://library/', dialogs: noDialogs })
    const result = await library.importPaths(files)
    await library.dispose()
    return result.added.map((photo) => photo.id)
  }
  const catalogue = () => join(mediaDir(), 'catalogue.json')
  const asideInMedia = async () => (await readdir(mediaDir())).filter((entry) => entry.startsWith('catalogue.json.damaged-'))

  it('truncated, NUL bytes, wrong shape: the library starts empty, the file kept aside and reported', async () => {
    await importTwo()
    const sound = await readFile(catalogue(), 'utf8')
    for (const damaged of [damages.truncated(sound), damages['NUL bytes'](sound), JSON.stringify({ version: 1, photos: 'none' })]) {
      await writeFile(catalogue(), damaged)
      const reports = new DamagedFilesService()
      const library = new PhotoLibrary({ mediaDir: mediaDir(), mediaBaseUrl: 'copydesk-media://library/', dialogs: noDialogs, damagedFiles: reports })
      expect(await library.list()).toEqual([])
      const [report] = await reports.list()
      expect(report).toMatchObject({ file: 'photo-catalogue' })
      expect(await readFile(report!.keptAs)).toEqual(Buffer.from(damaged))
      expect(existsSync(catalogue())).toBe(false)
      await library.dispose()
    }
    expect(await asideInMedia()).toHaveLength(3)
  })

  it('one bad record: the other photos kept, a copy aside', async () => {
    const [first, second] = await importTwo()
    const stored = JSON.parse(await readFile(catalogue(), 'utf8')) as { photos: { id: string; width: unknown }[] }
    stored.photos.find((photo) => photo.id === second)!.width = -1
    await writeFile(catalogue(), JSON.stringify(stored))
    const reports = new DamagedFilesService()
    const library = new PhotoLibrary({ mediaDir: mediaDir(), mediaBaseUrl: 'copydesk-media://library/', dialogs: noDialogs, damagedFiles: reports })
    expect((await library.list()).map((photo) => photo.id)).toEqual([first])
    expect(await reports.list()).toMatchObject([{ file: 'photo-catalogue', damage: 'bad-entries', entriesSetAside: 1 }])
    await library.dispose()
    const next = new DamagedFilesService()
    const again = new PhotoLibrary({ mediaDir: mediaDir(), mediaBaseUrl: 'copydesk-media://library/', dialogs: noDialogs, damagedFiles: next })
    expect((await again.list()).map((photo) => photo.id)).toEqual([first])
    expect(await next.list()).toEqual([])
    await again.dispose()
  })
})

describe('createMainServices with every file damaged at once', () => {
  it('starts, and startup:damagedFiles names each file and where it was kept', async () => {
    await writeFile(join(directory, 'settings.json'), Buffer.alloc(300, 0))
    await writeFile(join(directory, 'cms-account.json'), '{"version":1,')
    await writeFile(join(directory, 'cms-sync.json'), '')
    await mkdir(join(directory, 'media'))
    await writeFile(join(directory, 'media', 'catalogue.json'), '[]')
    const damagedFiles = new DamagedFilesService()
    const store = openSettingsStore(directory, openConf, damagedFiles)
    const services = createMainServices({
      userDataDir: directory,
      store,
      damagedFiles,
      appInfo: () => ({ version: '0.1.0', systemLocale: 'fr-FR', platform: 'linux' }),
      openExternal: async () => undefined,
      dialogs: noDialogs,
      secrets: new SecretStoreDouble(),
    })
    const reports = await services.damagedFiles.list()
    expect(reports.map((report) => report.file).sort()).toEqual(['cms-account', 'cms-sync', 'photo-catalogue', 'settings'])
    for (const report of reports) expect(existsSync(report.keptAs)).toBe(true)
    expect(services.settings.get().language).toBe('system')
    expect(await services.cms.status()).toEqual({ state: 'disconnected' })
    expect(await services.photos.list()).toEqual([])
    await services.dispose()
  })
})
