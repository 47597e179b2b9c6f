import { generateJSON } from '@tiptap/core'
import { marked } from 'marked'
import { parse as parseYaml } from 'yaml'
import { articleLanguages, type ArticleFields, type ArticleLanguage } from '@shared/article/article'
import { base64ToBytes } from '@shared/base64'
import type { ImportedFile } from '@shared/exchange/importFile'
import type { ProseMirrorJson } from '@shared/exchange/exportModelFromJson'
import type { Photo, PhotoMime } from '@shared/photos/photo'
import { maxImageDataBytes } from '@shared/photos/photoContract'
import { articleSchemaExtensions } from '../editor/presets'
import { cleanHtml, type CleanResult } from './cleanHtml'
import { pasteReportOf, type ConverterNote, type ImportReport, type PictureLeftOut } from './importReport'
import type { DocxAnswer, DocxImage, DocxMessage, DocxRequest } from './docx.worker'
import { wordAltText } from './wordAltText'

export type { ConverterNote, ImportReport, PictureLeftOut } from './importReport'

/** A file turned into an article: its fields, its body in the editor's schema, and what was left out. */
export type ConvertedArticle = {
  fields: Partial<ArticleFields>
  body: ProseMirrorJson
  report: ImportReport
}

/** Puts a document's picture into the photo library (main's photos:importImageData); throws with why not. */
export type ImportImage = (picture: { fileName: string; mime: PhotoMime; base64: string }) => Promise<Photo>

export type ConvertOptions = {
  docxTimeoutMs?: number
  /** Without it (no library at hand), Word's pictures are left out and counted in imagesSkipped. */
  importImage?: ImportImage
}

/** A file that cannot become an article, with a reason people can act on. */
export class ImportError extends Error {
  constructor(
    readonly reason: 'docx-encrypted' | 'docx-legacy' | 'docx-corrupt' | 'docx-timeout' | 'empty',
    message: string,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}

// Word's own styles for a title and a subtitle become the headline and the standfirst.
// (By name, and by id for documents whose styles.xml does not define them.)
const wordStyleMap = [
  "p[style-name='Title'] => h1:fresh",
  'p.Title => h1:fresh',
  "p[style-name='Subtitle'] => p.standfirst:fresh",
  'p.Subtitle => p.standfirst:fresh',
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  // Kept as elements (mammoth drops underline by default) so the cleaner can say it removed them.
  'u => u',
]

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, index) => bytes[index] === byte)
const ZIP = [0x50, 0x4b, 0x03, 0x04]
const OLE_COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** "EncryptionInfo" as Word writes stream names in a compound file: UTF-16LE. */
function holdsEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = Array.from('EncryptionInfo', (char) => [char.charCodeAt(0), 0]).flat()
  const limit = Math.min(bytes.length, 4_000_000) - needle.length
  outer: for (let i = 0; i < limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

/** Long enough for a 50 MB report full of tables on a slow laptop; a document that takes longer is refused. */
export const DOCX_TIMEOUT_MS = 60_000

/** Runs mammoth in a worker, terminated if it takes longer than `timeoutMs`. */
type DocxHtml = { html: string; images: DocxImage[]; imageKey: string; messages: DocxMessage[] }

function convertInWorker(bytes: Uint8Array, timeoutMs: number): Promise<DocxHtml> {
  const worker = new Worker(new URL('./docx.worker.ts', import.meta.url), { type: 'module', name: 'docx-import' })
  // Marks the pictures' <img>s, then the figures made for them: random, so no document can forge one.
  const imageKey = `copydesk-picture-${crypto.randomUUID()}-`
  return new Promise<DocxHtml>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new ImportError('docx-timeout', `Reading this Word document took more than ${Math.round(timeoutMs / 1000)} s.`))
    }, timeoutMs)
    worker.onmessage = (event: MessageEvent<DocxAnswer>) => {
      clearTimeout(timer)
      const answer = event.data
      if (answer.ok) resolve({ html: answer.html, images: answer.images, imageKey, messages: answer.messages })
      else reject(new ImportError('docx-corrupt', `This Word document is damaged: ${answer.message}`))
    }
    worker.onerror = (event) => {
      clearTimeout(timer)
      reject(new ImportError('docx-corrupt', `This Word document could not be read: ${event.message}`))
    }
    const copy = bytes.slice().buffer
    worker.postMessage({ bytes: copy, styleMap: wordStyleMap, imageKey } satisfies DocxRequest, [copy])
  }).finally(() => worker.terminate())
}

async function docxToHtml(bytes: Uint8Array, timeoutMs: number): Promise<DocxHtml> {
  if (startsWith(bytes, OLE_COMPOUND)) {
    // A password-protected .docx is not a zip at all: Word wraps it, encrypted, in an OLE compound file.
    if (holdsEncryptionInfo(bytes)) throw new ImportError('docx-encrypted', 'This Word document is password-protected.')
    throw new ImportError('docx-legacy', 'This is an old Word (.doc) document saved with a .docx name.')
  }
  if (!startsWith(bytes, ZIP)) throw new ImportError('docx-corrupt', 'This file is not a Word document, or it is damaged.')
  return convertInWorker(bytes, timeoutMs)
}

const mimeOfContentType: Record<string, PhotoMime> = {
  'image/jpeg': 'image/jpeg',
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/webp': 'image/webp',
  'image/tiff': 'image/tiff',
  'image/tif': 'image/tiff',
}
const extensionOfMime: Record<PhotoMime, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/tiff': 'tif' }

/** "EMF" for image/x-emf, "GIF" for image/gif: how people name a picture type. */
const typeName = (contentType: string) => (contentType.split('/')[1] ?? contentType).replace(/^x-/, '').toUpperCase() || '?'

/**
 * Word's pictures into the photo library, one after the other, then figures in their places (each
 * after the paragraph part before it, the rest of the paragraph after it). A picture that cannot go
 * in (EMF/WMF drawings, damaged, too large) is left out with its reason; the import goes on.
 */
async function picturesToFigures(
  docx: DocxHtml,
  documentName: string,
  importImage: ImportImage,
): Promise<{ html: string; added: number; leftOut: PictureLeftOut[] }> {
  const stem = documentName.replace(/\.docx$/i, '') || 'document'
  const leftOut: PictureLeftOut[] = []
  const photos: (Photo | null)[] = []
  for (const [index, image] of docx.images.entries()) {
    const mime = mimeOfContentType[image.contentType.toLowerCase()]
    const name = `${stem} ${index + 1}.${mime ? extensionOfMime[mime] : typeName(image.contentType).toLowerCase()}`
    photos.push(null)
    if (!mime) {
      leftOut.push({ name, reason: 'unsupported-type', type: typeName(image.contentType) })
      continue
    }
    if (Math.floor((image.base64.length * 3) / 4) > maxImageDataBytes) {
      leftOut.push({ name, reason: 'too-large' })
      continue
    }
    try {
      photos[index] = await importImage({ fileName: name, mime, base64: image.base64 })
    } catch (error) {
      leftOut.push({ name, reason: 'refused', message: error instanceof Error ? error.message : String(error) })
    }
  }

  // An inert parse (no script runs, no image loads: the srcs are our keys).
  const page = new DOMParser().parseFromString(docx.html, 'text/html')
  for (const img of Array.from(page.body.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? ''
    const photo = src.startsWith(docx.imageKey) ? photos[Number(src.slice(docx.imageKey.length))] : null
    if (!photo) {
      img.remove()
      continue
    }
    const figure = page.createElement('figure')
    figure.setAttribute('data-photo-id', photo.id)
    figure.setAttribute('data-import-key', docx.imageKey)
    const altText = wordAltText(docx.images[Number(src.slice(docx.imageKey.length))]?.altText ?? '')
    // The library's alt text wins; Word's is this article's only when the library has none.
    if (!photo.altText && altText) figure.setAttribute('data-alt-text', altText)
    const block = img.closest('p, h1, h2, h3, h4, h5, h6')
    if (block) {
      const rest = block.cloneNode(false) as Element
      const range = page.createRange()
      range.setStartAfter(img)
      range.setEndAfter(block.lastChild as ChildNode)
      rest.append(range.extractContents())
      img.remove()
      block.after(figure, rest)
    } else {
      img.replaceWith(figure)
    }
  }
  return { html: page.body.innerHTML, added: photos.filter(Boolean).length, leftOut }
}

/**
 * mammoth's messages, sorted: linked pictures by their file name, unknown styles in one note by name,
 * the rest as said. A style "referenced but not defined" loses nothing (the style map reads ids too).
 */
function readConverterMessages(messages: DocxMessage[]): { externalPictures: string[]; converterNotes: ConverterNote[] } {
  const externalPictures: string[] = []
  const styles = new Set<string>()
  const others = new Set<string>()
  for (const { message } of messages) {
    const external = /^could not (?:read|open|find) external image:? '([^']*)'/.exec(message)
    const style = /^Unrecognised \w+ style: '([^']*)'/.exec(message)
    if (external) externalPictures.push(external[1]!.split(/[\\/:]/).filter(Boolean).at(-1) ?? external[1]!)
    else if (style) styles.add(style[1]!)
    else if (!/was referenced but not defined in the document$/.test(message)) others.add(message)
  }
  const converterNotes: ConverterNote[] = [
    ...(styles.size > 0 ? [{ code: 'unknown-styles' as const, names: [...styles] }] : []),
    ...[...others].map((message) => ({ code: 'other' as const, message })),
  ]
  return { externalPictures, converterNotes }
}

/** `---` YAML `---` at the top of a Markdown file (Copydesk's own export writes one). */
function splitFrontMatter(text: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text)
  if (!match) return { meta: {}, body: text }
  try {
    const meta = parseYaml(match[1] ?? '') as unknown
    return { meta: meta && typeof meta === 'object' ? (meta as Record<string, unknown>) : {}, body: match[2] ?? '' }
  } catch {
    return { meta: {}, body: text }
  }
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Plain text: paragraphs split on blank lines (on every line when there are none); a short first one is the title. */
function textToHtml(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n').trim()
  const paragraphs = (/\n\s*\n/.test(normalised) ? normalised.split(/\n\s*\n/) : normalised.split('\n')).map((part) => part.trim()).filter(Boolean)
  const [first, ...rest] = paragraphs
  const titled = first !== undefined && first.length <= 200 && !/[.:]$/.test(first) && rest.length > 0
  const toParagraph = (part: string) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`
  return titled ? `<h1>${escapeHtml(first)}</h1>${rest.map(toParagraph).join('')}` : paragraphs.map(toParagraph).join('')
}

const asString = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const asLanguage = (value: unknown): ArticleLanguage | undefined => {
  const code = asString(value).slice(0, 2).toLowerCase()
  return articleLanguages.includes(code as ArticleLanguage) ? (code as ArticleLanguage) : undefined
}

/** Top-level blocks with nothing in them are dropped (a last check after the schema's parse). */
function withoutEmptyBlocks(doc: ProseMirrorJson): ProseMirrorJson {
  const content = (doc.content ?? []).filter((node) => node.type !== 'paragraph' || (node.content ?? []).length > 0)
  return { ...doc, content }
}

/** Turns a file main read into an article: sanitised, cleaned, parsed into the editor's schema. */
export async function convertImport(file: ImportedFile, options: ConvertOptions = {}): Promise<ConvertedArticle> {
  let html: string
  let importKey: string | undefined
  let picturesAdded = 0
  let picturesLeftOut: PictureLeftOut[] = []
  let converter: ReturnType<typeof readConverterMessages> = { externalPictures: [], converterNotes: [] }
  const fields: Partial<ArticleFields> = {}
  if (file.kind === 'docx') {
    const docx = await docxToHtml(base64ToBytes(file.base64), options.docxTimeoutMs ?? DOCX_TIMEOUT_MS)
    html = docx.html
    converter = readConverterMessages(docx.messages)
    if (options.importImage && docx.images.length > 0) {
      const pictures = await picturesToFigures(docx, file.fileName, options.importImage)
      ;({ html, added: picturesAdded, leftOut: picturesLeftOut } = pictures)
      importKey = docx.imageKey
    }
  } else if (file.kind === 'markdown') {
    const { meta, body } = splitFrontMatter(file.text)
    html = await marked.parse(body, { async: true })
    Object.assign(fields, {
      headline: asString(meta.title),
      standfirst: asString(meta.standfirst),
      byline: asString(meta.byline),
      section: asString(meta.section),
      language: asLanguage(meta.language),
      tags: Array.isArray(meta.tags) ? meta.tags.map(asString).filter(Boolean).slice(0, 200) : undefined,
    })
  } else if (file.kind === 'html') {
    // An inert parse (no script runs) only to read the title and language; the body goes through DOMPurify.
    const page = new DOMParser().parseFromString(file.text, 'text/html')
    html = page.body?.innerHTML ?? ''
    Object.assign(fields, { language: asLanguage(page.documentElement.getAttribute('lang')) })
    const title = page.querySelector('title')?.textContent?.trim() ?? ''
    if (title && !page.querySelector('h1')) html = `<h1>${escapeHtml(title)}</h1>${html}`
  } else {
    html = textToHtml(file.text)
  }

  const cleaned: CleanResult = cleanHtml(html, 'import', { importKey })
  const body = withoutEmptyBlocks(generateJSON(cleaned.html, articleSchemaExtensions()) as ProseMirrorJson)
  const headline = fields.headline || cleaned.headline
  if (!headline && (body.content ?? []).length === 0) throw new ImportError('empty', 'There is no text in this file.')
  const definedFields = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''))
  return {
    fields: { ...definedFields, headline, standfirst: fields.standfirst || cleaned.standfirst },
    body,
    report: { ...pasteReportOf(cleaned), picturesAdded, picturesLeftOut, ...converter },
  }
}
