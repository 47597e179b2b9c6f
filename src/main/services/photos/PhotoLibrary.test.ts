import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ExifTool } from 'exiftool-vendored'
import sharp from 'sharp'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { PhotoImportProgress } from '@shared/photos/photoContract'
import type { FileDialogs } from '../FileDialogs'
import { appMediaBaseUrl } from './mediaUrl'
import { PhotoLibrary } from './PhotoLibrary'
import { missingForPublishing } from '@shared/photos/photo'
import { jpegClaimingSize, makeJpeg, withIptcTrailer, writeJpegWithTags } from './testImages'

// The example article's lead photo.
const caption = 'Yoav Gallant marche avec le ministre de la Défense azéri, … le 13 juillet 2023'
const creator = 'Ariel Hermoni'
const credit = 'Ministère israélien de la Défense'

let exiftool: ExifTool // the tests' own, to write fixtures and read exports back
let directory: string
let incoming: string
let library: PhotoLibrary
let progress: PhotoImportProgress[]
let saveAnswers: (string | null)[]
let folderAnswers: (string | null)[]

// Test double for the system dialogs (no desktop here): each answers what the test queued.
const dialogs: FileDialogs = {
  openFiles: () => Promise.reject(new Error('no open dialog in this test')),
  openFolder: async () => folderAnswers.shift() ?? null,
  saveFile: async () => saveAnswers.shift() ?? null,
}

const openLibrary = () =>
  new PhotoLibrary({
    mediaDir: join(directory, 'media'),
    mediaBaseUrl: appMediaBaseUrl,
    dialogs,
    onProgress: (event) => progress.push(event),
  })

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

beforeAll(() => {
  exiftool = new ExifTool({ maxProcs: 1 })
})
afterAll(async () => {
  await exiftool.end()
})
beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'copydesk-photos-'))
  incoming = join(directory, 'incoming')
  await mkdir(incoming)
  progress = []
  saveAnswers = []
  folderAnswers = []
  library = openLibrary()
})
afterEach(async () => {
  await library.dispose()
  await rm(directory, { recursive: true, force: true })
})

async function importOne(name: string) {
  const result = await library.importFiles([join(incoming, name)])
  expect(result.failed).toEqual([])
  return result.added[0] ?? result.duplicates[0]!
}

describe('reading metadata at import', () => {
  it('reads IIM with UTF-8 declared', async () => {
    await writeJpegWithTags(exiftool, join(incoming, 'iim-utf8.jpg'), {
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': caption,
      'IPTC:By-line': creator,
      'IPTC:Credit': credit,
      'IPTC:Source': 'GPO',
      'IPTC:CopyrightNotice': '© Ministère israélien de la Défense',
      'IPTC:Headline': 'Gallant à Bakou',
      'IPTC:City': 'Bakou',
      'IPTC:Country-PrimaryLocationName': 'Azerbaïdjan',
      'IPTC:Keywords': ['défense', 'Israël'],
      'IPTC:DateCreated': '2023:07:13',
    })
    expect(await importOne('iim-utf8.jpg')).toMatchObject({
      caption,
      creator,
      credit,
      source: 'GPO',
      copyright: '© Ministère israélien de la Défense',
      headline: 'Gallant à Bakou',
      city: 'Bakou',
      country: 'Azerbaïdjan',
      keywords: ['défense', 'Israël'],
      dateCreated: '2023-07-13',
      usageTerms: '',
      altText: '',
    })
  })

  it('reads undeclared IIM in Latin-1, and undeclared IIM that is really UTF-8', async () => {
    const tags = { 'IPTC:Caption-Abstract': caption, 'IPTC:Credit': credit, 'IPTC:Keywords': ['Défense'] }
    await writeJpegWithTags(exiftool, join(incoming, 'latin.jpg'), tags, { iimCharset: 'Latin', seed: 1 })
    await writeJpegWithTags(exiftool, join(incoming, 'utf8-undeclared.jpg'), tags, { iimCharset: 'UTF8', seed: 2 })
    // The fixtures are what they claim: no 1:90 declaration, and the bytes differ.
    expect((await exiftool.readRaw(join(incoming, 'latin.jpg'), { readArgs: ['-IPTC:CodedCharacterSet'] })).CodedCharacterSet).toBeUndefined()
    const latin = await importOne('latin.jpg')
    const utf8 = await importOne('utf8-undeclared.jpg')
    for (const photo of [latin, utf8]) {
      expect(photo).toMatchObject({ caption, credit, keywords: ['Défense'] })
    }
  })

  it('reads XMP only, including alt text and usage terms', async () => {
    await writeJpegWithTags(exiftool, join(incoming, 'xmp.jpg'), {
      'XMP-dc:Description': caption,
      'XMP-dc:Creator': [creator],
      'XMP-photoshop:Credit': credit,
      'XMP-dc:Rights': '© GPO',
      'XMP-xmpRights:UsageTerms': 'Usage éditorial uniquement',
      'XMP-iptcCore:AltTextAccessibility': 'Deux hommes en costume marchent côte à côte',
      'XMP-dc:Subject': ['défense', 'Azerbaïdjan'],
      'XMP-photoshop:DateCreated': '2023:07:13 10:42:00+03:00',
    })
    expect(await importOne('xmp.jpg')).toMatchObject({
      caption,
      creator,
      credit,
      copyright: '© GPO',
      usageTerms: 'Usage éditorial uniquement',
      altText: 'Deux hommes en costume marchent côte à côte',
      keywords: ['défense', 'Azerbaïdjan'],
      dateCreated: '2023-07-13T10:42:00+03:00',
    })
  })

  it('prefers XMP when IIM and XMP disagree, and takes either when only one has a field', async () => {
    await writeJpegWithTags(exiftool, join(incoming, 'both.jpg'), {
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': 'Ancienne légende',
      'IPTC:Credit': 'AFP',
      'IPTC:City': 'Bakou',
      'XMP-dc:Description': caption,
      'XMP-photoshop:Credit': credit,
      'XMP-dc:Creator': [creator],
    })
    expect(await importOne('both.jpg')).toMatchObject({ caption, credit, creator, city: 'Bakou' })
  })

  it('prefers IIM when its digest shows it was edited after the XMP', async () => {
    await writeJpegWithTags(exiftool, join(incoming, 'stale.jpg'), {
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': 'Légende corrigée après coup',
      'IPTC:Credit': 'AFP',
      'XMP-dc:Description': 'Légende d’origine',
      'XMP-photoshop:Credit': 'Reuters',
      // What an XMP-aware tool stored: the digest of an IIM block that is no longer there.
      'Photoshop:IPTCDigest': '0123456789abcdef0123456789abcdef',
    })
    const written = await exiftool.readRaw(join(incoming, 'stale.jpg'), { readArgs: ['-Photoshop:IPTCDigest'] })
    expect((written as Record<string, unknown>).IPTCDigest).toBe('0123456789abcdef0123456789abcdef')
    expect(await importOne('stale.jpg')).toMatchObject({ caption: 'Légende corrigée après coup', credit: 'AFP' })
  })

  it('reads IIM from a JPEG trailer (FotoStation), below the standard IIM and XMP', async () => {
    const utf8 = { record: 1 as const, dataset: 90, text: '\x1b%G' }
    const trailer = [
      utf8,
      { record: 2 as const, dataset: 120, text: 'Légende du fonds d’archives' },
      { record: 2 as const, dataset: 80, text: 'Jean Archiviste' },
      { record: 2 as const, dataset: 116, text: '© Archives municipales' },
      { record: 2 as const, dataset: 25, text: 'inondation' },
    ]
    await writeFile(join(incoming, 'archive.jpg'), withIptcTrailer(await makeJpeg(64, 48, { seed: 3 }), trailer))
    expect(await importOne('archive.jpg')).toMatchObject({
      caption: 'Légende du fonds d’archives',
      creator: 'Jean Archiviste',
      copyright: '© Archives municipales',
      keywords: ['inondation'],
    })
    // The same trailer behind a file whose standard IIM and XMP have their own: those win.
    const path = join(incoming, 'both.jpg')
    await writeJpegWithTags(exiftool, path, { 'IPTC:Caption-Abstract': 'Légende IIM', 'XMP-dc:Creator': ['Créateur XMP'] }, { seed: 4 })
    await writeFile(path, withIptcTrailer(await readFile(path), trailer))
    expect(await importOne('both.jpg')).toMatchObject({ caption: 'Légende IIM', creator: 'Créateur XMP', copyright: '© Archives municipales' })
  })

  it('takes no camera boilerplate for metadata, so the missing-caption check still finds it missing', async () => {
    // What the cameras write themselves, in EXIF IFD0 (and copied into IIM by some tools).
    await writeJpegWithTags(exiftool, join(incoming, 'olympus.jpg'), { 'IFD0:ImageDescription': 'OLYMPUS DIGITAL CAMERA         ' }, { seed: 5 })
    await writeJpegWithTags(exiftool, join(incoming, 'caplio.jpg'), { 'IFD0:ImageDescription': 'DCF 1.0', 'IFD0:Copyright': '(C) by Caplio RR1 User' }, { seed: 6 })
    await writeJpegWithTags(exiftool, join(incoming, 'gopro.jpg'), { 'IFD0:ImageDescription': 'DCIM\\100GOPRO\\GOPR0482.JPG', 'IPTC:Caption-Abstract': 'SONY DSC' }, { seed: 7 })
    // Boilerplate in one place, a real caption in another: the real one.
    await writeJpegWithTags(exiftool, join(incoming, 'mixed.jpg'), { 'IFD0:ImageDescription': 'Crue de la Seine au pont de l’Alma', 'XMP-dc:Description': 'SONY DSC' }, { seed: 8 })
    for (const name of ['olympus.jpg', 'caplio.jpg', 'gopro.jpg']) {
      const photo = await importOne(name)
      expect(photo, name).toMatchObject({ caption: '', copyright: '' })
      expect(missingForPublishing(photo), name).toContain('caption')
    }
    expect(await importOne('mixed.jpg')).toMatchObject({ caption: 'Crue de la Seine au pont de l’Alma' })
    // A photo the library took in before the list (its caption is the camera's words) is still missing one.
    expect(missingForPublishing({ caption: 'OLYMPUS DIGITAL CAMERA', credit: 'AFP', altText: 'Une rue inondée' })).toEqual(['caption'])
  })

  it('applies EXIF orientation to the size and the thumbnail', async () => {
    await writeFile(join(incoming, 'turned.jpg'), await makeJpeg(600, 400, { orientation: 6 }))
    const photo = await importOne('turned.jpg')
    expect(photo).toMatchObject({ orientation: 6, width: 400, height: 600, mime: 'image/jpeg' })
    const thumb = await library.mediaFile(`${appMediaBaseUrl}${photo.id}/thumb`)
    const size = await sharp(thumb!.path).metadata()
    expect([size.width, size.height]).toEqual([213, 320])
  })
})

describe('the library', () => {
  it('copies originals byte for byte under their SHA-256; the same file twice is one photo', async () => {
    await writeJpegWithTags(exiftool, join(incoming, 'a.jpg'), { 'IPTC:Credit': 'AFP' })
    const bytes = await readFile(join(incoming, 'a.jpg'))
    await writeFile(join(incoming, 'a-copy.jpg'), bytes)
    const first = await library.importFiles([join(incoming, 'a.jpg'), join(incoming, 'a-copy.jpg')])
    expect(first.added).toHaveLength(1)
    expect(first.duplicates.map((photo) => photo.id)).toEqual([first.added[0]!.id])
    const again = await library.importFiles([join(incoming, 'a.jpg')])
    expect(again.added).toEqual([])
    expect(await library.list()).toHaveLength(1)

    const photo = first.added[0]!
    expect(photo.id).toBe(sha256(bytes))
    const original = await library.mediaFile(`${appMediaBaseUrl}${photo.id}/original`)
    expect(sha256(await readFile(original!.path))).toBe(photo.id)
  })

  it('imports a folder recursively (images only) and dropped paths; a cancelled dialog does nothing', async () => {
    await mkdir(join(incoming, 'bakou', '.cache'), { recursive: true })
    await writeFile(join(incoming, 'one.jpg'), await makeJpeg(80, 60, { seed: 11 }))
    await writeFile(join(incoming, 'bakou', 'two.JPEG'), await makeJpeg(80, 60, { seed: 12 }))
    await writeFile(join(incoming, 'bakou', '.cache', 'hidden.jpg'), await makeJpeg(80, 60, { seed: 13 }))
    await writeFile(join(incoming, 'bakou', 'notes.txt'), 'légendes')
    folderAnswers.push(null, incoming)
    expect(await library.import({ source: 'folder' })).toMatchObject({ cancelled: true, added: [] })
    const fromFolder = await library.import({ source: 'folder' })
    expect(fromFolder.added.map((photo) => photo.fileName)).toEqual(['two.JPEG', 'one.jpg'])
    expect(fromFolder.failed).toEqual([])

    await writeFile(join(directory, 'dropped.png'), await sharp(await makeJpeg(80, 60, { seed: 14 })).png().toBuffer())
    const dropped = await library.importPaths([join(directory, 'dropped.png'), join(incoming, 'bakou')])
    expect(dropped.added.map((photo) => photo.fileName)).toEqual(['dropped.png'])
    expect(dropped.duplicates.map((photo) => photo.fileName)).toEqual(['two.JPEG'])
  })

  it('gives each bad file its own error and imports the rest', { timeout: 30_000 }, async () => {
    const good = await makeJpeg(800, 600, { seed: 3 })
    await writeFile(join(incoming, 'good.jpg'), good)
    await writeFile(join(incoming, 'empty.jpg'), Buffer.alloc(0))
    await writeFile(join(incoming, 'truncated.jpg'), good.subarray(0, Math.floor(good.length / 2)))
    const corrupt = Buffer.from(good)
    corrupt.fill(0xff, Math.floor(corrupt.length * 0.3), Math.floor(corrupt.length * 0.3) + 4000)
    await writeFile(join(incoming, 'corrupt.jpg'), corrupt)
    await writeFile(join(incoming, 'notes.jpg'), 'Ceci n’est pas une photo.\n')
    await writeFile(join(incoming, 'huge.jpg'), await jpegClaimingSize(12_000, 8_400))
    await writeFile(join(incoming, 'anim.gif'), await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } }).gif().toBuffer())
    await writeFile(join(incoming, 'good.png'), await sharp(good).png().toBuffer())
    await writeFile(join(incoming, 'good.webp'), await sharp(good).webp().toBuffer())
    await writeFile(join(incoming, 'good.tif'), await sharp(good).tiff().toBuffer())

    const names = ['good.jpg', 'empty.jpg', 'truncated.jpg', 'corrupt.jpg', 'notes.jpg', 'huge.jpg', 'anim.gif', 'good.png', 'good.webp', 'good.tif', 'gone.jpg']
    const result = await library.importFiles(names.map((name) => join(incoming, name)))
    const errors = Object.fromEntries(result.failed.map((failure) => [failure.fileName, failure.message]))
    expect(errors).toEqual({
      'empty.jpg': 'The file is empty (0 bytes).',
      'truncated.jpg': expect.stringMatching(/^The image data is damaged or incomplete/),
      'corrupt.jpg': expect.stringMatching(/^The image data is damaged or incomplete/),
      'notes.jpg': 'notes.jpg is not an image Copydesk can read: JPEG, PNG, WebP or TIFF only.',
      'huge.jpg': 'The image is too large: 101 megapixels (12000 × 8400); the limit is 90 megapixels.',
      'anim.gif': 'GIF images are not accepted: JPEG, PNG, WebP or TIFF only.',
      'gone.jpg': 'The file is no longer there.',
    })
    expect(result.added.map((photo) => photo.mime).sort()).toEqual(['image/jpeg', 'image/png', 'image/tiff', 'image/webp'])
    expect((await library.list()).map((photo) => photo.fileName).sort()).toEqual(['good.jpg', 'good.png', 'good.tif', 'good.webp'])
    expect(progress.at(-1)).toMatchObject({ done: names.length, total: names.length, failed: 7 })
    expect(progress[0]).toMatchObject({ done: 0, total: names.length, fileName: '' })
  })

  it('edits many photos at once, leaving absent fields as they are, and keeps it across restarts', async () => {
    await writeJpegWithTags(exiftool, join(incoming, 'one.jpg'), { 'IPTC:Credit': 'AFP', 'XMP-dc:Description': 'Un' }, { seed: 4 })
    await writeJpegWithTags(exiftool, join(incoming, 'two.jpg'), { 'XMP-dc:Description': 'Deux' }, { seed: 5 })
    const { added } = await library.importFiles([join(incoming, 'one.jpg'), join(incoming, 'two.jpg')])
    const ids = added.map((photo) => photo.id)
    const updated = await library.update(ids, { credit: ` ${credit} `, keywords: ['défense', ' défense ', ''] })
    expect(updated.map((photo) => [photo.caption, photo.credit, photo.keywords])).toEqual([
      ['Un', credit, ['défense']],
      ['Deux', credit, ['défense']],
    ])
    await library.dispose()
    library = openLibrary()
    expect((await library.list()).map((photo) => [photo.caption, photo.credit]).sort()).toEqual([
      ['Deux', credit],
      ['Un', credit],
    ])
    await expect(library.update(['0'.repeat(64)], { credit: 'x' })).rejects.toThrow(/no longer in the library/)
  })

  it('refuses to remove a photo an article uses, naming the articles', async () => {
    await writeFile(join(incoming, 'used.jpg'), await makeJpeg(100, 80, { seed: 6 }))
    await writeFile(join(incoming, 'free.jpg'), await makeJpeg(100, 80, { seed: 7 }))
    const { added } = await library.importFiles([join(incoming, 'used.jpg'), join(incoming, 'free.jpg')])
    const [used, free] = [added.find((p) => p.fileName === 'used.jpg')!, added.find((p) => p.fileName === 'free.jpg')!]
    expect(await library.setUsage('article-1', [used.id, 'f'.repeat(64)])).toEqual({ unknown: ['f'.repeat(64)] })
    await library.setUsage('article-2', [used.id])
    expect((await library.get(used.id)).usedIn).toEqual(['article-1', 'article-2'])

    expect(await library.remove([used.id, free.id])).toEqual({
      removed: [free.id],
      refused: [{ id: used.id, articleIds: ['article-1', 'article-2'] }],
    })
    expect(await library.mediaFile(`${appMediaBaseUrl}${free.id}/original`)).toBeNull()

    await library.setUsage('article-1', [])
    await library.setUsage('article-2', [])
    expect(await library.remove([used.id])).toEqual({ removed: [used.id], refused: [] })
    expect(await library.list()).toEqual([])
  })
})

describe('export with metadata', () => {
  it('writes IIM (UTF-8 declared) and XMP with the edited fields; the original stays as it was', { timeout: 30_000 }, async () => {
    await writeJpegWithTags(exiftool, join(incoming, 'agency.jpg'), {
      'IPTC:Caption-Abstract': 'Légende d’agence',
      'IPTC:Credit': 'AFP',
      'IPTC:Keywords': ['ancien'],
    }, { iimCharset: 'Latin' })
    const photo = await importOne('agency.jpg')
    const edited = {
      caption,
      creator,
      credit,
      copyright: '© Ministère israélien de la Défense, 2023',
      usageTerms: 'Usage éditorial uniquement, pas de revente',
      altText: 'Yoav Gallant et le ministre azéri marchent côte à côte devant une garde d’honneur',
    }
    await library.update([photo.id], edited)
    const target = join(directory, 'export', 'gallant.jpg')
    await mkdir(join(directory, 'export'))
    saveAnswers.push(target)
    expect(await library.exportWithMetadata(photo.id)).toEqual({ fileName: 'gallant.jpg' })

    const back = (await exiftool.readRaw(target, { readArgs: ['-G1', '-IPTC:all', '-XMP:all'] })) as Record<string, unknown>
    expect(back).toMatchObject({
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': edited.caption,
      'IPTC:By-line': edited.creator,
      'IPTC:Credit': edited.credit,
      'IPTC:CopyrightNotice': edited.copyright,
      'XMP-dc:Description': edited.caption,
      'XMP-dc:Creator': edited.creator,
      'XMP-photoshop:Credit': edited.credit,
      'XMP-dc:Rights': edited.copyright,
      'XMP-xmpRights:UsageTerms': edited.usageTerms,
      'XMP-iptcCore:AltTextAccessibility': edited.altText,
    })
    expect(back['IPTC:Keywords']).toBe('ancien')

    // Read back by the library itself, every field equal.
    const reimported = await library.importFiles([target])
    expect(reimported.added[0]).toMatchObject({ ...edited, keywords: ['ancien'] })

    // The library's original is untouched: same bytes, same hash.
    const original = await library.mediaFile(`${appMediaBaseUrl}${photo.id}/original`)
    expect(sha256(await readFile(original!.path))).toBe(photo.id)
    expect(await readFile(original!.path)).toEqual(await readFile(join(incoming, 'agency.jpg')))
  })

  it('writes every mirrored field (EXIF IFD0, XMP, IIM) alike, clears what the desk cleared, and re-importing the copy gives back exactly what was exported', { timeout: 30_000 }, async () => {
    // An agency file whose EXIF and dc:title/ObjectName say older things than its IIM and XMP.
    await writeJpegWithTags(exiftool, join(incoming, 'stale.jpg'), {
      'IFD0:ImageDescription': 'Ancienne légende EXIF',
      'IFD0:Artist': 'Ancien photographe',
      'IFD0:Copyright': '© Ancienne agence',
      'XMP-dc:Title': 'Ancien titre',
      'IPTC:ObjectName': 'ANCIEN-SLUG',
      'XMP-dc:Description': 'Légende de l’agence',
      'IPTC:Caption-Abstract': 'Légende de l’agence',
      'XMP-photoshop:Headline': 'Titre de l’agence',
      'XMP-dc:Creator': ['Photographe de l’agence'],
      'IPTC:By-line': 'Photographe de l’agence',
      'IPTC:Credit': 'AFP',
    })
    const photo = await importOne('stale.jpg')
    // The desk writes its caption and clears the creator and the headline.
    await library.update([photo.id], { caption, creator: '', headline: '', copyright: '© Ministère israélien de la Défense' })
    const exported = await library.get(photo.id)
    const target = join(directory, 'copie.jpg')
    await library.exportTo(photo.id, target)

    const back = (await exiftool.readRaw(target, { readArgs: ['-G1', '-IFD0:all', '-IPTC:all', '-XMP:all'] })) as Record<string, unknown>
    expect(back).toMatchObject({
      'IFD0:ImageDescription': caption,
      'XMP-dc:Description': caption,
      'IPTC:Caption-Abstract': caption,
      'IFD0:Copyright': exported.copyright,
      'XMP-dc:Rights': exported.copyright,
      'IPTC:CopyrightNotice': exported.copyright,
    })
    for (const cleared of ['IFD0:Artist', 'XMP-dc:Creator', 'IPTC:By-line', 'XMP-photoshop:Headline', 'XMP-dc:Title', 'IPTC:Headline', 'IPTC:ObjectName']) {
      expect(back[cleared], cleared).toBeUndefined()
    }
    // Exactly what was exported, field by field (only the file's own facts differ).
    const reimported = (await library.importFiles([target])).added[0]!
    const fieldsOf = ({ id, fileName, byteSize, importedAt, updatedAt, usedIn, ...fields }: typeof exported) => (void [id, fileName, byteSize, importedAt, updatedAt, usedIn], fields)
    expect(fieldsOf(reimported)).toEqual(fieldsOf(exported))
  })

  it('a PNG named .jpg is proposed under .png, and exports even under a wrong name', { timeout: 30_000 }, async () => {
    await writeFile(join(incoming, 'capture.jpg'), await sharp({ create: { width: 40, height: 30, channels: 3, background: '#468' } }).png().toBuffer())
    const photo = await importOne('capture.jpg')
    expect(photo.mime).toBe('image/png')
    let proposed = ''
    const asking = new PhotoLibrary({
      mediaDir: join(directory, 'media'),
      mediaBaseUrl: appMediaBaseUrl,
      dialogs: { ...dialogs, saveFile: async (options) => ((proposed = options.defaultName), join(directory, options.defaultName)) },
    })
    try {
      await asking.update([photo.id], { caption: 'Capture d’écran' })
      expect(await asking.exportWithMetadata(photo.id)).toEqual({ fileName: 'capture.png' })
      expect(proposed).toBe('capture.png')
      // A user who types .jpg anyway still gets the copy (under the name asked for).
      await asking.exportTo(photo.id, join(directory, 'nommée.jpg'))
      const back = (await exiftool.readRaw(join(directory, 'nommée.jpg'), { readArgs: ['-G1', '-XMP-dc:all', '-File:FileType'] })) as Record<string, unknown>
      expect(back).toMatchObject({ 'XMP-dc:Description': 'Capture d’écran', 'File:FileType': 'PNG' })
    } finally {
      await asking.dispose()
    }
  })

  it('opens its dialogs under the titles the renderer gives, in the interface language', async () => {
    const titles: string[] = []
    const recording = new PhotoLibrary({
      mediaDir: join(directory, 'media'),
      mediaBaseUrl: appMediaBaseUrl,
      dialogs: {
        openFiles: async (options) => (titles.push(options.title), []),
        openFolder: async (options) => (titles.push(options.title), null),
        saveFile: async (options) => (titles.push(options.title), null),
      },
    })
    try {
      await writeFile(join(incoming, 'x.jpg'), await makeJpeg(50, 50))
      const photo = await importOne('x.jpg')
      await recording.import({ source: 'dialog', dialogTitle: 'Importer des photos' })
      await recording.import({ source: 'folder', dialogTitle: 'Importer un dossier de photos' })
      await recording.exportWithMetadata(photo.id, 'Exporter la photo avec ses métadonnées')
      expect(titles).toEqual(['Importer des photos', 'Importer un dossier de photos', 'Exporter la photo avec ses métadonnées'])
    } finally {
      await recording.dispose()
    }
  })

  it('does nothing when the save dialog is cancelled', async () => {
    await writeFile(join(incoming, 'x.jpg'), await makeJpeg(50, 50))
    const photo = await importOne('x.jpg')
    saveAnswers.push(null)
    expect(await library.exportWithMetadata(photo.id)).toBeNull()
  })
})

describe('media files', () => {
  // Under the load of a shared two-core machine, making a preview can take a few seconds.
  it('serves thumbnails and previews made once, and nothing outside the library', { timeout: 30_000 }, async () => {
    await writeFile(join(incoming, 'big.jpg'), await makeJpeg(1800, 1200, { seed: 8, smooth: true }))
    const photo = await importOne('big.jpg')
    const preview = await library.mediaFile(`${appMediaBaseUrl}${photo.id}/preview`)
    expect(preview).toEqual({ path: join(directory, 'media', 'previews', `${photo.id}.jpg`), mime: 'image/jpeg' })
    expect((await sharp(preview!.path).metadata()).width).toBe(1600)
    const made = await readFile(preview!.path)
    expect(await readFile((await library.mediaFile(`${appMediaBaseUrl}${photo.id}/preview`))!.path)).toEqual(made)

    expect(await library.mediaFile(`${appMediaBaseUrl}${'a'.repeat(64)}/thumb`)).toBeNull()
    expect(await library.mediaFile(`${appMediaBaseUrl}${photo.id}/../../catalogue.json`)).toBeNull()
    expect(await library.mediaFile(`file:///etc/passwd`)).toBeNull()
  })
})

describe('importImageData (pictures embedded in an imported document)', () => {
  it('a JPEG as bytes becomes a photo, with its metadata; the same bytes again are the same photo; no temp file stays', async () => {
    const path = join(incoming, 'tagged.jpg')
    await writeJpegWithTags(exiftool, path, { 'IPTC:CodedCharacterSet': 'UTF8', 'IPTC:Credit': credit, 'IPTC:By-line': creator }, { seed: 7, width: 320, height: 200 })
    const bytes = await readFile(path)
    const request = { fileName: 'Article du jour – image 1.jpg', mime: 'image/jpeg' as const, base64: bytes.toString('base64') }
    const photo = await library.importImageData(request)
    expect(photo).toMatchObject({ id: sha256(bytes), fileName: 'Article du jour – image 1.jpg', mime: 'image/jpeg', width: 320, height: 200, credit, creator })
    expect(await readFile(join(directory, 'media', 'originals', `${photo.id}.jpg`))).toEqual(bytes)
    expect((await library.importImageData({ ...request, fileName: 'again.jpg' })).id).toBe(photo.id)
    expect(await library.list()).toHaveLength(1)
    expect(await readdir(join(directory, 'media', 'incoming'))).toEqual([])
  })

  it('a damaged picture is refused with the import’s sentence, a path as a name is never a path', async () => {
    const truncated = (await makeJpeg(320, 200)).subarray(0, 2000)
    await expect(library.importImageData({ fileName: 'cassée.jpg', mime: 'image/jpeg', base64: truncated.toString('base64') })).rejects.toMatchObject({
      code: 'unsupported-file',
      message: expect.stringMatching(/^The image data is damaged or incomplete/),
    })
    const notAnImage = Buffer.from('%PDF-1.4 not a picture')
    await expect(library.importImageData({ fileName: 'dessin.png', mime: 'image/png', base64: notAnImage.toString('base64') })).rejects.toMatchObject({
      code: 'unsupported-file',
      message: 'dessin.png is not an image Copydesk can read: JPEG, PNG, WebP or TIFF only.',
    })
    const photo = await library.importImageData({ fileName: '../../évasion.jpg', mime: 'image/jpeg', base64: (await makeJpeg(64, 64)).toString('base64') })
    expect(photo.fileName).toBe('évasion.jpg')
    expect(await library.list()).toHaveLength(1)
    expect(await readdir(join(directory, 'media', 'incoming'))).toEqual([])
  })
})
