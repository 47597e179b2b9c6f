import { z } from 'zod'
import { photoIdSchema, photoMimeTypes, photoPatchSchema, photoSchema } from './photo'

/**
 * The photo library's part of the IPC contract (src/shared/ipc/contract.ts spreads it in).
 * Main owns the library (<userData>/media); the renderer sees photos as records and media URLs,
 * never as file paths — except paths the user dropped onto the window, which it hands back to import.
 */

const articleIdSchema = z.string().min(1).max(200)

/** Where to import from: the system's file dialog (several files) or its folder dialog (walked recursively). */
/** The dialog's title comes from the renderer, in the interface language (main has no words of its own). */
const dialogTitle = z.string().max(200).optional()

export const photoImportRequestSchema = z.object({ source: z.enum(['dialog', 'folder']), dialogTitle })

/** One file that could not be imported, and why, in a sentence for the photo desk. */
export const photoImportFailureSchema = z.object({ fileName: z.string(), message: z.string() })

export const photoImportResultSchema = z.object({
  /** The same id the progress events carry. */
  importId: z.string(),
  /** True when the user closed the dialog without choosing: nothing was done. */
  cancelled: z.boolean(),
  /** Photos new to the library. */
  added: z.array(photoSchema),
  /** Files whose bytes were already in the library (the existing photo, unchanged). */
  duplicates: z.array(photoSchema),
  failed: z.array(photoImportFailureSchema),
})

/** Sent while an import runs (at least at the start and after every file): drives the progress bar. */
export const photoImportProgressSchema = z.object({
  importId: z.string(),
  /** Files finished so far (imported, duplicate or failed). */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** The file just finished; '' at the start. */
  fileName: z.string(),
})

/** The largest picture a document may hand to the library (as bytes, before base64). */
export const maxImageDataBytes = 50 * 1024 * 1024

/**
 * A picture embedded in an imported document (a .docx), as bytes: main writes it to a temp file
 * inside the media folder and imports it like any file (same checks, dedupe, metadata). Only image
 * types the library accepts; main checks the bytes themselves too.
 */
export const photoImageDataRequestSchema = z.object({
  /** A display name for the photo desk (no folder): the document's own name for the picture. */
  fileName: z
    .string()
    .min(1)
    .max(200)
    .refine((name) => !/[\\/\0]/.test(name) && name !== '.' && name !== '..', 'A file name, not a path'),
  mime: z.enum(photoMimeTypes),
  base64: z
    .string()
    .min(1)
    .max(Math.ceil(maxImageDataBytes / 3) * 4),
})

export const photoInvokeContract = {
  /** Imports photos; answers when the whole batch is done (progress arrives as photos:importProgress). */
  'photos:import': { request: photoImportRequestSchema, response: photoImportResultSchema },
  /** Every photo of the library, newest import first. Filtering and search happen in the renderer. */
  'photos:list': { request: z.undefined(), response: z.array(photoSchema) },
  /** One photo; not-found when the id is not in the library. */
  'photos:get': { request: z.object({ id: photoIdSchema }), response: photoSchema },
  /**
   * Batch edit: the same patch on every id (fields absent from the patch are left as is, so mixed
   * values survive). Answers the updated photos. The original files are never touched.
   */
  'photos:update': {
    request: z.object({ ids: z.array(photoIdSchema).min(1).max(10_000), patch: photoPatchSchema }),
    response: z.array(photoSchema),
  },
  /**
   * Asks where to save (system dialog) and writes a copy of the original whose IPTC IIM (UTF-8
   * declared) and XMP carry the library's metadata. null when the user cancelled.
   */
  'photos:exportWithMetadata': {
    request: z.object({ id: photoIdSchema, dialogTitle }),
    response: z.object({ fileName: z.string() }).nullable(),
  },
  /**
   * Removes photos from the library. A photo an article uses (usedIn not empty) is refused and
   * listed with those articles; the others are removed.
   */
  'photos:remove': {
    request: z.object({ ids: z.array(photoIdSchema).min(1).max(10_000) }),
    response: z.object({
      removed: z.array(photoIdSchema),
      refused: z.array(z.object({ id: photoIdSchema, articleIds: z.array(z.string()) })),
    }),
  },
  /**
   * An article declares the complete set of library photos it uses now (lead photo + figures);
   * main updates each photo's usedIn. An empty list = the article uses none (e.g. deleted).
   * Unknown ids are ignored (answered in `unknown`).
   */
  'photos:setUsage': {
    request: z.object({ articleId: articleIdSchema, photoIds: z.array(photoIdSchema).max(1000) }),
    response: z.object({ unknown: z.array(photoIdSchema) }),
  },
  /**
   * Files dropped on the window: their absolute paths (folders are walked too). Preload only (see
   * preloadOnlyChannels): the page calls `window.copydeskFiles.importDroppedPhotos(files)` with the
   * dropped File objects, and the preload reads their paths itself.
   */
  'photos:importDropped': {
    request: z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) }),
    response: photoImportResultSchema,
  },
  /**
   * A picture from an imported document enters the library: answers the photo (new, or the one
   * already holding these bytes); a picture that cannot enter is refused with why (unsupported-file).
   */
  'photos:importImageData': { request: photoImageDataRequestSchema, response: photoSchema },
  /** The base URL media is served from: `photoUrl(base, id, variant)` (src/shared/photos/photo.ts) builds image URLs. */
  'photos:mediaBase': { request: z.undefined(), response: z.object({ baseUrl: z.string() }) },
} satisfies Record<`photos:${string}`, { request: z.ZodType; response: z.ZodType }>

export const photoEventContract = {
  'photos:importProgress': photoImportProgressSchema,
} satisfies Record<`photos:${string}`, z.ZodType>

export type PhotoImageDataRequest = z.infer<typeof photoImageDataRequestSchema>
export type PhotoImportRequest = z.infer<typeof photoImportRequestSchema>
export type PhotoImportResult = z.infer<typeof photoImportResultSchema>
export type PhotoImportProgress = z.infer<typeof photoImportProgressSchema>
export type PhotoImportFailure = z.infer<typeof photoImportFailureSchema>
