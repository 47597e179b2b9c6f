import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { cleanHtml } from '../../exchange/cleanHtml'
import { pasteReportOf, type ImportReport } from '../../exchange/importReport'
import { reportHasNews } from '../../exchange/reportLines'

export type PasteCleanerOptions = {
  /** What the paste left out or changed, or null when it had nothing to say. */
  onReport: (report: ImportReport | null) => void
}

/**
 * Word, Google Docs, LibreOffice and web pages: pasted (or dropped) HTML is sanitised and cleaned to
 * the article's structure before ProseMirror parses it, and what was left out is reported. Runs once
 * per paste, never per keystroke.
 */
export const PasteCleaner = Extension.create<PasteCleanerOptions>({
  name: 'pasteCleaner',
  addOptions: () => ({ onReport: () => {} }),
  addProseMirrorPlugins() {
    const { onReport } = this.options
    return [
      new Plugin({
        key: new PluginKey('pasteCleaner'),
        props: {
          transformPastedHTML: (html) => {
            const cleaned = cleanHtml(html, 'paste')
            const report = pasteReportOf(cleaned)
            onReport(reportHasNews(report) ? report : null)
            return cleaned.html
          },
        },
      }),
    ]
  },
})
