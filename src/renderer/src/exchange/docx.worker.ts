/// <reference lib="webworker" />
import mammoth from 'mammoth'

/**
 * Word → HTML with mammoth, off the main thread: a huge or hostile document (a zip bomb) costs this
 * worker, which the page terminates after a time limit, never the editor.
 */
export type DocxRequest = { bytes: ArrayBuffer; styleMap: string[] }
export type DocxAnswer = { ok: true; html: string; images: number } | { ok: false; message: string }

self.onmessage = async (event: MessageEvent<DocxRequest>) => {
  let images = 0
  try {
    const result = await mammoth.convertToHtml(
      { arrayBuffer: event.data.bytes },
      {
        styleMap: event.data.styleMap,
        // Pictures wait for the photo library: counted for the report, not embedded.
        convertImage: mammoth.images.imgElement(async () => {
          images++
          return { src: '' }
        }),
      },
    )
    self.postMessage({ ok: true, html: result.value, images } satisfies DocxAnswer)
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies DocxAnswer)
  }
}
