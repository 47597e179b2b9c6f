import { startCopydesk } from './copydeskBrowser'
import { longWordClipboard } from './wordClipboard'

declare const performance: { now(): number }
type Body = { dispatchEvent(event: unknown): void; textContent: string | null; focus(): void }
declare const DataTransfer: new () => { setData(type: string, data: string): void }
declare const ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => unknown
declare const requestAnimationFrame: (callback: () => void) => void
declare const MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(value: unknown): void } }

export type PastePhase = { samples: number[]; words: number }

/**
 * A 10,000-word Word clipboard (lists, tables, bold) pasted into a new article, `samples` times (one
 * warm-up first, not counted): a real paste event on the body → the first task after the next frame,
 * when the pasted text is on screen and the editor takes keys again (the cleaner, ProseMirror's parse,
 * the transaction, the Yjs binding and the DOM update all in between).
 */
export async function pastePhase(options: { samples: number }): Promise<PastePhase> {
  const copydesk = await startCopydesk('paste')
  const html = longWordClipboard(10_000)
  const samples: number[] = []
  let words = 0
  try {
    const { page } = copydesk.app
    for (let i = 0; i <= options.samples; i++) {
      await page.getByRole('button', { name: 'New article' }).click()
      const textbox = page.getByRole('textbox', { name: 'Article text' })
      await textbox.waitFor()
      // The new article's empty body, not the last one's on its way out.
      for (let wait = 0; (await textbox.textContent()) !== '' && wait < 100; wait++) await new Promise((resolve) => setTimeout(resolve, 50))
      const measured = await textbox.evaluate(async (element, clipboard) => {
        const body = element as unknown as Body
        body.focus()
        const data = new DataTransfer()
        data.setData('text/html', clipboard)
        const start = performance.now()
        body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
        await new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => resolve()
            channel.port2.postMessage(null)
          }),
        )
        return { ms: performance.now() - start, words: (body.textContent ?? '').split(/\s+/).filter(Boolean).length }
      }, html)
      // Words run together across blocks in textContent: a floor, enough to prove the paste went in.
      if (measured.words < 8000) throw new Error(`The paste left ${measured.words} words in the body`)
      if (i > 0) samples.push(measured.ms)
      words = measured.words
    }
    return { samples, words }
  } finally {
    await copydesk.close()
  }
}
