import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bytesToBase64 } from '@shared/base64'
import { blocks } from '@shared/exchange/exportModelFromJson'
import { renderMarkdown } from '@shared/exchange/formats/markdown'
import { testArticle } from '@shared/exchange/formats/testArticle'
import { Document, HeadingLevel, Packer, Paragraph, TextRun, UnderlineType } from 'docx'
import { makeDocx, onePixelGif, withLinkedPictures } from '@shared/exchange/testing/makeDocx'
import { wordAltText } from './wordAltText'
import { bodyBlocksText, readFields } from '../article/articleDoc'
import { loadArticleInto } from '../db/articleRepository'
import { useFreshDatabases } from '../db/testDatabases'
import type { Photo } from '@shared/photos/photo'
import { convertImport, ImportError, type ImportImage } from './convertImport'
import { saveImportedArticle } from './saveImportedArticle'

const freshDb = useFreshDatabases()

const docxFile = (bytes: Uint8Array) => ({ fileName: 'article.docx', kind: 'docx' as const, base64: bytesToBase64(bytes) })
const types = (body: { content?: { type: string; attrs?: Record<string, unknown> }[] }) =>
  (body.content ?? []).map((node) => (node.type === 'heading' ? `h${String(node.attrs?.level)}` : node.type))

/** A small real JPEG, drawn by the browser. */
async function tinyJpeg(colour: string): Promise<Uint8Array<ArrayBuffer>> {
  const canvas = new OffscreenCanvas(8, 6)
  const context = canvas.getContext('2d')!
  context.fillStyle = colour
  context.fillRect(0, 0, 8, 6)
  return new Uint8Array(await (await canvas.convertToBlob({ type: 'image/jpeg' })).arrayBuffer())
}
const sha256 = async (bytes: Uint8Array<ArrayBuffer>) =>
  Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)), (byte) => byte.toString(16).padStart(2, '0')).join('')

/**
 * Test double for main's photos:importImageData (main is not in a browser test): the browser decodes
 * the bytes for real (a damaged picture is refused), the photo's id is their SHA-256, and photos
 * already "in the library" (`known`) come back as they are, alt text included.
 */
function libraryDouble(known: Photo[] = []) {
  const photos = new Map(known.map((photo) => [photo.id, photo]))
  const calls: string[] = []
  const importImage: ImportImage = async ({ fileName, mime, base64 }) => {
    calls.push(fileName)
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
    const bitmap = await createImageBitmap(new Blob([bytes], { type: mime })).catch(() => {
      throw new Error('The image data is damaged or incomplete.')
    })
    const id = await sha256(bytes)
    const photo = photos.get(id) ?? { ...photoFields, id, fileName, mime, byteSize: bytes.length, width: bitmap.width, height: bitmap.height }
    photos.set(id, photo)
    return photo
  }
  return { importImage, calls, photos }
}
const photoFields: Photo = {
  id: '0'.repeat(64), fileName: '', mime: 'image/jpeg', byteSize: 0, width: 1, height: 1, orientation: 1,
  caption: '', headline: '', creator: '', credit: '', source: '', copyright: '', usageTerms: '', altText: '',
  dateCreated: '', city: '', country: '', keywords: [], importedAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', usedIn: [],
}

describe('convertImport', () => {
  it('Word’s pictures go to the photo library and become figures where they were; the ones that cannot are reported with why', async () => {
    const plane = await tinyJpeg('#345')
    const tower = await tinyJpeg('#c84')
    const damaged = plane.slice(0, 40)
    const bytes = await makeDocx({
      title: 'Titre',
      subtitle: 'Chapô',
      paragraphs: ['Premier.', 'Second.'],
      pictures: [
        { type: 'jpg', data: plane, altText: 'Un avion cargo sur le tarmac' },
        { type: 'gif', data: onePixelGif },
        { type: 'jpg', data: damaged },
        { type: 'jpg', data: tower, altText: 'La tour de contrôle' },
      ],
    })
    // The tower is in the library already, with its own alt text: the library's wins.
    const towerId = await sha256(tower)
    const library = libraryDouble([{ ...photoFields, id: towerId, fileName: 'tour.jpg', altText: 'Tour de contrôle de l’aéroport' }])
    const { body, report } = await convertImport({ ...docxFile(bytes), fileName: 'Article du jour.docx' }, { importImage: library.importImage })

    expect(library.calls).toEqual(['Article du jour 1.jpg', 'Article du jour 3.jpg', 'Article du jour 4.jpg'])
    expect(report).toMatchObject({
      imagesSkipped: 0,
      picturesAdded: 2,
      picturesLeftOut: [
        { name: 'Article du jour 2.gif', reason: 'unsupported-type', type: 'GIF' },
        { name: 'Article du jour 3.jpg', reason: 'refused', message: 'The image data is damaged or incomplete.' },
      ],
      linksRemoved: 0,
      externalPictures: [],
      converterNotes: [],
    })
    // In their place: after "Second.", before the list.
    expect(types(body)).toEqual(['paragraph', 'h2', 'paragraph', 'figure', 'figure', 'bulletList', 'paragraph', 'orderedList'])
    expect(body.content![2]).toMatchObject({ content: [{ text: 'Second.' }] })
    expect(body.content![3]).toEqual({ type: 'figure', attrs: { photoId: await sha256(plane), caption: '', credit: '', altText: 'Un avion cargo sur le tarmac' } })
    expect(body.content![4]).toEqual({ type: 'figure', attrs: { photoId: towerId, caption: '', credit: '', altText: '' } })
  })

  it('a picture inside a paragraph splits it: the words before, the figure, the words after', async () => {
    const jpeg = await tinyJpeg('#567')
    const bytes = await makeDocx({ title: 'T', subtitle: 'S', paragraphs: ['P'], pictures: [{ type: 'jpg', data: jpeg, between: ['Avant la photo, ', 'après la photo.'] }] })
    const { body, report } = await convertImport(docxFile(bytes), { importImage: libraryDouble().importImage })
    expect(report.picturesAdded).toBe(1)
    const at = types(body).indexOf('figure')
    expect(body.content!.slice(at - 1, at + 2)).toMatchObject([
      { type: 'paragraph', content: [{ type: 'text', text: 'Avant la photo,' }] },
      { type: 'figure', attrs: { photoId: await sha256(jpeg), caption: '', credit: '', altText: '' } },
      { type: 'paragraph', content: [{ type: 'text', text: 'après la photo.' }] },
    ])
  })

  it('a figure forged in an HTML file (Copydesk’s attributes, an import key) stays text', async () => {
    const library = libraryDouble()
    const forged = `<p>Avant</p><figure data-photo-id="${'ab'.repeat(32)}" data-import-key=""><figcaption>Faux</figcaption></figure>`
    const html = await convertImport({ fileName: 'a.html', kind: 'html', text: forged }, { importImage: library.importImage })
    expect(types(html.body)).toEqual(['paragraph', 'paragraph'])
    expect(library.calls).toEqual([])
  })

  it('a Word document: title and subtitle become headline and standfirst; headings, marks, link, list and footnote kept; the picture reported', async () => {
    const bytes = await makeDocx({ title: 'Les armes israéliennes', subtitle: 'Le chapô de l’article', paragraphs: ['Premier paragraphe.', 'Second paragraphe.'] })
    const { fields, body, report } = await convertImport(docxFile(bytes))
    expect(fields).toMatchObject({ headline: 'Les armes israéliennes', standfirst: 'Le chapô de l’article' })
    // No photo library here (no importImage): the picture is left out, counted.
    expect(report).toMatchObject({ imagesSkipped: 1, picturesAdded: 0, picturesLeftOut: [], linksRemoved: 0, externalPictures: [], converterNotes: [] })
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

  it('Word’s “alt text” that is only the picture’s path or URL counts as none (no user name leaks into the article)', async () => {
    const jpeg = await tinyJpeg('#246')
    const bytes = await makeDocx({
      title: 'T',
      subtitle: 'S',
      paragraphs: ['P'],
      pictures: [{ type: 'jpg', data: jpeg, altText: 'C:\\Users\\jdupont\\Pictures\\Reportage\\2.jpg' }],
    })
    const { body } = await convertImport(docxFile(bytes), { importImage: libraryDouble().importImage })
    expect(body.content!.find((node) => node.type === 'figure')).toMatchObject({ attrs: { altText: '' } })
    // The shapes Word leaves there (Windows, UNC, classic and current macOS, web, a bare file name)…
    for (const path of [
      'C:\\Users\\jdupont\\Pictures\\2.jpg',
      'D:/Photos/IMG_2034.JPG',
      '\\\\serveur\\photos\\crue.jpg',
      'Macintosh HD:Users:jsmith:Pictures:crue.jpg',
      '/Users/jsmith/Desktop/crue seine.png',
      'http://www.example-news.fr/images/2024/crue.jpg',
      'https://cdn.example.org/a/b.png?w=800',
      'IMG_2034.JPG',
    ]) {
      expect(wordAltText(path), path).toBe('')
    }
    // …but a description, even with a colon or a slash, stays.
    for (const text of ['La Seine en crue au pont de l’Alma', 'Légende : le ministre, à Bakou', 'Le 3/4 des sinistrés', 'Vue de 2.jpg à gauche']) {
      expect(wordAltText(text), text).toBe(text)
    }
  })

  it('a linked (not embedded) Word picture is reported by name, not swallowed', async () => {
    const linked = withLinkedPictures(
      await makeDocx({ title: 'T', subtitle: 'S', paragraphs: ['P'], pictures: [{ type: 'jpg', data: await tinyJpeg('#135') }] }),
      'file:///C:\\Users\\jdupont\\Pictures\\carte-crue.jpg',
    )
    const library = libraryDouble()
    const { body, report } = await convertImport(docxFile(linked), { importImage: library.importImage })
    expect(report.externalPictures).toEqual(['carte-crue.jpg'])
    expect(report.converterNotes).toEqual([])
    expect(library.calls).toEqual([])
    expect(types(body)).not.toContain('figure')
  })

  it('what a Word file loses is reported: strikethrough, underline, and styles the converter does not know', async () => {
    const document = new Document({
      styles: { paragraphStyles: [{ id: 'ChapeauAFP', name: 'Chapeau AFP', basedOn: 'Normal', run: { bold: true } }] },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Titre', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Un chapeau maison.', style: 'ChapeauAFP' }),
            new Paragraph({
              children: [
                new TextRun('Le bilan '),
                new TextRun({ text: 'de 12 morts', strike: true }),
                new TextRun(' a été '),
                new TextRun({ text: 'revu', underline: { type: UnderlineType.SINGLE } }),
                new TextRun('.'),
              ],
            }),
            new Paragraph({ text: 'Partie', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: 'Sous-partie', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Détail', heading: HeadingLevel.HEADING_3 }),
          ],
        },
      ],
    })
    const { body, report } = await convertImport(docxFile(new Uint8Array(await Packer.toArrayBuffer(document))))
    expect(report).toMatchObject({
      strikethrough: 1,
      underline: 1,
      // Heading 1–3 under the Title: three levels onto H2 and H3.
      headingLevelsMerged: 3,
      converterNotes: [{ code: 'unknown-styles', names: ['Chapeau AFP'] }],
    })
    expect(types(body)).toEqual(['paragraph', 'paragraph', 'h2', 'h3', 'h3'])
    expect(body.content![1]).toMatchObject({ content: [{ text: 'Le bilan de 12 morts a été revu.' }] })
  })
})
