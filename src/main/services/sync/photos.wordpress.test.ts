import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { ExifTool } from 'exiftool-vendored'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import type { SyncProgress } from '@shared/cms/filing'
import type { ExportPhoto } from '@shared/exchange/exportModel'
import { SecretStoreDouble } from '../../../../e2e/fixtures/secretStoreDouble'
import type { FileDialogs } from '../FileDialogs'
import { appMediaBaseUrl } from '../photos/mediaUrl'
import { PhotoLibrary } from '../photos/PhotoLibrary'
import { writeJpegWithTags } from '../photos/testImages'
import { CmsAccountService } from './CmsAccountService'
import { SyncService } from './SyncService'
import { articleDoc, filingOf } from './testing/articleFixtures'
import { startFaultProxy, type FaultProxy } from './testing/faultProxy'
import { asUser } from './testing/siteRequests'

// The example article's lead photo: accents in IIM must reach WordPress's image_meta intact.
const caption = 'Yoav Gallant marche avec le ministre de la Défense azéri, Zakir Hasanov, à Bakou, le 13 juillet 2023'
const creator = 'Ariel Hermoni'
const credit = 'Ministère israélien de la Défense'
const altText = 'Deux hommes en costume marchent côte à côte devant une garde d’honneur'

const site = inject('wordpress')
const admin = asUser(site, 'administrator')

type Media = {
  id: number
  source_url: string
  alt_text: string
  caption: { raw: string }
  media_details: { image_meta: { credit: string; caption: string; copyright: string } }
  meta: Record<string, string>
}

let exiftool: ExifTool
let dir: string
let library: PhotoLibrary
let proxy: FaultProxy | undefined
let sync: SyncService | undefined
let progress: SyncProgress[] = []

// Test double for the system dialogs (the library's import does not open any here).
const dialogs: FileDialogs = {
  openFiles: () => Promise.reject(new Error('no dialog in this test')),
  openFolder: () => Promise.reject(new Error('no dialog in this test')),
  saveFile: () => Promise.reject(new Error('no dialog in this test')),
}

beforeAll(() => {
  exiftool = new ExifTool({ maxProcs: 1 })
})
afterAll(async () => {
  await exiftool.end()
})
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-sync-photos-'))
  progress = []
  library = new PhotoLibrary({ mediaDir: join(dir, 'media'), mediaBaseUrl: appMediaBaseUrl, dialogs })
})
afterEach(async () => {
  await sync?.dispose()
  sync = undefined
  proxy?.release()
  await proxy?.close()
  proxy = undefined
  await library.dispose()
  await rm(dir, { recursive: true, force: true })
})

/** A real agency JPEG with IIM in UTF-8, imported into the library; `seed` makes distinct pixels (a distinct photo id). */
async function importLeadPhoto(seed: number, size?: { width: number; height: number }): Promise<string> {
  const incoming = join(dir, 'incoming')
  await mkdir(incoming, { recursive: true })
  const file = join(incoming, `Gallant Bakou ${seed}.jpg`)
  await writeJpegWithTags(
    exiftool,
    file,
    {
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': caption,
      'IPTC:By-line': creator,
      'IPTC:Credit': credit,
      'IPTC:CopyrightNotice': '© Ministère israélien de la Défense',
      'XMP-xmpRights:UsageTerms': 'Usage éditorial uniquement',
      'XMP-iptcCore:AltTextAccessibility': altText,
    },
    { seed, ...size },
  )
  const result = await library.importFiles([file])
  expect(result.failed).toEqual([])
  return (result.added[0] ?? result.duplicates[0])!.id
}

async function connect(siteUrl: string, timeoutMs = 10_000) {
  const user = site.users.editor
  const account = new CmsAccountService(join(dir, 'cms-account.json'), new SecretStoreDouble(), { timeoutMs })
  expect((await account.connect({ siteUrl, username: user.username, applicationPassword: user.applicationPassword })).ok).toBe(true)
  sync = new SyncService({
    file: join(dir, 'cms-sync.json'),
    account,
    photos: library,
    maxOfflineBackoffMs: 2000,
    maxBackoffMs: 2000,
    onProgress: (event) => progress.push(event),
  })
  return sync
}

function filingWithPhoto(headline: string, photo: ExportPhoto, status: 'draft' | 'published' = 'draft') {
  const filing = filingOf(articleDoc({ headline }, ['Le ministre israélien de la Défense était à Bakou.']), {
    headline,
    paragraphs: ['Le ministre israélien de la Défense était à Bakou.'],
  }, status)
  filing.article.leadPhoto = photo
  return filing
}

const words = (photoId: string): ExportPhoto => ({ photoId, caption, creator, credit, copyright: '© Ministère israélien de la Défense', altText })

async function mediaOfPhoto(photoId: string): Promise<Media[]> {
  const { body } = await admin.get(`wp/v2/media?context=edit&per_page=100&copydesk_photo_id=${photoId}`)
  return body as Media[]
}

it('files the lead photo as the featured image, with caption, alt text, credit meta and the IIM WordPress reads, accents intact; once', async () => {
  const photoId = await importLeadPhoto(1)
  const service = await connect(site.url)
  const filing = filingWithPhoto('Gallant à Bakou', words(photoId))
  await service.file(filing)
  await service.idle()
  const state = await service.state(filing.article.id)
  expect(state.state, JSON.stringify(state.reason)).toBe('synced')

  const post = (await admin.get(`wp/v2/posts/${state.postId}?context=edit`)).body as { featured_media: number }
  expect(post.featured_media).toBeGreaterThan(0)
  const media = (await admin.get(`wp/v2/media/${post.featured_media}?context=edit`)).body as Media
  expect(media.caption.raw).toBe(caption)
  expect(media.alt_text).toBe(altText)
  expect(media.media_details.image_meta.credit).toBe(credit)
  expect(media.media_details.image_meta.caption).toBe(caption)
  expect(media.meta).toMatchObject({
    copydesk_photo_id: photoId,
    copydesk_credit: credit,
    copydesk_creator: creator,
    copydesk_rights: '© Ministère israélien de la Défense',
    copydesk_usage_terms: 'Usage éditorial uniquement',
  })
  // The uploaded file is the library's metadata-carrying export, served by the site.
  const served = await fetch(media.source_url)
  expect(served.headers.get('content-type')).toBe('image/jpeg')

  // Filed again with a new caption (this article's override): the same attachment, its caption updated.
  const again = filingWithPhoto('Gallant à Bakou', { ...words(photoId), caption: 'Légende de l’article' })
  again.article.id = filing.article.id
  await service.file(again)
  await service.idle()
  const attachments = await mediaOfPhoto(photoId)
  expect(attachments).toHaveLength(1)
  expect(attachments[0]!.caption.raw).toBe('Légende de l’article')
})

it('refuses to publish a lead photo without credit or alt text, saying what is missing; nothing is uploaded', async () => {
  const photoId = await importLeadPhoto(2)
  const service = await connect(site.url)
  const filing = filingWithPhoto('Sans crédit', { ...words(photoId), credit: '', altText: ' ' }, 'published')
  await service.file(filing)
  await service.idle()
  const state = await service.state(filing.article.id)
  expect(state.state).toBe('error')
  expect(state.reason?.kind).toBe('photo-words')
  expect(state.reason?.message).toMatch(/no credit, alt text/)
  expect(await mediaOfPhoto(photoId)).toHaveLength(0)
})

it('the site stopping in the middle of a photo upload, then losing the answer of the next one: after recovery exactly one attachment, the post filed, the outbox drained', async () => {
  // A large photo (several MB of noise), so the upload really is in the middle when it is cut.
  const photoId = await importLeadPhoto(3, { width: 3000, height: 2000 })
  proxy = await startFaultProxy(site.url)
  const upload = /^POST .*copydesk\/v1\/photos\//
  proxy.rules.push({ match: upload, fault: 'cut-midway', times: 1 }, { match: upload, fault: 'drop-answer', times: 1 })
  const service = await connect(proxy.url, 30_000)
  const filing = filingWithPhoto('Coupure pendant l’envoi', words(photoId))
  await service.file(filing)
  await expect.poll(async () => (await service.state(filing.article.id)).state, { timeout: 40_000, interval: 500 }).toBe('synced')
  expect(proxy.rules.every((rule) => rule.times === 0)).toBe(true)

  const attachments = await mediaOfPhoto(photoId)
  expect(attachments).toHaveLength(1)
  expect(attachments[0]!.alt_text).toBe(altText)
  const state = await service.state(filing.article.id)
  const post = (await admin.get(`wp/v2/posts/${state.postId}?context=edit`)).body as { featured_media: number }
  expect(post.featured_media).toBe(attachments[0]!.id)
  const onDisk = JSON.parse(await readFile(join(dir, 'cms-sync.json'), 'utf8')) as { outbox: unknown[] }
  expect(onDisk.outbox).toEqual([])
}, 60_000)

it('puts the body’s photos in the post: <img> pointing at the site’s copy, caption and credit in <figcaption>; a photo used twice uploads once', async () => {
  const leadId = await importLeadPhoto(4)
  const otherId = await importLeadPhoto(5)
  const service = await connect(site.url)
  const filing = filingWithPhoto('Deux photos', words(leadId))
  const figure = (photoId: string, caption: string) => ({ type: 'figure' as const, photoId, caption, credit: `${creator}/${credit}`, altText })
  filing.article.body = [...filing.article.body, figure(otherId, 'Zakir Hasanov à Bakou'), figure(leadId, 'La garde d’honneur <azérie>')]
  await service.file(filing)
  await service.idle()
  const state = await service.state(filing.article.id)
  expect(state.state, JSON.stringify(state.reason)).toBe('synced')

  const post = (await admin.get(`wp/v2/posts/${state.postId}?context=edit`)).body as { content: { raw: string }; featured_media: number }
  const [other] = await mediaOfPhoto(otherId)
  const leads = await mediaOfPhoto(leadId)
  expect(leads).toHaveLength(1)
  expect(post.featured_media).toBe(leads[0]!.id)
  expect(post.content.raw).toContain(
    `<figure class="photo"><img src="${other!.source_url}" alt="${altText}"><figcaption><span class="caption">Zakir Hasanov à Bakou</span> <span class="credit">Ariel Hermoni/Ministère israélien de la Défense</span></figcaption></figure>`,
  )
  expect(post.content.raw).toContain(`<img src="${leads[0]!.source_url}"`)
  expect(post.content.raw).toContain('La garde d’honneur &lt;azérie&gt;')
  // Each distinct photo counted as it goes up (the progress bar's events).
  expect(progress.filter((event) => event.operation === 'photos')).toEqual([
    { operation: 'photos', done: 1, total: 2, ended: false },
    { operation: 'photos', done: 2, total: 2, ended: true },
  ])
})

it('a wp-admin post’s featured image comes in as the article’s lead photo (library photo, attachment’s words); filed back, the same attachment', async () => {
  // A reporter uploads a photo in wp-admin and makes it the featured image of a post.
  const incoming = join(dir, 'wp-admin')
  await mkdir(incoming, { recursive: true })
  const file = join(incoming, 'gallant.jpg')
  await writeJpegWithTags(exiftool, file, { 'IPTC:CodedCharacterSet': 'UTF8', 'IPTC:Caption-Abstract': caption, 'IPTC:Credit': credit }, { seed: 77 })
  const reporter = site.users.author
  const upload = await fetch(`${site.url}/wp-json/wp/v2/media?${new URLSearchParams({ caption: 'Légende du site', alt_text: altText })}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${reporter.username}:${reporter.applicationPassword}`).toString('base64')}`,
      'content-type': 'image/jpeg',
      'content-disposition': 'attachment; filename="gallant-wp-admin.jpg"',
    },
    body: await readFile(file),
  })
  expect(upload.status).toBe(201)
  const mediaId = ((await upload.json()) as { id: number }).id
  const made = await asUser(site, 'author').post('wp/v2/posts', { title: `Gallant à Bakou ${mediaId}`, content: '<p>Texte.</p>', featured_media: mediaId, status: 'pending' })
  expect(made.status).toBe(201)
  const postId = (made.body as { id: number }).id

  const service = await connect(site.url)
  const pulled = (await service.pull()).articles.find((article) => article.postId === postId)!
  const lead = pulled.fromSite!.leadPhoto!
  expect(lead).toEqual({ photoId: expect.stringMatching(/^[0-9a-f]{64}$/), caption: 'Légende du site', credit: '', altText })
  // The library has it, with the metadata the file carries.
  expect((await library.get(lead.photoId)).caption).toBe(caption)

  const doc = articleDoc({ headline: pulled.fromSite!.headline }, ['Texte.'])
  await service.adopt(pulled.articleId, Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'))
  await service.acknowledge(pulled.articleId, 0)
  const filing = filingWithPhoto(pulled.fromSite!.headline, { photoId: lead.photoId, caption: lead.caption, creator: '', credit, copyright: '', altText })
  filing.article.id = pulled.articleId
  await service.file(filing)
  await service.idle()
  const state = await service.state(pulled.articleId)
  expect(state.state, JSON.stringify(state.reason)).toBe('synced')
  expect(state.postId).toBe(postId)
  const post = (await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as { featured_media: number }
  expect(post.featured_media).toBe(mediaId)
  // No second upload: the wp-admin attachment is now known as the library photo's copy.
  expect((await mediaOfPhoto(lead.photoId)).map((media) => media.id)).toEqual([mediaId])
  const media = (await admin.get(`wp/v2/media/${mediaId}?context=edit`)).body as Media
  expect(media.meta.copydesk_credit).toBe(credit)
})

it('a second Copydesk brings the lead photo from the site, under its id and with its words; filing the article there reuses the attachment', async () => {
  const photoId = await importLeadPhoto(11)
  const first = await connect(site.url)
  const filing = filingWithPhoto('Gallant à Bakou, relu', words(photoId))
  await first.file(filing)
  await first.idle()
  expect((await first.state(filing.article.id)).state).toBe('synced')
  const [attachment] = await mediaOfPhoto(photoId)

  // The editor's computer: its own library and sync, the same site.
  const otherDir = join(dir, 'editor')
  await mkdir(otherDir, { recursive: true })
  const otherLibrary = new PhotoLibrary({ mediaDir: join(otherDir, 'media'), mediaBaseUrl: appMediaBaseUrl, dialogs })
  const account = new CmsAccountService(join(otherDir, 'cms-account.json'), new SecretStoreDouble(), { timeoutMs: 10_000 })
  const user = site.users.editor
  expect((await account.connect({ siteUrl: site.url, username: user.username, applicationPassword: user.applicationPassword })).ok).toBe(true)
  const other = new SyncService({ file: join(otherDir, 'cms-sync.json'), account, photos: otherLibrary })
  try {
    expect(await otherLibrary.has(photoId)).toBe(false)
    const unknown = 'f'.repeat(64)
    expect(await other.fetchPhotos([photoId, unknown])).toEqual({ fetched: [photoId], missing: [unknown], mismatched: [] })
    expect(await otherLibrary.get(photoId)).toMatchObject({ id: photoId, caption, creator, credit, altText })
    // Already here: nothing asked again.
    expect(await other.fetchPhotos([photoId])).toEqual({ fetched: [], missing: [], mismatched: [] })

    await other.pull()
    await other.file({ ...filing, status: 'published' })
    await other.idle()
    const state = await other.state(filing.article.id)
    expect(state.state, JSON.stringify(state.reason)).toBe('synced')
    const post = (await admin.get(`wp/v2/posts/${state.postId}?context=edit`)).body as { featured_media: number; status: string }
    expect(post).toMatchObject({ status: 'publish', featured_media: attachment!.id })
    expect(await mediaOfPhoto(photoId)).toHaveLength(1)
  } finally {
    await other.dispose()
    await otherLibrary.dispose()
  }
})

it('no role tags an attachment with a photo id, nor uploads over one; a file replaced on the site is reported and never adopted', async () => {
  const photoId = await importLeadPhoto(21)
  const desk = await connect(site.url)
  const filing = filingWithPhoto('Gallant à Bakou, authentique', words(photoId))
  await desk.file(filing)
  await desk.idle()
  expect((await desk.state(filing.article.id)).state).toBe('synced')
  const [original] = await mediaOfPhoto(photoId)
  const originalBytes = Buffer.from(await (await fetch(original!.source_url)).arrayBuffer())
  // Another real photo's file, as an attacker would send in its place.
  const substituteFile = join(dir, 'substitute.jpg')
  await library.exportTo(await importLeadPhoto(22), substituteFile)
  const substitute = await readFile(substituteFile)

  for (const role of ['contributor', 'author', 'editor', 'administrator'] as const) {
    const as = asUser(site, role)
    const auth = { authorization: `Basic ${Buffer.from(`${as.user!.username}:${as.user!.applicationPassword}`).toString('base64')}` }
    const upload = (route: string) =>
      fetch(`${site.url}/wp-json/${route}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'image/jpeg', 'content-disposition': 'attachment; filename="substitute.jpg"' },
        body: substitute,
      })
    // Core's media route: the photo id is not writable there (contributors may not upload at all).
    const tagged = await upload(`wp/v2/media?meta[copydesk_photo_id]=${photoId}`)
    expect(tagged.status, role).toBe(403)
    if (role !== 'contributor') {
      const own = (await (await upload('wp/v2/media')).json()) as { id: number }
      expect((await as.post(`wp/v2/media/${own.id}`, { meta: { copydesk_photo_id: photoId } })).status, role).toBe(403)
      expect((await as.post(`wp/v2/media/${own.id}`, { meta: { copydesk_sha256: 'a'.repeat(64) } })).status, role).toBe(403)
    }
    // The plugin's route: the photo is on the site already, its attachment answers, the bytes sent are not kept.
    const again = await upload(`copydesk/v1/photos/${photoId}`)
    expect(again.status, role).toBe(role === 'contributor' ? 403 : 200)
    if (role !== 'contributor') expect(((await again.json()) as { id: number; created: boolean })).toMatchObject({ id: original!.id, created: false })
    // Recording the victim's attachment as another photo: not theirs to edit (403), or already a photo (409).
    const relabel = await as.post(`copydesk/v1/photos/${'e'.repeat(64)}/adopt`, { attachment: original!.id })
    expect(relabel.status, role).toBe(role === 'editor' || role === 'administrator' ? 409 : 403)
  }
  expect((await mediaOfPhoto(photoId)).map((media) => media.id)).toEqual([original!.id])
  expect(Buffer.from(await (await fetch(original!.source_url)).arrayBuffer()).equals(originalBytes)).toBe(true)
  const record = (await admin.get(`copydesk/v1/photos/${photoId}`)).body as { sha256: string; uploaded_by: number }
  expect(record).toMatchObject({ uploaded_by: site.users.editor.id })
  expect(record.sha256).toBe(createHash('sha256').update(originalBytes).digest('hex'))

  // Someone with access to the server's files (or a media-replacing plugin) swaps the file: another desk checks the hash and refuses it.
  await writeFile(join(site.dir, 'wp-content', new URL(original!.source_url).pathname.replace(/^\/wp-content\//, '')), substitute)
  const otherDir = join(dir, 'other-desk')
  await mkdir(otherDir, { recursive: true })
  const otherLibrary = new PhotoLibrary({ mediaDir: join(otherDir, 'media'), mediaBaseUrl: appMediaBaseUrl, dialogs })
  const account = new CmsAccountService(join(otherDir, 'cms-account.json'), new SecretStoreDouble(), { timeoutMs: 10_000 })
  expect((await account.connect({ siteUrl: site.url, username: site.users.author.username, applicationPassword: site.users.author.applicationPassword })).ok).toBe(true)
  const other = new SyncService({ file: join(otherDir, 'cms-sync.json'), account, photos: otherLibrary })
  try {
    expect(await other.fetchPhotos([photoId])).toEqual({ fetched: [], missing: [], mismatched: [photoId] })
    expect(await otherLibrary.has(photoId)).toBe(false)
  } finally {
    await other.dispose()
    await otherLibrary.dispose()
  }
})
