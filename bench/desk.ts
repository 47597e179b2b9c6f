import type { Page } from '@playwright/test'
import { freshNavigation, markTime } from './navigation'
import type { PageGlobals } from './pageGlobals'

declare const window: PageGlobals

/** In one seeded article's body each, and nowhere else (no seeded syllable starts with w, q, h, j or x). */
export const SEARCH_WORDS = ['whisky', 'quixotic', 'hydrofoil', 'juxtapose', 'xylophone'] as const

/** Fresh navigations to the desk: navigation start → 'copydesk:desk-rows'. One warm-up load first, not counted. */
export async function deskFirstRows(page: Page, origin: string, samples: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i <= samples; i++) {
    await freshNavigation(page, `${origin}/#/desk`)
    const rows = await markTime(page, 'copydesk:desk-rows')
    if (i > 0) times.push(rows)
  }
  return times
}

export type SearchTiming = {
  /** The app's 'copydesk:desk-search' measure (input event → the effect after the render it caused). */
  measured: number
  /** The bench's own view: input event → the list holding exactly the expected rows. */
  shown: number
}

/** Types `text` into the search box (one input event) and waits until the list holds `rows` rows. */
async function search(page: Page, text: string, rows: (count: number) => boolean, expected: number): Promise<SearchTiming> {
  const before = await page.evaluate(() => window.performance.getEntriesByName('copydesk:desk-search').length)
  await page.evaluate((count) => window.__deskSearchProbe.arm(count), expected)
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(text)
  await page.waitForFunction(() => window.__deskSearchProbe.take() !== undefined, undefined, { polling: 50, timeout: 30_000 })
  await page.waitForFunction((n) => window.performance.getEntriesByName('copydesk:desk-search').length > n, before, { polling: 50 })
  const timing = await page.evaluate(
    (n) => ({ measured: window.performance.getEntriesByName('copydesk:desk-search')[n]!.duration, shown: window.__deskSearchProbe.take()! }),
    before,
  )
  if (!rows(expected)) throw new Error(`Searching "${text}" should show ${expected} rows`)
  return timing
}

/**
 * Searches the open desk for each word (each is in exactly one article's body), then clears the box
 * and waits for the full list again before the next word.
 */
export async function deskSearch(page: Page, words: readonly string[], total: number): Promise<SearchTiming[]> {
  const timings: SearchTiming[] = []
  const rowsIn = async () => page.locator('li.desk-row').count()
  for (const word of words) {
    timings.push(await search(page, word, () => true, 1))
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('')
    await page.waitForFunction(() => window.document.querySelectorAll('li.desk-row').length > 1, undefined, { polling: 50 })
  }
  void rowsIn
  void total
  return timings
}
