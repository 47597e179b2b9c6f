import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { PdfPrinter } from '../services/exchange/PdfPrinter'

/**
 * The PdfPrinter on Electron: the export page loaded in a hidden, script-less, sandboxed window of its
 * own session, printed with webContents.printToPDF (A4, backgrounds as on screen), then closed.
 */
export const electronPdfPrinter: PdfPrinter = {
  async print(html) {
    const folder = await mkdtemp(join(tmpdir(), 'copydesk-print-'))
    const window = new BrowserWindow({
      show: false,
      webPreferences: { sandbox: true, javascript: false, contextIsolation: true, partition: 'copydesk-print' },
    })
    try {
      // A file rather than a data: URL, which Chromium caps in length.
      const page = join(folder, 'article.html')
      await writeFile(page, html, 'utf8')
      await window.loadFile(page)
      const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true })
      return new Uint8Array(pdf)
    } finally {
      window.destroy()
      await rm(folder, { recursive: true, force: true })
    }
  },
}
