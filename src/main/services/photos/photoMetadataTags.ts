import { emptyPhotoMetadata, type PhotoMetadata } from '@shared/photos/photo'
import { isCameraBoilerplate } from '@shared/photos/cameraBoilerplate'
import { repairUndeclaredUtf8 } from './iimText'

/**
 * DESIGN.md's IPTC mapping, both ways, as ExifTool tag names with their family-1 group (`-G1`).
 *
 * Reading, when a field is in both XMP and IIM and they differ: XMP wins (IPTC Photo Metadata
 * guidance and the Metadata Working Group: XMP is the authoritative copy; IIM is the legacy mirror),
 * unless the file says its IIM was edited after the XMP — the Photoshop IPTC digest is stored and
 * no longer matches the current IIM (MWG's "changed by a non-XMP-aware tool" case): then IIM wins.
 * IIM in a JPEG trailer (FotoStation and archive systems; ExifTool's `IPTC2` group, read with MWG
 * off) stands in for the standard IIM where that lacks a field. A camera's own words ("OLYMPUS
 * DIGITAL CAMERA") are no value: the next source is taken, else the field stays empty.
 */

/** The arguments for one read: groups named, only what the mapping needs. */
export const readArgs = [
  '-G1',
  '-XMP-dc:all',
  '-XMP-photoshop:all',
  '-XMP-xmpRights:UsageTerms',
  '-XMP-iptcCore:AltTextAccessibility',
  '-IPTC:all',
  '-Photoshop:IPTCDigest',
  '-File:CurrentIPTCDigest',
  '-IFD0:ImageDescription',
  '-IFD0:Artist',
  '-IFD0:Copyright',
  '-ExifIFD:DateTimeOriginal',
]

type RawTags = Record<string, unknown>
type TextField = Exclude<keyof PhotoMetadata, 'keywords'>

/** Per field: XMP tags (first found wins), IIM tags, then EXIF as a last resort. */
const sources: Record<TextField, { xmp: string[]; iim: string[]; exif?: string[] }> = {
  caption: { xmp: ['XMP-dc:Description'], iim: ['IPTC:Caption-Abstract'], exif: ['IFD0:ImageDescription'] },
  headline: { xmp: ['XMP-photoshop:Headline', 'XMP-dc:Title'], iim: ['IPTC:Headline', 'IPTC:ObjectName'] },
  creator: { xmp: ['XMP-dc:Creator'], iim: ['IPTC:By-line'], exif: ['IFD0:Artist'] },
  credit: { xmp: ['XMP-photoshop:Credit'], iim: ['IPTC:Credit'] },
  source: { xmp: ['XMP-photoshop:Source'], iim: ['IPTC:Source'] },
  copyright: { xmp: ['XMP-dc:Rights'], iim: ['IPTC:CopyrightNotice'], exif: ['IFD0:Copyright'] },
  usageTerms: { xmp: ['XMP-xmpRights:UsageTerms'], iim: [] },
  altText: { xmp: ['XMP-iptcCore:AltTextAccessibility'], iim: [] },
  dateCreated: { xmp: ['XMP-photoshop:DateCreated'], iim: ['IPTC:DateCreated'], exif: ['ExifIFD:DateTimeOriginal'] },
  city: { xmp: ['XMP-photoshop:City'], iim: ['IPTC:City'] },
  country: { xmp: ['XMP-photoshop:Country'], iim: ['IPTC:Country-PrimaryLocationName'] },
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return ''
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ')
  return String(value).trim()
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return []
  // One keyword comes as a string, several as an array; a keyword may itself hold a comma.
  const items = Array.isArray(value) ? value : [value]
  return items.map((item) => String(item).trim()).filter(Boolean)
}

/** ExifTool's "2023:07:13" (and "2023:07:13 10:42:00+03:00") as ISO 8601. */
export function isoDate(value: string): string {
  const match = /^(\d{4})[:-](\d{2})[:-](\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?)(.*))?$/.exec(value)
  if (!match) return value
  const [, year, month, day, time, zone] = match
  return time ? `${year}-${month}-${day}T${time}${zone ?? ''}` : `${year}-${month}-${day}`
}

/** Maps ExifTool's tags (read with `readArgs`) to the library's fields, accents repaired. */
export function metadataFromTags(tags: RawTags): PhotoMetadata {
  const iimDeclaresUtf8 = asText(tags['IPTC:CodedCharacterSet']).toUpperCase().replace(/[^A-Z0-9]/g, '') === 'UTF8'
  const storedDigest = asText(tags['Photoshop:IPTCDigest'])
  const currentDigest = asText(tags['File:CurrentIPTCDigest'])
  const iimEditedAfterXmp = storedDigest !== '' && currentDigest !== '' && storedDigest !== currentDigest
  const trailerDeclaresUtf8 = asText(tags['IPTC2:CodedCharacterSet']).toUpperCase().replace(/[^A-Z0-9]/g, '') === 'UTF8'
  const iimText = (text: string, utf8 = iimDeclaresUtf8) => (utf8 ? text : repairUndeclaredUtf8(text))
  const first = (names: string[], iim = false) => {
    // The standard IIM's tags first, then the same tags from a trailer.
    const candidates = iim ? [...names.map((name) => ({ name, utf8: iimDeclaresUtf8 })), ...names.map((name) => ({ name: name.replace(/^IPTC:/, 'IPTC2:'), utf8: trailerDeclaresUtf8 }))] : names.map((name) => ({ name, utf8: true }))
    for (const { name, utf8 } of candidates) {
      const text = asText(tags[name])
      if (text && !isCameraBoilerplate(text)) return iim ? iimText(text, utf8) : text
    }
    return ''
  }

  const metadata: PhotoMetadata = { ...emptyPhotoMetadata }
  for (const [field, from] of Object.entries(sources) as [TextField, (typeof sources)[TextField]][]) {
    const xmp = first(from.xmp)
    const iim = first(from.iim, true)
    const exif = from.exif ? first(from.exif) : ''
    metadata[field] = (iimEditedAfterXmp ? iim || xmp : xmp || iim) || exif
  }
  if (metadata.dateCreated) {
    const iimTime = asText(tags['IPTC:TimeCreated']) || asText(tags['IPTC2:TimeCreated'])
    const date = isoDate(metadata.dateCreated)
    metadata.dateCreated = /^\d{4}-\d{2}-\d{2}$/.test(date) && iimTime && !asText(tags['XMP-photoshop:DateCreated'])
      ? `${date}T${iimTime}`
      : date
  }
  const xmpKeywords = asList(tags['XMP-dc:Subject'])
  const standardKeywords = asList(tags['IPTC:Keywords']).map((text) => iimText(text))
  const iimKeywords = standardKeywords.length ? standardKeywords : asList(tags['IPTC2:Keywords']).map((text) => iimText(text, trailerDeclaresUtf8))
  metadata.keywords = iimEditedAfterXmp ? (iimKeywords.length ? iimKeywords : xmpKeywords) : xmpKeywords.length ? xmpKeywords : iimKeywords
  return metadata
}

/** Formats whose IIM ExifTool can write (WordPress reads IIM from JPEG). PNG and WebP get XMP only. */
export const formatsWithIim = new Set(['image/jpeg', 'image/tiff'])

/**
 * The tags "Export with metadata" writes: every place a reader may look for a field says the same
 * (the Metadata Working Group's guidance: XMP, the IIM mirror and EXIF IFD0 kept in step for
 * caption, creator and copyright; the headline also in XMP dc:title and IIM ObjectName, which the
 * import reads when Headline is missing). An empty field deletes the tag everywhere, so nothing the
 * desk cleared comes back on the next import, and re-importing the copy gives back what was exported.
 */
export function tagsForExport(metadata: PhotoMetadata, options: { iim: boolean }): Record<string, unknown> {
  const iimDate = /^(\d{4})-(\d{2})-(\d{2})/.exec(metadata.dateCreated)
  const xmp: Record<string, unknown> = {
    'XMP-dc:Description': metadata.caption,
    'XMP-photoshop:Headline': metadata.headline,
    'XMP-dc:Title': metadata.headline,
    'XMP-dc:Creator': metadata.creator ? [metadata.creator] : '',
    'XMP-photoshop:Credit': metadata.credit,
    'XMP-photoshop:Source': metadata.source,
    'XMP-dc:Rights': metadata.copyright,
    'XMP-xmpRights:UsageTerms': metadata.usageTerms,
    'XMP-iptcCore:AltTextAccessibility': metadata.altText,
    'XMP-photoshop:DateCreated': metadata.dateCreated,
    'XMP-photoshop:City': metadata.city,
    'XMP-photoshop:Country': metadata.country,
    'XMP-dc:Subject': metadata.keywords.length ? metadata.keywords : '',
    'IFD0:ImageDescription': metadata.caption,
    'IFD0:Artist': metadata.creator,
    'IFD0:Copyright': metadata.copyright,
  }
  if (!options.iim) return xmp
  return {
    ...xmp,
    'IPTC:CodedCharacterSet': 'UTF8',
    'IPTC:Caption-Abstract': metadata.caption,
    'IPTC:Headline': metadata.headline,
    'IPTC:ObjectName': metadata.headline,
    'IPTC:By-line': metadata.creator,
    'IPTC:Credit': metadata.credit,
    'IPTC:Source': metadata.source,
    'IPTC:CopyrightNotice': metadata.copyright,
    'IPTC:DateCreated': iimDate ? `${iimDate[1]}:${iimDate[2]}:${iimDate[3]}` : '',
    'IPTC:City': metadata.city,
    'IPTC:Country-PrimaryLocationName': metadata.country,
    'IPTC:Keywords': metadata.keywords.length ? metadata.keywords : '',
    // The digest records that IIM and XMP were written together (no reader takes the IIM as newer).
    'Photoshop:IPTCDigest': 'new',
  }
}
