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

// A 1×1 PNG, enough for Word to hold a picture.
const onePixelPng = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
)

/**
 * A real Word document, written with the `docx` package the way Word structures one: Title and
 * Subtitle styles, Heading 2, bold, italic, a link, a bulleted list, a footnote, an embedded picture
 * and an empty paragraph. Pure (no Node): used by the browser unit tests and the e2e scenario.
 */
export async function makeDocx(parts: { title: string; subtitle: string; paragraphs: string[] }): Promise<Uint8Array> {
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
          new Paragraph({ children: [new ImageRun({ type: 'png', data: onePixelPng, transformation: { width: 20, height: 20 } })] }),
          new Paragraph({ text: 'des avions cargo', bullet: { level: 0 } }),
          new Paragraph({ text: 'un aérodrome', bullet: { level: 0 } }),
          new Paragraph({ children: [new TextRun({ text: 'Un paragraphe tout en gras.', bold: true })] }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toArrayBuffer(document))
}
