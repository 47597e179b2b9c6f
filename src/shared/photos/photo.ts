import { z } from 'zod'
import { isCameraBoilerplate } from './cameraBoilerplate'

/** The image formats the library accepts; anything else is refused at import with a clear error. */
export const photoMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/tiff'] as const
export type PhotoMime = (typeof photoMimeTypes)[number]

/** A photo id: the SHA-256 of the original file's bytes, lowercase hex. Same bytes, same photo. */
export const photoIdSchema = z.string().regex(/^[0-9a-f]{64}$/, 'A photo id is 64 lowercase hex characters')

/**
 * The metadata the desk edits, per DESIGN.md's IPTC mapping. Empty string = not set.
 * What the library keeps is the desk's version; the original file is never rewritten.
 */
export const photoMetadataSchema = z.object({
  /** IIM 2:120 Caption-Abstract / XMP dc:description. */
  caption: z.string().max(10_000),
  /** IIM 2:105 Headline (else 2:05 Object Name) / XMP photoshop:Headline (else dc:title). */
  headline: z.string().max(1000),
  /** IIM 2:80 By-line / XMP dc:creator (several creators joined with ", "). */
  creator: z.string().max(1000),
  /** IIM 2:110 Credit / XMP photoshop:Credit: the credit line printed under the photo. */
  credit: z.string().max(1000),
  /** IIM 2:115 Source / XMP photoshop:Source. */
  source: z.string().max(1000),
  /** IIM 2:116 Copyright Notice / XMP dc:rights. */
  copyright: z.string().max(2000),
  /** XMP xmpRights:UsageTerms (no IIM field). */
  usageTerms: z.string().max(5000),
  /** XMP Iptc4xmpCore:AltTextAccessibility (no IIM field). */
  altText: z.string().max(2000),
  /** When the photo was taken, as found: "2023-07-13" or "2023-07-13T10:42:00+03:00"; '' when unknown. */
  dateCreated: z.string().max(64),
  /** IIM 2:90 / XMP photoshop:City. */
  city: z.string().max(200),
  /** IIM 2:101 / XMP photoshop:Country. */
  country: z.string().max(200),
  /** IIM 2:25 / XMP dc:subject. */
  keywords: z.array(z.string().max(200)).max(500),
})
export type PhotoMetadata = z.infer<typeof photoMetadataSchema>

/** One photo of the library, as the catalogue keeps it and as main hands it to the renderer. */
export const photoSchema = photoMetadataSchema.extend({
  id: photoIdSchema,
  /** The file name it was first imported under (no folder: the renderer never gets paths). */
  fileName: z.string().max(1000),
  mime: z.enum(photoMimeTypes),
  byteSize: z.number().int().nonnegative(),
  /** Pixel size as displayed, i.e. after EXIF orientation (a portrait shot stored sideways is taller than wide). */
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** EXIF orientation of the original, 1–8 (1 = upright); thumbnails and previews are already turned. */
  orientation: z.number().int().min(1).max(8),
  /** ISO 8601, when it entered the library. */
  importedAt: z.string(),
  /** ISO 8601, last metadata edit in Copydesk (= importedAt until edited). */
  updatedAt: z.string(),
  /** Ids of the articles that use this photo, as they declared with photos:setUsage. Sorted. */
  usedIn: z.array(z.string().max(200)),
})
export type Photo = z.infer<typeof photoSchema>

/** The fields batch editing may set; any field left out is left as is on every photo. */
export const editablePhotoFields = [
  'caption',
  'headline',
  'creator',
  'credit',
  'source',
  'copyright',
  'usageTerms',
  'altText',
  'dateCreated',
  'city',
  'country',
  'keywords',
] as const satisfies readonly (keyof PhotoMetadata)[]
export type EditablePhotoField = (typeof editablePhotoFields)[number]

/** A metadata change for one or many photos: only the fields present are changed. */
export const photoPatchSchema = photoMetadataSchema.partial().strict()
export type PhotoPatch = z.infer<typeof photoPatchSchema>

/**
 * The sizes the media protocol serves. thumb: the grid (≤ 320 px long side), preview: the inspector
 * and the article (≤ 1600 px), original: the library's byte-for-byte copy.
 */
export const photoVariants = ['thumb', 'preview', 'original'] as const
export type PhotoVariant = (typeof photoVariants)[number]

/**
 * The URL of one variant of a photo. `mediaBaseUrl` comes from main (photos:mediaBase): in the app
 * the privileged `copydesk-media:` scheme, in the Chromium e2e harness a path on the page's own origin.
 */
export function photoUrl(mediaBaseUrl: string, id: string, variant: PhotoVariant): string {
  return `${mediaBaseUrl}${id}/${variant}`
}

/** What publishing requires of a photo (DESIGN: nothing without caption, credit and alt text goes out). */
export const requiredForPublishing = ['caption', 'credit', 'altText'] as const satisfies readonly EditablePhotoField[]

/**
 * The required fields this photo still lacks (blank, or only a camera's own words such as "OLYMPUS
 * DIGITAL CAMERA", counts as missing); empty = publishable.
 */
export function missingForPublishing(photo: Pick<Photo, (typeof requiredForPublishing)[number]>): ('caption' | 'credit' | 'altText')[] {
  return requiredForPublishing.filter((field) => photo[field].trim() === '' || isCameraBoilerplate(photo[field]))
}

/** A new photo's metadata before anything is read from the file. */
export const emptyPhotoMetadata: PhotoMetadata = {
  caption: '',
  headline: '',
  creator: '',
  credit: '',
  source: '',
  copyright: '',
  usageTerms: '',
  altText: '',
  dateCreated: '',
  city: '',
  country: '',
  keywords: [],
}
