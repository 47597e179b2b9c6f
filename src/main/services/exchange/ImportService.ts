import { open } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import { bytesToBase64 } from '@shared/base64'
import { importKinds, maxImportBytes, type ImportedFile, type ImportKind } from '@shared/exchange/importFile'
import { ServiceError } from '../../ipc/dispatcher'
import type { FileDialogs } from '../FileDialogs'

const kindByExtension: Record<string, ImportKind> = {
  '.docx': 'docx',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
}

// Windows-1252's 0x80–0x9F (’ “ ” … – — € Œ œ…); the rest of its bytes are Latin-1. Spelled out
// because Node builds without full ICU decode these as control characters.
const cp1252High =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/** Text files: UTF-8 when they are, else Windows-1252 (what Word and Notepad wrote for years in France). */
export function decodeText(bytes: Uint8Array): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    text = Array.from(bytes, (byte) => (byte >= 0x80 && byte <= 0x9f ? cp1252High[byte - 0x80] : String.fromCharCode(byte))).join('')
  }
  return text.replace(/^\uFEFF/, '')
}

/**
 * Reads a file the user picks for import: main opens the dialog, checks kind and size, and hands the
 * renderer the bytes (Word) or the text (Markdown, HTML, plain text) — never a path to read itself.
 */
export class ImportService {
  constructor(
    private readonly dialogs: FileDialogs,
    private readonly maxBytes = maxImportBytes,
  ) {}

  async pick(dialogTitle = 'Import a file'): Promise<ImportedFile | null> {
    const [path] = await this.dialogs.openFiles({
      title: dialogTitle,
      filters: [{ name: 'Word, Markdown, HTML, text', extensions: ['docx', 'md', 'markdown', 'html', 'htm', 'txt'] }],
    })
    if (!path) return null
    return this.read(path)
  }

  async read(path: string): Promise<ImportedFile> {
    const fileName = basename(path)
    const kind = kindByExtension[extname(path).toLowerCase()]
    if (!kind || !importKinds.includes(kind)) {
      throw new ServiceError('unsupported-file', `“${fileName}” is not a file Copydesk imports (.docx, .md, .html or .txt).`)
    }
    let handle
    try {
      handle = await open(path, 'r')
    } catch (error) {
      throw new ServiceError('io-failed', `“${fileName}” cannot be read: ${error instanceof Error ? error.message : String(error)}`)
    }
    try {
      const { size } = await handle.stat()
      if (size > this.maxBytes) {
        throw new ServiceError(
          'file-too-large',
          `“${fileName}” is ${(size / 1_000_000).toFixed(0)} MB; Copydesk imports files up to ${this.maxBytes / 1_000_000} MB.`,
        )
      }
      const bytes = new Uint8Array(await handle.readFile())
      return kind === 'docx'
        ? { fileName, kind, base64: bytesToBase64(bytes) }
        : { fileName, kind, text: decodeText(bytes) }
    } finally {
      await handle.close()
    }
  }
}
