import { randomUUID } from 'node:crypto'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ExifTool } from 'exiftool-vendored'
import sharp from 'sharp'
import { startSite, stopSite, type Site } from '../scripts/wordpress/site.mjs'
import { SecretStoreDouble } from '../e2e/fixtures/secretStoreDouble'
import type { FileDialogs } from '../src/main/services/FileDialogs'
import { appMediaBaseUrl } from '../src/main/services/photos/mediaUrl'
import { PhotoLibrary } from '../src/main/services/photos/PhotoLibrary'
import { CmsAccountService } from '../src/main/services/sync/CmsAccountService'
import { postFieldsOf } from '../src/main/services/sync/postFields'
import { SyncService } from '../src/main/services/sync/SyncService'
import { articleDoc, exampleArticle, filingOf } from '../src/main/services/sync/testing/articleFixtures'
import type { FileArticleRequest } from '@shared/cms/filing'

export type SyncTiming = { ms: number; requests: number }
export type SyncPhase = {
  articles: number
  photos: number
  ours: SyncTiming
  baseline: SyncTiming
  ratio: number
  duplicates: { posts: number; attachments: number }
}

const WIDTH = 2000
const HEIGHT = 1333

/** A fetch that counts the requests it sends. */
function countingFetch() {
  const counter = { requests: 0 }
  const fetchImpl: typeof fetch = (input, init) => {
    counter.requests++
    return fetch(input, init)
  }
  return { counter, fetchImpl }
}

// The bench opens no dialog.
const dialogs: FileDialogs = {
  openFiles: () => Promise.reject(new Error('no dialog in the bench')),
  openFolder: () => Promise.reject(new Error('no dialog in the bench')),
  saveFile: () => Promise.reject(new Error('no dialog in the bench')),
}

/** `count` different JPEGs with agency IIM (UTF-8) in the library (setup, not timed). */
async function libraryWithPhotos(dir: string, count: number): Promise<{ library: PhotoLibrary; ids: string[] }> {
  const incoming = join(dir, 'incoming')
  await mkdir(incoming, { recursive: true })
  const exiftool = new ExifTool({ maxProcs: 1 })
  const base = await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#6d7f8c', noise: { type: 'gaussian', mean: 110, sigma: 12 } } })
    .jpeg({ quality: 85 })
    .toBuffer()
  const files: string[] = []
  try {
    for (let index = 0; index < count; index++) {
      const file = join(incoming, `photo-${index}.jpg`)
      await sharp(base).jpeg({ quality: 85 }).toFile(file)
      await exiftool.write(
        file,
        {
          'IPTC:CodedCharacterSet': 'UTF8',
          'IPTC:Caption-Abstract': `Yoav Gallant marche avec le ministre de la Défense azéri (${index})`,
          'IPTC:By-line': 'Ariel Hermoni',
          'IPTC:Credit': 'Ministère israélien de la Défense',
          'XMP-iptcCore:AltTextAccessibility': 'Deux hommes marchent devant une garde d’honneur',
        } as never,
        { writeArgs: ['-overwrite_original', '-charset', 'iptc=UTF8'], ignoreMinorErrors: true },
      )
      files.push(file)
    }
  } finally {
    await exiftool.end()
  }
  const library = new PhotoLibrary({ mediaDir: join(dir, 'media'), mediaBaseUrl: appMediaBaseUrl, dialogs })
  const result = await library.importFiles(files)
  if (result.failed.length) throw new Error(`bench photos failed to import: ${JSON.stringify(result.failed[0])}`)
  return { library, ids: result.added.map((photo) => photo.id) }
}

/** The example article, `count` times, each its own UUID and headline; the first `photoIds.length` with a lead photo. */
function filings(count: number, photoIds: string[]): FileArticleRequest[] {
  return Array.from({ length: count }, (_, index) => {
    const headline = `${exampleArticle.headline} (${index})`
    const fields = { headline, section: exampleArticle.section, tags: exampleArticle.tags }
    const filing = filingOf(articleDoc(fields, exampleArticle.body), { ...fields, id: randomUUID(), paragraphs: exampleArticle.body })
    const photoId = photoIds[index]
    if (photoId) {
      filing.article.leadPhoto = {
        photoId,
        caption: `Yoav Gallant marche avec le ministre de la Défense azéri (${index})`,
        creator: 'Ariel Hermoni',
        credit: 'Ministère israélien de la Défense',
        copyright: '',
        altText: 'Deux hommes marchent devant une garde d’honneur',
      }
    }
    return filing
  })
}

async function json<T>(response: Response): Promise<T> {
  const text = await response.text()
  if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status} ${text.slice(0, 200)}`)
  return JSON.parse(text) as T
}

/**
 * The baseline: the same posts (title, content, excerpt, category, tags, featured image with caption
 * and alt text) made by plain sequential REST requests, as a simple script would — terms looked up
 * once, each photo uploaded from the same metadata-carrying export.
 */
async function baselineRun(site: Site, library: PhotoLibrary, all: FileArticleRequest[], dir: string): Promise<SyncTiming> {
  const user = site.users.editor
  const headers = { authorization: `Basic ${Buffer.from(`${user.username}:${user.applicationPassword}`).toString('base64')}` }
  const api = (route: string) => `${site.url}/wp-json/${route}`
  const { counter, fetchImpl } = countingFetch()
  const exportDir = join(dir, 'baseline-export')
  await mkdir(exportDir, { recursive: true })
  const startedAt = performance.now()
  const termId = async (taxonomy: 'categories' | 'tags', name: string) => {
    const found = await json<{ id: number; name: string }[]>(await fetchImpl(api(`wp/v2/${taxonomy}?search=${encodeURIComponent(name)}`), { headers }))
    const match = found.find((term) => term.name.toLowerCase() === name.toLowerCase())
    if (match) return match.id
    const created = await fetchImpl(api(`wp/v2/${taxonomy}`), { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ name }) })
    return (await json<{ id: number }>(created)).id
  }
  const category = await termId('categories', exampleArticle.section)
  const tags = await Promise.all(exampleArticle.tags.map((tag) => termId('tags', tag)))
  for (const filing of all) {
    const fields: Record<string, unknown> = { ...postFieldsOf(filing), categories: [category], tags }
    const photo = filing.article.leadPhoto
    if (photo?.photoId) {
      const file = join(exportDir, `${photo.photoId}.jpg`)
      await library.exportTo(photo.photoId, file)
      const { readFile } = await import('node:fs/promises')
      const query = new URLSearchParams({ caption: photo.caption, alt_text: photo.altText })
      const media = await json<{ id: number }>(
        await fetchImpl(api(`wp/v2/media?${query}`), {
          method: 'POST',
          headers: { ...headers, 'content-type': 'image/jpeg', 'content-disposition': `attachment; filename="${photo.photoId.slice(0, 12)}.jpg"` },
          body: await readFile(file),
        }),
      )
      await rm(file)
      fields.featured_media = media.id
    }
    await json(await fetchImpl(api('wp/v2/posts'), { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(fields) }))
  }
  return { ms: performance.now() - startedAt, requests: counter.requests }
}

/**
 * Copydesk: the articles were filed while offline (the outbox holds them, as after a day without a
 * connection); timed from the moment the account connects until the outbox is empty.
 */
async function oursRun(site: Site, library: PhotoLibrary, all: FileArticleRequest[], dir: string): Promise<SyncTiming> {
  const user = site.users.editor
  const { counter, fetchImpl } = countingFetch()
  const account = new CmsAccountService(join(dir, 'cms-account.json'), new SecretStoreDouble(), { fetch: fetchImpl })
  const sync = new SyncService({ file: join(dir, 'cms-sync.json'), account, photos: library })
  try {
    for (const filing of all) await sync.file(filing) // not connected yet: everything waits in the outbox
    const startedAt = performance.now()
    const connected = await account.connect({ siteUrl: site.url, username: user.username, applicationPassword: user.applicationPassword })
    if (!connected.ok) throw new Error(`bench: cannot connect to ${site.url}`)
    const setupRequests = counter.requests // verifying the account is not sync
    await sync.retryNow()
    await sync.idle()
    const ms = performance.now() - startedAt
    const states = await Promise.all(all.map((filing) => sync.state(filing.article.id)))
    const failed = states.filter((state) => state.state !== 'synced')
    if (failed.length) throw new Error(`bench: ${failed.length} articles not synced, e.g. ${JSON.stringify(failed[0])}`)
    return { ms, requests: counter.requests - setupRequests }
  } finally {
    await sync.dispose()
  }
}

/** Posts carrying the same article UUID more than once, and attachments made twice from one library photo. */
async function duplicates(site: Site): Promise<SyncPhase['duplicates']> {
  const user = site.users.administrator
  const headers = { authorization: `Basic ${Buffer.from(`${user.username}:${user.applicationPassword}`).toString('base64')}` }
  // Paged by id: by date (the default) posts made in the same second may move between pages and be
  // listed twice, which would count one post as a duplicate of itself.
  const count = async (route: string, key: string) => {
    const idsByValue = new Map<string, Set<number>>()
    for (let page = 1; ; page++) {
      const response = await fetch(`${site.url}/wp-json/${route}&orderby=id&order=asc&per_page=100&page=${page}&context=edit&_fields=id,meta`, { headers })
      const items = await json<{ id: number; meta: Record<string, string> }[]>(response)
      for (const item of items) {
        const value = item.meta[key]
        if (value) idsByValue.set(value, (idsByValue.get(value) ?? new Set()).add(item.id))
      }
      if (page >= Number(response.headers.get('x-wp-totalpages') ?? 1)) break
    }
    return [...idsByValue.values()].reduce((sum, ids) => sum + ids.size - 1, 0)
  }
  return {
    posts: await count('wp/v2/posts?status=draft,pending,publish,future', 'copydesk_uuid'),
    attachments: await count('wp/v2/media?status=inherit', 'copydesk_photo_id'),
  }
}

/**
 * Sync of `articles` articles, the first `photos` with a lead photo, to a throw-away local
 * WordPress started here: Copydesk's SyncService (outbox, UUID creates, Yjs log, workflow status,
 * photo upload with metadata) against plain sequential REST requests making the same posts.
 */
export async function syncPhase({ articles, photos }: { articles: number; photos: number }): Promise<SyncPhase> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-bench-sync-'))
  // Each run on a fresh site of its own: the second would otherwise meet a fuller database and uploads folder.
  const siteDirs = [join(dir, 'site-baseline'), join(dir, 'site-copydesk')]
  let library: PhotoLibrary | undefined
  try {
    const made = await libraryWithPhotos(dir, photos)
    library = made.library
    const baselineSite = await startSite({ dir: siteDirs[0] })
    const baseline = await baselineRun(baselineSite, library, filings(articles, made.ids), dir)
    await stopSite({ dir: siteDirs[0], purge: true })
    const site = await startSite({ dir: siteDirs[1] })
    const ours = await oursRun(site, library, filings(articles, made.ids), dir)
    return { articles, photos, ours, baseline, ratio: ours.ms / baseline.ms, duplicates: await duplicates(site) }
  } finally {
    await library?.dispose()
    for (const siteDir of siteDirs) await stopSite({ dir: siteDir, purge: true }).catch(() => undefined)
    await rm(dir, { recursive: true, force: true })
  }
}
