import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import i18next from 'i18next'
import * as Y from 'yjs'
import { articleEditor, destroyArticleEditors } from '../../editor/testing/articleEditor'
import type { ProseMirrorJson } from '@shared/exchange/exportModelFromJson'
import en from '../../i18n/en.json'
import fr from '../../i18n/fr.json'
import type { ImportReport } from '../importReport'
import { reportSentences } from '../reportLines'
import { compactDocument } from './compactDocument'

/**
 * The paste corpus: every `<case>.html` in this folder is clipboard HTML as a real application writes
 * it (the comment at its top names which), pasted into the article's real editor (ProseMirror's own
 * paste path, with the cleaner the app uses); `<case>.expected.json` holds the document it must give
 * (compactDocument's lines) and the report the user must read, in English. Add a case: add both files.
 */
type Expected = { document: string[]; report: string[] }

const inputs = import.meta.glob<string>('./*.html', { query: '?raw', import: 'default', eager: true })
const expectations = import.meta.glob<Expected>('./*.expected.json', { import: 'default', eager: true })
const cases = Object.keys(inputs)
  .map((path) => path.replace(/^\.\/|\.html$/g, ''))
  .sort()

const words = i18next.createInstance()
beforeAll(async () => {
  await words.init({ resources: { en: { translation: en }, fr: { translation: fr } }, lng: 'en', interpolation: { escapeValue: false } })
})

async function paste(html: string): Promise<{ document: string[]; report: ImportReport | null }> {
  let report: ImportReport | null = null
  const editor = await articleEditor(new Y.Doc(), undefined, { onPasteReport: (next) => (report = next) })
  editor.commands.focus()
  editor.view.pasteHTML(html)
  return { document: compactDocument(editor.getJSON() as ProseMirrorJson), report }
}

afterEach(destroyArticleEditors)

describe('paste corpus (real clipboard shapes into the real editor)', () => {
  it('has an expected result for every input', () => {
    expect(cases.length).toBeGreaterThan(0)
    for (const name of cases) expect(expectations[`./${name}.expected.json`], name).toBeDefined()
  })

  for (const name of cases) {
    it(name, async () => {
      const html = inputs[`./${name}.html`]!
      expect(html.trimStart().startsWith('<!--'), `${name}.html names its source in a comment at the top`).toBe(true)
      const expected = expectations[`./${name}.expected.json`]!
      const { document, report } = await paste(html)
      expect(document).toEqual(expected.document)
      const sentences = report ? reportSentences(report, words.getFixedT('en')) : []
      expect(sentences).toEqual(expected.report)
      // The French interface says the same, every line worded (no key shown as is).
      if (report) for (const sentence of reportSentences(report, words.getFixedT('fr'))) expect(sentence).not.toMatch(/exchange\./)
    })
  }
})
