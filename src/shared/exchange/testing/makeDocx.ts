import {
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

// A 1×1 PNG, enough for Word to hold a picture.
export const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
)

/** A picture to embed: its bytes, how Word types it, and its alt text ("descr"). */
// A 1×1 GIF: a type the photo library does not take (like Word's EMF drawings).
export const onePixelGif = Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (char) => char.charCodeAt(0))

export type DocxPicture = {
  type: 'jpg' | 'png' | 'gif' | 'bmp'
  data: Uint8Array
  altText?: string
  /** Words before and after it in its paragraph (default: alone in it). */
  between?: [string, string]
}

/**
 * A real Word document, written with the `docx` package the way Word structures one: Title and
 * Subtitle styles, Heading 2, bold, italic, a link, a bulleted list, a footnote, an embedded picture
 * and an empty paragraph. Pure (no Node): used by the browser unit tests and the e2e scenario.
 */
export async function makeDocx(parts: {
  title: string
  subtitle: string
  paragraphs: string[]
  /** In a paragraph of their own after the paragraphs (default: one 1×1 PNG with alt text). */
  pictures?: DocxPicture[]
}): Promise<Uint8Array> {
  const pictures = parts.pictures ?? [{ type: 'png', data: onePixelPng, altText: 'Un avion cargo sur le tarmac' }]
  const [first = '', ...rest] = parts.paragraphs
  const document = new Document({
    creator: 'Copydesk tests',
    footnotes: { 1: { children: [new Paragraph('Selon les données de suivi des vols.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: parts.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ text: parts.subtitle, style: 'Subtitle' }),
          new Paragraph({
            children: [
              new TextRun(first),
              new TextRun({ text: ' Un passage en gras', bold: true }),
              new TextRun(' et '),
              new TextRun({ text: 'un autre en italique', italics: true }),
              new FootnoteReferenceRun(1),
              new TextRun('. Source : '),
              new ExternalHyperlink({ link: 'https://apnews.com/', children: [new TextRun({ text: 'AP', style: 'Hyperlink' })] }),
              new TextRun('.'),
            ],
          }),
          new Paragraph(''),
          new Paragraph({ text: 'Des vols entre deux bases', heading: HeadingLevel.HEADING_2 }),
          ...rest.map((text) => new Paragraph(text)),
          ...pictures.map(
            (picture) =>
              new Paragraph({
                children: [
                  new TextRun(picture.between?.[0] ?? ''),
                  new ImageRun({
                    type: picture.type,
                    data: picture.data,
                    transformation: { width: 20, height: 20 },
                    ...(picture.altText ? { altText: { name: 'Image', description: picture.altText, title: '' } } : {}),
                  }),
                  new TextRun(picture.between?.[1] ?? ''),
                ],
              }),
          ),
          new Paragraph({ text: 'des avions cargo', bullet: { level: 0 } }),
          new Paragraph({ text: 'un aérodrome', bullet: { level: 0 } }),
          new Paragraph({ children: [new TextRun({ text: 'Un paragraphe tout en gras.', bold: true })] }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}

/**
 * The same document with its pictures linked instead of embedded, as Word writes "Insert › Pictures ›
 * Link to File": the blip's `r:embed` becomes `r:link`, and the relationship points at the file on the
 * author's computer (`TargetMode="External"`). Made by editing the generated package.
 */
export function withLinkedPictures(docx: Uint8Array, target: string): Uint8Array {
  const files = unzipSync(docx)
  const text = (name: string) => strFromU8(files[name]!)
  files['word/document.xml'] = strToU8(text('word/document.xml').replace(/r:embed="/g, 'r:link="'))
  const escaped = target.replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  files['word/_rels/document.xml.rels'] = strToU8(
    text('word/_rels/document.xml.rels').replace(
      /(<Relationship [^>]*Type="[^"]*\/image"[^>]*?)Target="[^"]*"([^>]*?)\/>/g,
      `$1Target="${escaped}" TargetMode="External"$2/>`,
    ),
  )
  return zipSync(files)
}
