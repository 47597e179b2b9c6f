import { z } from 'zod'
import { exportArticleSchema, exportFormats } from './exportModel'
import { importedFileSchema } from './importFile'

const dialogTitle = z.string().max(200).optional()
const backupStatus = z.object({ folder: z.string().nullable() })

/** Import and export through the file system: main owns dialogs and files, the renderer the conversion. */
export const exchangeInvokeContract = {
  /** Asks for a folder, writes the article there in the format (file name made safe by main); null when cancelled. */
  'exchange:export': {
    request: z.object({ format: z.enum(exportFormats), article: exportArticleSchema, dialogTitle }).strict(),
    response: z.object({ fileName: z.string(), path: z.string() }).nullable(),
  },
  /** Asks for a file and reads it (size-limited); null when cancelled. */
  'exchange:import': {
    request: z.object({ dialogTitle }).strict(),
    response: importedFileSchema.nullable(),
  },
  /** Whether a backup folder is chosen, and which. */
  'backup:status': { request: z.undefined(), response: backupStatus },
  /** Asks for the backup folder (Cancel keeps the current one). */
  'backup:chooseFolder': { request: z.object({ dialogTitle }).strict(), response: backupStatus },
  'backup:disable': { request: z.undefined(), response: backupStatus },
  /** Mirrors one article into the backup folder (main names the files); null when backups are off. */
  'backup:write': {
    request: z.object({ article: exportArticleSchema, yjsState: z.string().max(100_000_000) }).strict(),
    response: z.object({ fileName: z.string() }).nullable(),
  },
} as const
