import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, extname, join } from 'node:path'
import { ExifTool } from 'exiftool-vendored'
import {
  editablePhotoFields,
  type Photo,
  type PhotoMime,
  type PhotoPatch,
  type PhotoVariant,
} from '@shared/photos/photo'
import {
  maxImageDataBytes,
  type PhotoImageDataRequest,
  type PhotoImportFailure,
  type PhotoImportProgress,
  type PhotoImportRequest,
  type PhotoImportResult,
} from '@shared/photos/photoContract'
import { ServiceError } from '../../ipc/dispatcher'
import { atomicWrite } from '../atomicWrite'
import type { DamageReporter } from '../damagedFile'
import type { FileDialogs } from '../FileDialogs'
import { PhotoCatalogue } from './PhotoCatalogue'
import {
  collectImageFiles,
  extensionOfMime,
  imageExtensions,
  PhotoFileError,
  probeImage,
  renderVariant,
} from './imageFiles'
import { parseMediaUrl } from './mediaUrl'
import { formatsWithIim, metadataFromTags, readArgs, tagsForExport } from './photoMetadataTags'

/** Long side of the grid's thumbnails and of the inspector's (and the article's) previews, in pixels. */
export const thumbSize = 320
export const previewSize = 1600

export type PhotoLibraryDeps = {
  /** <userData>/media: originals/, thumbs/, previews/ and catalogue.json. */
  mediaDir: string
  /** Where the renderer loads media from (see mediaUrl.ts): the app's scheme, or the harness's path. */
  mediaBaseUrl: string
  dialogs: FileDialogs
  /** Import progress, for the renderer's progress bar. */
  onProgress?: (progress: PhotoImportProgress) => void
  /** Files worked on at once: enough to overlap ExifTool and sharp, few enough to leave the UI a core. */
  concurrency?: number
  /** Told when the catalogue is found damaged at start (and set aside). */
  damagedFiles?: DamageReporter
}

const dialogFilters = [{ name: 'Images', extensions: imageExtensions.map((extension) => extension.slice(1)) }]

const messageOf = (error: unknown) =>
  error instanceof PhotoFileError
    ? error.message
    : error instanceof Error
      ? `Could not import: ${error.message.split('\n')[0]}`
      : `Could not import: ${String(error)}`

/**
 * The photo library: originals copied byte for byte under their SHA-256 (the same file twice is one
 * photo), a catalogue of records with the metadata the desk edits, and thumbnails/previews made
 * once and kept. Originals are never modified; "Export with metadata" writes a copy.
 */
export class PhotoLibrary {
  private readonly catalogue: PhotoCatalogue
  private exiftool: ExifTool | undefined
  /** Files being imported, by id: a second copy of the same bytes in one batch waits for the first. */
  private readonly importing = new Map<string, Promise<Photo>>()
  private readonly rendering = new Map<string, Promise<void>>()

  constructor(private readonly deps: PhotoLibraryDeps) {
    this.catalogue = new PhotoCatalogue(join(deps.mediaDir, 'catalogue.json'), deps.damagedFiles)
  }

  /** One ExifTool (a perl process kept open), started on first use and ended by dispose(). */
  private get tool(): ExifTool {
    this.exiftool ??= new ExifTool({ maxProcs: 1, taskTimeoutMillis: 60_000 })
    return this.exiftool
  }

  async dispose(): Promise<void> {
    await this.catalogue.flushed()
    await this.exiftool?.end()
    this.exiftool = undefined
  }

  /** Reads the catalogue (at start, so a damaged one is reported before the photo desk opens). */
  ready(): Promise<void> {
    return this.catalogue.load()
  }

  mediaBaseUrl(): string {
    return this.deps.mediaBaseUrl
  }

  private path(variant: PhotoVariant, photo: Pick<Photo, 'id' | 'mime'>): string {
    if (variant === 'original') return join(this.deps.mediaDir, 'originals', photo.id + extensionOfMime[photo.mime])
    return join(this.deps.mediaDir, variant === 'thumb' ? 'thumbs' : 'previews', `${photo.id}.jpg`)
  }

  async list(): Promise<Photo[]> {
    await this.catalogue.load()
    return this.catalogue.all().sort((a, b) => b.importedAt.localeCompare(a.importedAt) || a.fileName.localeCompare(b.fileName))
  }

  async has(id: string): Promise<boolean> {
    await this.catalogue.load()
    return this.catalogue.has(id)
  }

  async get(id: string): Promise<Photo> {
    await this.catalogue.load()
    const photo = this.catalogue.get(id)
    if (!photo) throw new ServiceError('not-found', 'This photo is not in the library.')
    return photo
  }

  /** Asks the file or folder dialog, then imports every image found. */
  async import(request: PhotoImportRequest): Promise<PhotoImportResult> {
    let paths: string[]
    if (request.source === 'dialog') {
      paths = await this.deps.dialogs.openFiles({ title: request.dialogTitle ?? 'Import photos', filters: dialogFilters, multiple: true })
    } else {
      const folder = await this.deps.dialogs.openFolder({ title: request.dialogTitle ?? 'Import a folder of photos' })
      paths = folder ? [folder] : []
    }
    return this.importPaths(paths)
  }

  /** Files as given (each checked), folders walked for images: what the user picked or dropped. */
  async importPaths(paths: readonly string[]): Promise<PhotoImportResult> {
    const importId = randomUUID()
    if (paths.length === 0) return { importId, cancelled: true, added: [], duplicates: [], failed: [] }
    return this.importFiles(await collectImageFiles(paths), importId)
  }

  /**
   * A picture from an imported document, as bytes: written to a temp folder inside the media folder
   * under a name of ours, imported like any file (the same checks, dedupe and metadata), then the
   * temp folder goes. Answers the photo (new or already there); a picture that cannot enter the
   * library is refused with the import's own sentence.
   */
  async importImageData(request: PhotoImageDataRequest): Promise<Photo> {
    const bytes = Buffer.from(request.base64, 'base64')
    if (bytes.length === 0) throw new ServiceError('unsupported-file', `${request.fileName}: the picture is empty (0 bytes).`)
    if (bytes.length > maxImageDataBytes) {
      throw new ServiceError('file-too-large', `${request.fileName} is larger than ${maxImageDataBytes / 1024 / 1024} MB.`)
    }
    // Our own name (the caller's, stripped to safe characters, with the extension of its type): never a path.
    const stem = basename(request.fileName, extname(request.fileName)).replace(/[\p{Cc}\\/:*?"<>|]/gu, '_').slice(0, 100) || 'picture'
    const incoming = join(this.deps.mediaDir, 'incoming')
    await mkdir(incoming, { recursive: true })
    const folder = await mkdtemp(join(incoming, 'doc-'))
    try {
      const file = join(folder, stem + extensionOfMime[request.mime])
      await writeFile(file, bytes, { flag: 'wx' })
      const result = await this.importFiles([file])
      const photo = result.added[0] ?? result.duplicates[0]
      if (photo) return photo
      throw new ServiceError('unsupported-file', result.failed[0]?.message ?? `${request.fileName} could not be imported.`)
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  }

  /**
   * A photo another Copydesk put on the site, for an article that uses it: kept under the id it has
   * there (the sha-256 of its original on that computer) so the article finds it. The site's copy
   * is the metadata-carrying export: its words are read from it as for any import.
   */
  async adopt(id: string, bytes: Buffer, fileName: string): Promise<Photo> {
    if (!/^[0-9a-f]{64}$/.test(id)) throw new ServiceError('invalid-request', `Not a photo id: ${id}`)
    await this.catalogue.load()
    const existing = this.catalogue.get(id) ?? (await this.importing.get(id))
    if (existing) return existing
    const probe = await probeImage(bytes, fileName)
    const adopting = this.addToLibrary(id, bytes, fileName, probe.mime, probe)
    this.importing.set(id, adopting)
    try {
      const photo = await adopting
      await this.catalogue.flushed()
      return photo
    } finally {
      this.importing.delete(id)
    }
  }

  /** Imports files with bounded concurrency; one bad file gets its error, the others go on. */
  async importFiles(files: readonly string[], importId: string = randomUUID()): Promise<PhotoImportResult> {
    await this.catalogue.load()
    const result: PhotoImportResult = { importId, cancelled: false, added: [], duplicates: [], failed: [] }
    const total = files.length
    let done = 0
    this.deps.onProgress?.({ importId, done, total, failed: 0, fileName: '' })
    // Per file, in the order given (workers finish in any order).
    const outcomes: ({ photo: Photo; added: boolean } | PhotoImportFailure)[] = []
    let next = 0
    let failed = 0
    const worker = async () => {
      while (next < files.length) {
        const index = next++
        const file = files[index] as string
        try {
          outcomes[index] = await this.importOne(file)
        } catch (error) {
          outcomes[index] = { fileName: basename(file), message: messageOf(error) }
          failed++
        }
        done++
        this.deps.onProgress?.({ importId, done, total, failed, fileName: basename(file) })
      }
    }
    const workers = Math.max(1, Math.min(this.deps.concurrency ?? 2, files.length))
    await Promise.all(Array.from({ length: workers }, worker))
    for (const outcome of outcomes) {
      if ('message' in outcome) result.failed.push(outcome)
      else (outcome.added ? result.added : result.duplicates).push(outcome.photo)
    }
    await this.catalogue.flushed()
    return result
  }

  private async importOne(file: string): Promise<{ photo: Photo; added: boolean }> {
    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new PhotoFileError(
        code === 'ENOENT' ? 'The file is no longer there.' : `The file could not be read (${code ?? String(error)}).`,
      )
    }
    const probe = await probeImage(bytes, file)
    const id = createHash('sha256').update(bytes).digest('hex')
    const existing = this.catalogue.get(id)
    if (existing) return { photo: existing, added: false }
    // Checked and claimed with no await in between, so two copies in one batch cannot both be added.
    const sameBytesImporting = this.importing.get(id)
    if (sameBytesImporting) return { photo: await sameBytesImporting, added: false }
    const importing = this.addToLibrary(id, bytes, file, probe.mime, probe)
    this.importing.set(id, importing)
    try {
      return { photo: await importing, added: true }
    } finally {
      this.importing.delete(id)
    }
  }

  private async addToLibrary(
    id: string,
    bytes: Buffer,
    file: string,
    mime: PhotoMime,
    probe: { width: number; height: number; orientation: number },
  ): Promise<Photo> {
    // The thumbnail first: it is what proves the image decodes (a truncated file fails here).
    const thumb = await renderVariant(bytes, thumbSize)
    const original = this.path('original', { id, mime })
    await writeAtomically(original, bytes)
    await writeAtomically(this.path('thumb', { id, mime }), thumb)
    // MWG off: with it ExifTool ignores IIM outside APP13 (a JPEG trailer's); the mapping applies the precedence itself.
    const tags = await this.tool.readRaw(original, { readArgs, ignoreMinorErrors: true, useMWG: false })
    const now = new Date().toISOString()
    const photo: Photo = {
      id,
      fileName: basename(file),
      mime,
      byteSize: bytes.length,
      ...probe,
      ...metadataFromTags(tags as Record<string, unknown>),
      importedAt: now,
      updatedAt: now,
      usedIn: [],
    }
    await this.catalogue.put(photo)
    return photo
  }

  /** The same patch on every photo; fields absent from the patch are left as they are. */
  async update(ids: readonly string[], patch: PhotoPatch): Promise<Photo[]> {
    await this.catalogue.load()
    const missing = ids.filter((id) => !this.catalogue.has(id))
    if (missing.length) throw new ServiceError('not-found', `${missing.length} of these photos are no longer in the library.`)
    const clean: PhotoPatch = {}
    for (const field of editablePhotoFields) {
      const value = patch[field]
      if (value === undefined) continue
      if (Array.isArray(value)) clean.keywords = [...new Set(value.map((keyword) => keyword.trim()).filter(Boolean))]
      else (clean as Record<string, string>)[field] = value.trim()
    }
    const now = new Date().toISOString()
    const updated = ids.map((id) => ({ ...(this.catalogue.get(id) as Photo), ...clean, updatedAt: now }))
    await this.catalogue.put(...updated)
    return updated
  }

  /** Removes photos no article uses; the others are refused with the articles that use them. */
  async remove(ids: readonly string[]): Promise<{ removed: string[]; refused: { id: string; articleIds: string[] }[] }> {
    await this.catalogue.load()
    const removed: Photo[] = []
    const refused: { id: string; articleIds: string[] }[] = []
    for (const id of new Set(ids)) {
      const photo = this.catalogue.get(id)
      if (!photo) continue
      if (photo.usedIn.length) refused.push({ id, articleIds: photo.usedIn })
      else removed.push(photo)
    }
    await this.catalogue.delete(...removed.map((photo) => photo.id))
    for (const photo of removed) {
      for (const variant of ['original', 'thumb', 'preview'] as const) await rm(this.path(variant, photo), { force: true })
    }
    return { removed: removed.map((photo) => photo.id), refused }
  }

  /** Records that `articleId` uses exactly `photoIds` now. */
  async setUsage(articleId: string, photoIds: readonly string[]): Promise<{ unknown: string[] }> {
    await this.catalogue.load()
    const using = new Set(photoIds)
    const changed: Photo[] = []
    for (const photo of this.catalogue.all()) {
      const has = photo.usedIn.includes(articleId)
      if (has === using.has(photo.id)) continue
      const usedIn = has ? photo.usedIn.filter((id) => id !== articleId) : [...photo.usedIn, articleId].sort()
      changed.push({ ...photo, usedIn })
    }
    if (changed.length) await this.catalogue.put(...changed)
    return { unknown: [...using].filter((id) => !this.catalogue.has(id)) }
  }

  /** Asks where to save, then writes the copy. null when the user cancelled. */
  async exportWithMetadata(id: string, dialogTitle = 'Export with metadata'): Promise<{ fileName: string } | null> {
    const photo = await this.get(id)
    const target = await this.deps.dialogs.saveFile({
      title: dialogTitle,
      defaultName: nameForType(photo.fileName, photo.mime),
      filters: [{ name: 'Image', extensions: [extensionOfMime[photo.mime].slice(1)] }],
    })
    if (!target) return null
    await this.exportTo(id, target)
    return { fileName: basename(target) }
  }

  /**
   * Writes a copy of the original whose IIM (UTF-8 declared; JPEG and TIFF) and XMP carry the
   * library's metadata. The original is copied first; only the copy is written to.
   */
  async exportTo(id: string, target: string): Promise<void> {
    const photo = await this.get(id)
    // ExifTool writes by the name's extension: the copy is written under its real type's, then renamed.
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${extensionOfMime[photo.mime]}`)
    await copyFile(this.path('original', photo), temporary)
    try {
      const iim = formatsWithIim.has(photo.mime)
      await this.tool.write(temporary, tagsForExport(photo, { iim }) as never, {
        writeArgs: ['-overwrite_original', ...(iim ? ['-charset', 'iptc=UTF8'] : [])],
        // IIM's length limits (32 bytes for a credit) are warnings: the full text is written anyway.
        ignoreMinorErrors: true,
      })
      await rename(temporary, target)
    } catch (error) {
      await rm(temporary, { force: true })
      throw new ServiceError('io-failed', `Could not export ${photo.fileName}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }

  /**
   * The file a media URL stands for, made now if it is a preview (or a thumbnail) not made yet;
   * null for a URL outside the library or an id it does not hold.
   */
  async mediaFile(url: string): Promise<{ path: string; mime: string } | null> {
    const request = parseMediaUrl(url, this.deps.mediaBaseUrl)
    if (!request) return null
    await this.catalogue.load()
    const photo = this.catalogue.get(request.id)
    if (!photo) return null
    const path = this.path(request.variant, photo)
    if (request.variant !== 'original') await this.ensureVariant(photo, request.variant, path)
    return { path, mime: request.variant === 'original' ? photo.mime : 'image/jpeg' }
  }

  private ensureVariant(photo: Photo, variant: 'thumb' | 'preview', path: string): Promise<void> {
    const key = `${photo.id}/${variant}`
    let rendering = this.rendering.get(key)
    if (!rendering) {
      rendering = (async () => {
        const exists = await stat(path).then(
          () => true,
          () => false,
        )
        if (exists) return
        const image = await renderVariant(this.path('original', photo), variant === 'thumb' ? thumbSize : previewSize)
        await writeAtomically(path, image)
      })().finally(() => this.rendering.delete(key))
      this.rendering.set(key, rendering)
    }
    return rendering
  }
}

/** The file's name with the extension of its real type (a PNG named .jpg is proposed as .png). */
export function nameForType(fileName: string, mime: PhotoMime): string {
  const extension = extname(fileName).toLowerCase()
  const fits = mime === 'image/jpeg' ? ['.jpg', '.jpeg', '.jpe'] : mime === 'image/tiff' ? ['.tif', '.tiff'] : [extensionOfMime[mime]]
  if (fits.includes(extension)) return fileName
  return `${extension ? fileName.slice(0, -extension.length) : fileName}${extensionOfMime[mime]}`
}

/** A crash never leaves half an original or half a thumbnail under its final name (main's one atomic writer). */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await atomicWrite(path, data)
}
