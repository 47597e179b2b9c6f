import { mkdir } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { photoSchema, type Photo } from '@shared/photos/photo'
import { atomicWrite } from '../atomicWrite'
import { keepCopyAside, logDamage, readJsonFile, setAside, type DamageReporter } from '../damagedFile'

const catalogueFileSchema = z.object({ version: z.literal(1), photos: z.array(z.unknown()) })

/**
 * The library's records, in one JSON file rewritten atomically (a crash leaves the old or the new
 * file). Writes are coalesced: many changes in a row give one write of the latest state.
 */
export class PhotoCatalogue {
  private photos = new Map<string, Photo>()
  private loaded: Promise<void> | undefined
  private writing: Promise<void> = Promise.resolve()
  private pendingWrite: Promise<void> | undefined

  constructor(
    private readonly file: string,
    private readonly reporter: DamageReporter = logDamage,
  ) {}

  /**
   * Reads the file once. Damaged (not JSON, wrong shape) it is set aside and the library starts
   * again from the originals; a record that no longer parses is left out, with a copy of the file kept aside.
   */
  load(): Promise<void> {
    this.loaded ??= this.read()
    return this.loaded
  }

  private async read(): Promise<void> {
    const read = readJsonFile(this.file, 'photo-catalogue', this.reporter)
    if (!read.found) return
    const parsed = catalogueFileSchema.safeParse(read.value)
    if (!parsed.success) return setAside(this.file, 'photo-catalogue', 'wrong-shape', this.reporter)
    let bad = 0
    for (const record of parsed.data.photos) {
      const photo = photoSchema.safeParse(record)
      if (photo.success) this.photos.set(photo.data.id, photo.data)
      else bad++
    }
    if (bad > 0) {
      keepCopyAside(this.file, 'photo-catalogue', bad, this.reporter)
      await this.save()
    }
  }

  get(id: string): Photo | undefined {
    return this.photos.get(id)
  }

  has(id: string): boolean {
    return this.photos.has(id)
  }

  all(): Photo[] {
    return [...this.photos.values()]
  }

  /** Adds or replaces records; resolves once they are on disk. */
  put(...photos: Photo[]): Promise<void> {
    for (const photo of photos) this.photos.set(photo.id, photo)
    return this.save()
  }

  delete(...ids: string[]): Promise<void> {
    for (const id of ids) this.photos.delete(id)
    return this.save()
  }

  /** One write at a time; a change during a write is saved by the next one, which covers all waiting. */
  private save(): Promise<void> {
    this.pendingWrite ??= this.writing.then(async () => {
      this.pendingWrite = undefined
      await mkdir(dirname(this.file), { recursive: true })
      await atomicWrite(this.file, JSON.stringify({ version: 1, photos: this.all() }))
    })
    this.writing = this.pendingWrite.catch(() => undefined)
    return this.pendingWrite
  }

  /** Resolves when every write asked for so far is done. */
  flushed(): Promise<void> {
    return this.writing
  }
}
