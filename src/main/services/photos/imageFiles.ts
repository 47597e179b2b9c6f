import { readdir, stat } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import sharp, { type Metadata } from 'sharp'
import type { PhotoMime } from '@shared/photos/photo'

/** Above this many pixels an image is refused: decoding it would take gigabytes (a 100-megapixel scan). */
export const maxImagePixels = 90_000_000

export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.tif', '.tiff']

const mimeOfSharpFormat: Record<string, PhotoMime> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  tiff: 'image/tiff',
}
export const extensionOfMime: Record<PhotoMime, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'image/tiff': '.tif',
}

/** A file that cannot enter the library, with a sentence saying why. */
export class PhotoFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PhotoFileError'
  }
}

const isImageName = (name: string) => imageExtensions.includes(extname(name).toLowerCase())

/**
 * The files to import from what the user picked or dropped: files as given (a wrong one gets its
 * own error later), folders walked recursively for image files, hidden files and folders skipped.
 */
export async function collectImageFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = []
  const walk = async (folder: string) => {
    const entries = await readdir(folder, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) await walk(path)
      else if (entry.isFile() && isImageName(entry.name)) files.push(path)
    }
  }
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined)
    if (info?.isDirectory()) await walk(path)
    else files.push(path)
  }
  return files
}

export type ImageProbe = { mime: PhotoMime; width: number; height: number; orientation: number }

/** What the bytes are (not what the name says): format, size as displayed, EXIF orientation. */
export async function probeImage(bytes: Buffer, fileName: string): Promise<ImageProbe> {
  if (bytes.length === 0) throw new PhotoFileError('The file is empty (0 bytes).')
  let info: Metadata
  try {
    info = await sharp(bytes, { limitInputPixels: false }).metadata()
  } catch {
    throw new PhotoFileError(
      `${basename(fileName)} is not an image Copydesk can read: JPEG, PNG, WebP or TIFF only.`,
    )
  }
  const mime = mimeOfSharpFormat[info.format ?? '']
  if (!mime) {
    throw new PhotoFileError(`${(info.format ?? 'This').toUpperCase()} images are not accepted: JPEG, PNG, WebP or TIFF only.`)
  }
  if (!info.width || !info.height) throw new PhotoFileError('The image has no pixel size: the file is damaged.')
  const pixels = info.width * info.height
  if (pixels > maxImagePixels) {
    const megapixels = (n: number) => Math.round(n / 1_000_000)
    throw new PhotoFileError(
      `The image is too large: ${megapixels(pixels)} megapixels (${info.width} × ${info.height}); the limit is ${megapixels(maxImagePixels)} megapixels.`,
    )
  }
  const orientation = info.orientation && info.orientation >= 1 && info.orientation <= 8 ? info.orientation : 1
  // Orientations 5–8 turn the picture a quarter: it is displayed with width and height swapped.
  const turned = orientation >= 5
  return { mime, width: turned ? info.height : info.width, height: turned ? info.width : info.height, orientation }
}

/**
 * A smaller JPEG of the image, upright (EXIF orientation applied), fitting in `size` × `size`.
 * Fails on a damaged or truncated file rather than drawing half a picture.
 */
export async function renderVariant(input: Buffer | string, size: number): Promise<Buffer> {
  try {
    return await sharp(input, { limitInputPixels: maxImagePixels, failOn: 'warning' })
      .rotate()
      .resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 80 })
      .toBuffer()
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new PhotoFileError(`The image data is damaged or incomplete (${detail}).`)
  }
}
