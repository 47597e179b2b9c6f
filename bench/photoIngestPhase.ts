import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { ExifTool } from 'exiftool-vendored'
import sharp from 'sharp'
import { ChromiumCopydesk } from '../e2e/fixtures/ChromiumCopydesk'
import { PhotoLibrary, thumbSize } from '../src/main/services/photos/PhotoLibrary'
import { readArgs } from '../src/main/services/photos/photoMetadataTags'
import { renderVariant } from '../src/main/services/photos/imageFiles'
import { VIEWPORT } from './copydeskBrowser'

const run = promisify(execFile)

export type IngestTiming = { photos: number; seconds: number; perSecond: number }
export type PhotoIngestPhase = { ours: IngestTiming; baseline: IngestTiming; megapixels: number; bytesPerPhoto: number }

const WIDTH = 6000
const HEIGHT = 4000 // 24 megapixels

const timing = (photos: number, startedAt: number): IngestTiming => {
  const seconds = (performance.now() - startedAt) / 1000
  return { photos, seconds, perSecond: photos / seconds }
}

/** `count` different 24-megapixel JPEGs with full agency metadata (setup, not timed). */
async function makePhotos(folder: string, count: number, exiftool: ExifTool): Promise<string[]> {
  // A smooth picture with a little grain: about the entropy (and byte size) of a real photo.
  const base = join(folder, 'base.jpg')
  await sharp({ create: { width: WIDTH, height: HEIGHT, channels: 3, background: '#6d7f8c', noise: { type: 'gaussian', mean: 110, sigma: 12 } } })
    .jpeg({ quality: 88 })
    .toFile(base)
  const files: string[] = []
  for (let index = 0; index < count; index++) {
    const file = join(folder, `photo-${String(index).padStart(3, '0')}.jpg`)
    await copyFile(base, file)
    // Different metadata, different bytes: every file is a photo of its own.
    await exiftool.write(
      file,
      {
        'IPTC:CodedCharacterSet': 'UTF8',
        'IPTC:Caption-Abstract': `Yoav Gallant marche avec le ministre de la Défense azéri, … le 13 juillet 2023 (${index})`,
        'IPTC:By-line': 'Ariel Hermoni',
        'IPTC:Credit': 'Ministère israélien de la Défense',
        'IPTC:Keywords': ['défense', 'Azerbaïdjan', `n${index}`],
        'XMP-dc:Description': `Yoav Gallant marche avec le ministre de la Défense azéri, … le 13 juillet 2023 (${index})`,
        'XMP-dc:Creator': ['Ariel Hermoni'],
        'XMP-photoshop:Credit': 'Ministère israélien de la Défense',
        'XMP-dc:Rights': '© Ministère israélien de la Défense',
        'XMP-xmpRights:UsageTerms': 'Usage éditorial uniquement',
        'XMP-iptcCore:AltTextAccessibility': 'Deux hommes marchent devant une garde d’honneur',
        'XMP-photoshop:City': 'Bakou',
      } as never,
      { writeArgs: ['-overwrite_original', '-charset', 'iptc=UTF8'], ignoreMinorErrors: true },
    )
    files.push(file)
  }
  await rm(base)
  return files
}

/** The same work done directly: one ExifTool process reading every file in one call, and sharp's thumbnails. */
async function baselineIngest(files: string[]): Promise<void> {
  const exiftoolScript = createRequire(import.meta.url).resolve('exiftool-vendored.pl/bin/exiftool')
  const metadata = run('perl', [exiftoolScript, '-json', '-fast', ...readArgs, ...files], { maxBuffer: 256 * 1024 * 1024 })
  let next = 0
  const worker = async () => {
    while (next < files.length) await renderVariant(await readFile(files[next++]!), thumbSize)
  }
  await Promise.all([metadata, worker(), worker()])
}

/**
 * Photo ingest: `count` generated 24-megapixel JPEGs imported into a fresh library (hash, copy,
 * metadata, thumbnail) against the baseline of one ExifTool batch call plus sharp on the same files.
 */
export async function photoIngestPhase(options: { count: number }): Promise<PhotoIngestPhase> {
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-bench-photos-'))
  const exiftool = new ExifTool({ maxProcs: 1 })
  try {
    const incoming = join(folder, 'incoming')
    await mkdir(incoming)
    const files = await makePhotos(incoming, options.count, exiftool)
    const bytes = (await Promise.all(files.map((file) => readFile(file).then((data) => data.length)))).reduce((a, b) => a + b, 0)

    let startedAt = performance.now()
    await baselineIngest(files)
    const baseline = timing(files.length, startedAt)

    const library = new PhotoLibrary({
      mediaDir: join(folder, 'media'),
      mediaBaseUrl: 'copydesk-media://library/',
      dialogs: { openFiles: async () => files, openFolder: async () => null, saveFile: async () => null },
    })
    try {
      startedAt = performance.now()
      const result = await library.importFiles(files)
      if (result.added.length !== files.length) throw new Error(`Imported ${result.added.length} of ${files.length}: ${JSON.stringify(result.failed)}`)
      const ours = timing(files.length, startedAt)
      return { ours, baseline, megapixels: (WIDTH * HEIGHT) / 1e6, bytesPerPhoto: bytes / files.length }
    } finally {
      await library.dispose()
    }
  } finally {
    await exiftool.end()
    await rm(folder, { recursive: true, force: true })
  }
}

export type PhotoImportLatency = { samples: number[]; importSeconds: number }

/**
 * The renderer's input latency while main imports `count` photos: the app in Chromium (harness),
 * a folder imported from the photo desk, and meanwhile keys typed into its search box every 50 ms.
 * Each sample: the key's event timeStamp → the first task after the next frame (its handlers, React's
 * render and the paint done).
 */
export async function photoImportLatencyPhase(options: { count: number }): Promise<PhotoImportLatency> {
  // Short path in /tmp: Chromium's singleton socket lives under TMPDIR (~108-byte limit).
  const testDir = await mkdtemp(join(tmpdir(), 'copydesk-bench-photo-ui-'))
  const exiftool = new ExifTool({ maxProcs: 1 })
  let app: ChromiumCopydesk | undefined
  try {
    const incoming = join(testDir, 'incoming')
    await mkdir(incoming)
    await makePhotos(incoming, options.count, exiftool)
    app = await ChromiumCopydesk.start({ testDir, locale: 'en-US', blockIndexedDB: false })
    const page = app.page
    await page.setViewportSize(VIEWPORT)
    await page.getByRole('link', { name: 'Photos' }).click()
    const search = page.getByRole('searchbox', { name: 'Search photos' })
    await search.evaluate((element) => {
      // This file is compiled without the DOM's types: the little it uses, spelled out.
      const page = globalThis as unknown as { photoInputSamples: number[]; requestAnimationFrame(callback: () => void): number }
      const samples: number[] = (page.photoInputSamples = [])
      const input = element as unknown as { addEventListener(type: 'keydown', listener: (event: { timeStamp: number }) => void): void }
      input.addEventListener('keydown', (event) => {
        const start = event.timeStamp
        page.requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0))
      })
    })
    await app.answerNextDialog(incoming)
    const startedAt = performance.now()
    await page.getByRole('button', { name: 'Import a folder…' }).click()
    await search.focus()
    const finished = page.getByRole('status').filter({ hasText: 'photos imported' })
    while (!(await finished.isVisible())) {
      await page.keyboard.press(Math.random() < 0.5 ? 'x' : 'Backspace')
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const importSeconds = (performance.now() - startedAt) / 1000
    const imported = await finished.textContent()
    if (!imported?.startsWith(`${options.count} photos imported`)) throw new Error(`Import ended with: ${imported}`)
    const samples = await page.evaluate(() => (globalThis as unknown as { photoInputSamples: number[] }).photoInputSamples)
    return { samples, importSeconds }
  } finally {
    await app?.dispose()
    await exiftool.end()
    await rm(testDir, { recursive: true, force: true })
  }
}
