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

async function typeKeys(page: Page, count: number, offset: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(TEXT[(offset + i) % TEXT.length]!)
    await sleep(KEY_GAP_MS)
  }
}

/**
 * Clicks into the middle paragraph of the open editor (Copydesk or the baseline) and types letters
 * and spaces; returns the per-key timings of the measured keys (a few warm-up keys are dropped).
 */
export async function typeMidDocument(page: Page): Promise<KeystrokeRound> {
  // Only now: the probe's observer must be created after ProseMirror's.
  await page.evaluate(() => window.__keystrokeProbe.watch('.ProseMirror'))
  await page.locator('.ProseMirror > p').nth(MIDDLE_PARAGRAPH).click()
  const caretIn = await page.evaluate(() => {
    const paragraph = window.getSelection()?.anchorNode?.parentElement?.closest('.ProseMirror > p')
    return Array.prototype.indexOf.call(window.document.querySelectorAll('.ProseMirror > p'), paragraph) as number
  })
  if (caretIn !== MIDDLE_PARAGRAPH) throw new Error(`The caret is in paragraph ${caretIn}, not ${MIDDLE_PARAGRAPH}`)

  await typeKeys(page, WARMUP_KEYS, 0)
  await page.evaluate(() => window.__keystrokeProbe.take())
  await typeKeys(page, MEASURED_KEYS, WARMUP_KEYS)
  const round = await page.evaluate(() => window.__keystrokeProbe.take())
  if (round.keys.length !== MEASURED_KEYS) throw new Error(`${round.keys.length} of ${MEASURED_KEYS} keys were timed`)
  return round
}
