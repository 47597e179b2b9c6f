/// <reference lib="webworker" />
import mammoth from 'mammoth'

/**
 * Word → HTML with mammoth, off the main thread: a huge or hostile document (a zip bomb) costs this
 * worker, which the page terminates after a time limit, never the editor.
 *
 * Each embedded picture becomes an <img> whose src is `<imageKey><index>` (the key is the page's,
 * random per import, so no document text can forge one) and its bytes are answered in `images`:
 * the page sends them to the photo library and puts figures in their place.
 */
export type DocxRequest = { bytes: ArrayBuffer; styleMap: string[]; imageKey: string }
export type DocxImage = { contentType: string; base64: string; altText: string }
/** mammoth's warnings and errors (an unknown style, a linked picture it could not open…): reported, never swallowed. */
export type DocxMessage = { type: 'warning' | 'error'; message: string }
export type DocxAnswer = { ok: true; html: string; images: DocxImage[]; messages: DocxMessage[] } | { ok: false; message: string }

self.onmessage = async (event: MessageEvent<DocxRequest>) => {
  const images: DocxImage[] = []
  try {
    const result = await mammoth.convertToHtml(
      { arrayBuffer: event.data.bytes },
      {
        styleMap: event.data.styleMap,
        convertImage: mammoth.images.imgElement(async (image) => {
          const index = images.length
          // mammoth's image element carries Word's alt text ("descr"), which its types leave out.
          const altText = (image as { altText?: unknown }).altText
          images.push({ contentType: image.contentType ?? '', base64: await image.readAsBase64String(), altText: typeof altText === 'string' ? altText : '' })
          return { src: `${event.data.imageKey}${index}` }
        }),
      },
    )
    const messages = result.messages.map((message) => ({ type: message.type, message: message.message }))
    self.postMessage({ ok: true, html: result.value, images, messages } satisfies DocxAnswer)
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies DocxAnswer)
  }
}
