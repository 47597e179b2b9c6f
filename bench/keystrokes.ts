import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from '@playwright/test'
import type { KeyTiming, PageGlobals } from './pageGlobals'

declare const window: PageGlobals

/** The 501st of the article's 1,000 paragraphs: mid-document. */
const MIDDLE_PARAGRAPH = 500
const WARMUP_KEYS = 10
export const MEASURED_KEYS = 200
/** Pause between two key presses, on top of the DevTools round trips of each press. */
const KEY_GAP_MS = 10
const TEXT = 'the quick brown fox jumps over the lazy dog '

export type KeystrokeRound = { keys: KeyTiming[]; unmatched: number }

/** What the editor holds, to check both modes start from the same document. */
export function documentShape(page: Page): Promise<{ blocks: number; characters: number }> {
  return page.evaluate(() => {
    const root = window.document.querySelector('.ProseMirror')
    return { blocks: root?.childElementCount ?? 0, characters: root?.textContent?.length ?? 0 }
  })
}

const typedText = (count: number) => Array.from({ length: count }, (_, i) => TEXT[i % TEXT.length]).join('')

async function typeKeys(page: Page, count: number, offset: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(TEXT[(offset + i) % TEXT.length]!)
    await sleep(KEY_GAP_MS)
  }
}

/**
 * Puts the caret halfway through the text of the nth top-level paragraph, as a click there would,
 * but at a known place: scroll it into view, focus the editor, set the DOM selection (ProseMirror
 * takes it from the selectionchange event). Then checks where ProseMirror's DOM caret is.
 */
async function placeCaretMidParagraph(page: Page, index: number): Promise<void> {
  await page.evaluate((n) => {
    const paragraph = window.document.querySelectorAll('.ProseMirror > p')[n]!
    // Its first text, also when a mark (a comment, a suggestion) wraps the start of the paragraph.
    const text = window.document.createTreeWalker(paragraph, 4 /* NodeFilter.SHOW_TEXT */).nextNode()!
    paragraph.scrollIntoView({ block: 'center' })
    window.document.querySelector('.ProseMirror')!.focus()
    window.getSelection()!.collapse(text, Math.floor(text.textContent!.length / 2))
  }, index)
  await sleep(100) // selectionchange is dispatched asynchronously
  const caretIn = await page.evaluate(() => {
    const paragraph = window.getSelection()?.anchorNode?.parentElement?.closest('.ProseMirror > p')
    return Array.prototype.indexOf.call(window.document.querySelectorAll('.ProseMirror > p'), paragraph) as number
  })
  if (caretIn !== index) throw new Error(`The caret is in paragraph ${caretIn}, not ${index}`)
}

/**
 * Puts the caret in the middle paragraph of the open editor (Copydesk or the baseline) and types letters
 * and spaces; returns the per-key timings of the measured keys (a few warm-up keys are dropped).
 */
export async function typeMidDocument(page: Page): Promise<KeystrokeRound> {
  // Only now: the probe's observer must be created after ProseMirror's.
  await page.evaluate(() => window.__keystrokeProbe.watch('.ProseMirror'))
  await placeCaretMidParagraph(page, MIDDLE_PARAGRAPH)

  await typeKeys(page, WARMUP_KEYS, 0)
  await page.evaluate(() => window.__keystrokeProbe.take())
  await typeKeys(page, MEASURED_KEYS, WARMUP_KEYS)
  const round = await page.evaluate(() => window.__keystrokeProbe.take())
  if (round.keys.length !== MEASURED_KEYS) throw new Error(`${round.keys.length} of ${MEASURED_KEYS} keys were timed`)
  const landed = await page.evaluate(
    ([n, typed]) => window.document.querySelectorAll('.ProseMirror > p')[n]!.textContent!.includes(typed),
    [MIDDLE_PARAGRAPH, typedText(WARMUP_KEYS + MEASURED_KEYS)] as const,
  )
  if (!landed) throw new Error(`The typed text is not in paragraph ${MIDDLE_PARAGRAPH}`)
  return round
}
