import { basename } from 'node:path'
import { exportExtensions, type ExportArticle, type ExportFormat } from '@shared/exchange/exportModel'
import { safeFileName } from '@shared/exchange/safeFileName'
import type { FileDialogs } from '../FileDialogs'
import { renderHtmlDocument } from '@shared/exchange/formats/htmlDocument'
import { renderMarkdown } from '@shared/exchange/formats/markdown'
import { renderNewsml } from '@shared/exchange/formats/newsml'
import { renderNinjs } from '@shared/exchange/formats/ninjs'
import type { PdfPrinter } from './PdfPrinter'
import { writeInsideFolder } from './writeInsideFolder'

export type ExportRequest = { format: ExportFormat; article: ExportArticle; dialogTitle?: string }
export type ExportResult = { fileName: string; path: string } | null

/**
 * Exports an article to a file in a folder the user picks: the renderer sends the article's words,
 * main chooses the name (made safe from the headline), renders the format and writes it atomically.
 */
export class ExportService {
  constructor(
    private readonly dialogs: FileDialogs,
    private readonly pdfPrinter: PdfPrinter,
  ) {}

  async export({ format, article, dialogTitle }: ExportRequest): Promise<ExportResult> {
    const folder = await this.dialogs.openFolder({ title: dialogTitle ?? 'Export to folder' })
    if (!folder) return null
    const data = await this.render(format, article)
    const path = await writeInsideFolder(folder, safeFileName(article.headline, exportExtensions[format]), data)
    return { fileName: basename(path), path }
  }

  async render(format: ExportFormat, article: ExportArticle): Promise<string | Uint8Array> {
    switch (format) {
      case 'html':
        return renderHtmlDocument(article)
      case 'markdown':
        return renderMarkdown(article)
      case 'ninjs':
        return `${JSON.stringify(renderNinjs(article), null, 2)}\n`
      case 'newsml':
        return renderNewsml(article)
      case 'pdf':
        return this.pdfPrinter.print(renderHtmlDocument(article))
    }
  }
}
