import { z } from 'zod'

/** The kinds of file import reads; the renderer converts each into an article. */
export const importKinds = ['docx', 'markdown', 'html', 'text'] as const
export type ImportKind = (typeof importKinds)[number]

/** Larger than any article with pictures a reporter would send; a bigger file is refused before it is read. */
export const maxImportBytes = 50_000_000

export const importedFileSchema = z.union([
  z.object({ fileName: z.string().max(1000), kind: z.literal('docx'), base64: z.string().max(Math.ceil(maxImportBytes / 3) * 4 + 4) }).strict(),
  z.object({ fileName: z.string().max(1000), kind: z.enum(['markdown', 'html', 'text']), text: z.string().max(maxImportBytes) }).strict(),
])

export type ImportedFile = z.output<typeof importedFileSchema>
