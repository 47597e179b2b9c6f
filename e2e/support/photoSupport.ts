import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ExifTool } from 'exiftool-vendored'
import { writeJpegWithTags } from '../../src/main/services/photos/testImages'
import { exampleArticle } from './exampleArticle'

/** The example article's lead photo's alt text (the fixture has none). */
export const leadAltText = 'Deux hommes en costume passent devant une garde d’honneur'

/**
 * The example article's lead photo as an agency sends it, written into `folder` as gallant-bakou.jpg:
 * IPTC caption, by-line and credit (UTF-8 declared), XMP alt text. `seed` varies its pixels.
 */
export async function writeExampleLeadPhoto(folder: string, seed: number): Promise<void> {
  const lead = exampleArticle.leadPhoto
  await mkdir(folder, { recursive: true })
  const exiftool = new ExifTool({ maxProcs: 1 })
  try {
    await writeJpegWithTags(
      exiftool,
      join(folder, 'gallant-bakou.jpg'),
      {
        'IPTC:CodedCharacterSet': 'UTF8',
        'IPTC:Caption-Abstract': lead.caption,
        'IPTC:By-line': lead.creator,
        'IPTC:Credit': lead.credit,
        'XMP-iptcCore:AltTextAccessibility': leadAltText,
      },
      { seed, width: 960, height: 640 },
    )
  } finally {
    await exiftool.end()
  }
}
