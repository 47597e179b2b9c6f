import { writeFile } from 'node:fs/promises'
import type { ExifTool, WriteTags } from 'exiftool-vendored'
import sharp from 'sharp'

/**
 * Real image files for tests: pixels from sharp, metadata written by ExifTool — the way agency
 * and staff pictures arrive. Test support only (not used by the app).
 */
export async function makeJpeg(
  width = 640,
  height = 427,
  options: { seed?: number; orientation?: number; smooth?: boolean } = {},
): Promise<Buffer> {
  // Noise makes a JPEG with real entropy data, so truncating or damaging it is really noticed.
  // smooth: a plain colour, much faster to make at large sizes.
  const noise = options.smooth ? {} : { noise: { type: 'gaussian' as const, mean: 120 + (options.seed ?? 0), sigma: 40 } }
  const background = `#7a8b${(0x9c + (options.seed ?? 0)).toString(16).padStart(2, '0').slice(-2)}`
  const image = sharp({ create: { width, height, channels: 3, background, ...noise } }).jpeg({ quality: 85 })
  if (options.orientation) image.withMetadata({ orientation: options.orientation })
  return image.toBuffer()
}

/** Writes `tags` into the file at `path` (which must exist). `iimCharset`: how ExifTool encodes IIM text. */
export async function writeTags(
  exiftool: ExifTool,
  path: string,
  tags: Record<string, unknown>,
  iimCharset: 'UTF8' | 'Latin' = 'UTF8',
): Promise<void> {
  await exiftool.write(path, tags as WriteTags, {
    writeArgs: ['-overwrite_original', '-charset', `iptc=${iimCharset}`],
    ignoreMinorErrors: true,
  })
}

export async function writeJpegWithTags(
  exiftool: ExifTool,
  path: string,
  tags: Record<string, unknown>,
  options: { iimCharset?: 'UTF8' | 'Latin'; seed?: number; width?: number; height?: number } = {},
): Promise<void> {
  await writeFile(path, await makeJpeg(options.width, options.height, { seed: options.seed }))
  if (Object.keys(tags).length) await writeTags(exiftool, path, tags, options.iimCharset)
}

/** A valid JPEG whose header claims `width` × `height`: what a huge scan looks like to a reader, in a few kB. */
export async function jpegClaimingSize(width: number, height: number): Promise<Buffer> {
  const bytes = Buffer.from(await makeJpeg(64, 64))
  for (let i = 0; i < bytes.length - 9; i++) {
    // SOF0 or SOF2 marker: FF C0/C2, length (2), precision (1), height (2), width (2).
    if (bytes[i] === 0xff && (bytes[i + 1] === 0xc0 || bytes[i + 1] === 0xc2)) {
      bytes.writeUInt16BE(height, i + 5)
      bytes.writeUInt16BE(width, i + 7)
      return bytes
    }
  }
  throw new Error('No SOF marker found')
}

/**
 * A JPEG with IIM in a FotoWare FotoStation trailer after the image's end, as FotoStation and some
 * archive systems store it. ExifTool cannot create such a trailer (it only edits an existing one),
 * so it is built byte by byte as FotoStation.pm reads it: the IIM datasets (0x1C, record, dataset,
 * 16-bit length, bytes), then a footer of record type 1 (IPTC), its size with the footer, and the
 * signature 0xA1B2C3D4.
 */
export function withIptcTrailer(jpeg: Buffer, datasets: { record: 1 | 2; dataset: number; text: string }[]): Buffer {
  const iim = Buffer.concat(
    datasets.map(({ record, dataset, text }) => {
      const data = Buffer.from(text, 'utf8')
      return Buffer.concat([Buffer.from([0x1c, record, dataset, data.length >> 8, data.length & 0xff]), data])
    }),
  )
  const footer = Buffer.alloc(10)
  footer.writeUInt16BE(1, 0)
  footer.writeUInt32BE(iim.length + 10, 2)
  footer.writeUInt32BE(0xa1b2c3d4, 6)
  return Buffer.concat([jpeg, iim, footer])
}
