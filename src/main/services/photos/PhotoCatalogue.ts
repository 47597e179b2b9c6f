import { mkdir, readFile, rename } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import { photoSchema, type Photo } from '@shared/photos/photo'
import { atomicWrite } from '../atomicWrite'

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

  constructor(private readonly file: string) {}

  /** Reads the file once. A record that no longer parses is skipped (and logged), not fatal. */
  load(): Promise<void> {
    this.loaded ??= this.read()
    return this.loaded
  }

  private async read(): Promise<void> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    let parsed: z.infer<typeof catalogueFileSchema>
    try {
      parsed = catalogueFileSchema.parse(JSON.parse(text))
    } catch (error) {
      // Keep the unreadable file for a person to look at; the library starts again from the originals.
      const aside = `${this.file}.unreadable-${Date.now()}`
      await rename(this.file, aside)
      console.error(`Photo catalogue unreadable, kept as ${aside}:`, error)
      return
    }
    for (const record of parsed.photos) {
      const photo = photoSchema.safeParse(record)
      if (photo.success) this.photos.set(photo.data.id, photo.data)
      else console.error('Skipped an unreadable photo record:', photo.error.message)
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
