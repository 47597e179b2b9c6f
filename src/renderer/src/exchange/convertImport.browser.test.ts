import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bytesToBase64 } from '@shared/base64'
import { blocks } from '@shared/exchange/exportModelFromJson'
import { renderMarkdown } from '@shared/exchange/formats/markdown'
import { testArticle } from '@shared/exchange/formats/testArticle'
import { makeDocx } from '@shared/exchange/testing/makeDocx'
import { bodyBlocksText, readFields } from '../article/articleDoc'
import { loadArticleInto } from '../db/articleRepository'
import { useFreshDatabases } from '../db/testDatabases'
import { convertImport, ImportError } from './convertImport'
import { saveImportedArticle } from './saveImportedArticle'

const freshDb = useFreshDatabases()

const docxFile = (bytes: Uint8Array) => ({ fileName: 'article.docx', kind: 'docx' as const, base64: bytesToBase64(bytes) })
const types = (body: { content?: { type: string; attrs?: Record<string, unknown> }[] }) =>
  (body.content ?? []).map((node) => (node.type === 'heading' ? `h${String(node.attrs?.level)}` : node.type))

describe('convertImport', () => {
  it('a Word document: title and subtitle become headline and standfirst; headings, marks, link, list and footnote kept; the picture reported', async () => {
    const bytes = await makeDocx({ title: 'Les armes israéliennes', subtitle: 'Le chapô de l’article', paragraphs: ['Premier paragraphe.', 'Second paragraphe.'] })
    const { fields, body, report } = await convertImport(docxFile(bytes))
    expect(fields).toMatchObject({ headline: 'Les armes israéliennes', standfirst: 'Le chapô de l’article' })
    expect(report).toEqual({ imagesSkipped: 1, linksRemoved: 0 })
    expect(types(body)).toEqual(['paragraph', 'h2', 'paragraph', 'bulletList', 'paragraph', 'orderedList'])
    const first = body.content![0]!
    expect(first.content).toEqual(
      expect.arrayContaining([
        { type: 'text', text: ' Un passage en gras', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'un autre en italique', marks: [{ type: 'italic' }] },
        expect.objectContaining({ type: 'text', text: 'AP', marks: [expect.objectContaining({ type: 'link', attrs: expect.objectContaining({ href: 'https://apnews.com/' }) })] }),
      ]),
    )
    // The footnote call stays as text, the note itself as a numbered list at the end, without its "↑" link back.
    expect(JSON.stringify(first)).toContain('[1]')
    expect(JSON.stringify(body.content!.at(-1))).toContain('Selon les données de suivi des vols.')
    expect(JSON.stringify(body)).not.toContain('↑')
    // The wholly bold paragraph is still a paragraph.
    expect(body.content![4]).toMatchObject({ type: 'paragraph', content: [{ type: 'text', text: 'Un paragraphe tout en gras.', marks: [{ type: 'bold' }] }] })
  })

  it('stores the converted article so it opens like any other', async () => {
    const db = freshDb()
    const bytes = await makeDocx({ title: 'Titre', subtitle: 'Chapô', paragraphs: ['Texte.'] })
    const { fields, body } = await convertImport(docxFile(bytes))
    const id = await saveImportedArticle(db, { ...fields, byline: 'Marie Dupont' }, body)
    const doc = new Y.Doc()
    await loadArticleInto(db, id, doc)
    expect(readFields(doc)).toMatchObject({ headline: 'Titre', standfirst: 'Chapô' })
    expect(bodyBlocksText(doc.getXmlFragment('body'))[0]).toMatch(/^Texte\. Un passage en gras/)
    // Whoever imports it owns it, so it is listed in their drafts.
    expect(await db.articles.get(id)).toMatchObject({ headline: 'Titre', owner: 'Marie Dupont' })
  })

  it('a password-protected Word document, an old .doc, a damaged .docx, an empty file: each a specific error', async () => {
    const ole = new Uint8Array(4096)
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
    const legacy = ole.slice()
    Array.from('EncryptionInfo').forEach((char, index) => ole.set([char.charCodeAt(0), 0], 1024 + index * 2))
    const valid = await makeDocx({ title: 'T', subtitle: 'S', paragraphs: ['P'] })
    const truncated = valid.slice(0, Math.floor(valid.length / 2))
    const reason = (promise: Promise<unknown>) =>
      promise.then(
        () => 'converted',
        (error: unknown) => (error instanceof ImportError ? error.reason : String(error)),
      )
    expect(await reason(convertImport(docxFile(ole)))).toBe('docx-encrypted')
    expect(await reason(convertImport(docxFile(legacy)))).toBe('docx-legacy')
    expect(await reason(convertImport(docxFile(truncated)))).toBe('docx-corrupt')
    expect(await reason(convertImport(docxFile(new TextEncoder().encode('hello'))))).toBe('docx-corrupt')
    expect(await reason(convertImport({ fileName: 'a.txt', kind: 'text', text: '  \n ' }))).toBe('empty')
    // A document that takes too long is stopped (the worker is terminated), never a hang.
    expect(await reason(convertImport(docxFile(valid), { docxTimeoutMs: 1 }))).toBe('docx-timeout')
  })

  it('Markdown with front matter (what Copydesk exports) comes back with its fields', async () => {
    const text = '---\ntitle: Le titre\nstandfirst: Le chapô\nbyline: Camille Martin\nsection: International\ntags:\n  - Arménie\nlanguage: en\n---\n\nUn **gras** et un [lien](https://apnews.com/).\n\n## Intertitre\n\n- un\n- deux\n\n> Citation\n'
    const { fields, body } = await convertImport({ fileName: 'a.md', kind: 'markdown', text })
    expect(fields).toMatchObject({ headline: 'Le titre', standfirst: 'Le chapô', byline: 'Camille Martin', section: 'International', tags: ['Arménie'], language: 'en' })
    expect(types(body)).toEqual(['paragraph', 'h2', 'bulletList', 'blockquote'])
  })

  it('round trip: Copydesk’s Markdown export imports back to the same fields and body', async () => {
    const article = testArticle()
    const { fields, body } = await convertImport({ fileName: 'a.md', kind: 'markdown', text: renderMarkdown(article) })
    expect(fields).toMatchObject({ headline: article.headline, standfirst: article.standfirst, byline: article.byline, section: article.section, tags: article.tags, language: article.language })
    expect(blocks(body.content)).toEqual(article.body)
  })

  it('an HTML file with scripts imports clean; its title becomes the headline', async () => {
    const text = '<!doctype html><html lang="en"><head><title>Page title</title><script>window.pwned=1</script></head><body onload="window.pwned=2"><p>Text<script>window.pwned=3</script><img src=x onerror="window.pwned=4"></p><iframe src="javascript:window.pwned=5"></iframe></body></html>'
    const { fields, body, report } = await convertImport({ fileName: 'a.html', kind: 'html', text })
    expect(fields).toMatchObject({ headline: 'Page title', language: 'en' })
    expect(body.content).toMatchObject([{ type: 'paragraph', content: [{ type: 'text', text: 'Text' }] }])
    expect(body.content).toHaveLength(1)
    expect(report.imagesSkipped).toBe(1)
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined()
  })

  it('plain text: a short first line is the headline, paragraphs split on blank lines', async () => {
    const { fields, body } = await convertImport({ fileName: 'a.txt', kind: 'text', text: 'Le titre\r\n\r\nPremier.\r\nsuite\r\n\r\n\r\nSecond.' })
    expect(fields.headline).toBe('Le titre')
    expect(body.content).toHaveLength(2)
    expect(body.content).toMatchObject([
      { type: 'paragraph', content: [{ type: 'text', text: 'Premier.' }, { type: 'hardBreak' }, { type: 'text', text: 'suite' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Second.' }] },
    ])
  })
})
