import type { Page } from '@playwright/test'
import { freshNavigation, markTime } from './navigation'
import type { PageGlobals } from './pageGlobals'

declare const window: PageGlobals

export type SearchTarget = { word: string; headline: string }

/**
 * Each word is seeded in the body of exactly one article, and nowhere else (search matches word
 * prefixes, and no generated word starts with w, q, h, j or x).
 */
export const SEARCH_TARGETS: readonly SearchTarget[] = ['whisky', 'quixotic', 'hydrofoil', 'juxtapose', 'xylophone'].map(
  (word, index) => ({ word, headline: `Search target ${index + 1}` }),
)

export type FirstRowsTiming = {
  /** The desk's own time: opened ('copydesk:desk-open') → first rows on screen. */
  fromOpen: number
  /** What a user sees at launch: navigation start → first rows (app start-up included). */
  fromStart: number
}

/** Fresh navigations to the desk. One warm-up load first, not counted. */
export async function deskFirstRows(page: Page, origin: string, samples: number): Promise<FirstRowsTiming[]> {
  const times: FirstRowsTiming[] = []
  for (let i = 0; i <= samples; i++) {
    await freshNavigation(page, `${origin}/#/desk`)
    const fromStart = await markTime(page, 'copydesk:desk-rows')
    const fromOpen = await page.evaluate(() => window.performance.getEntriesByName('copydesk:desk-first-rows')[0]!.duration)
    if (i > 0) times.push({ fromOpen, fromStart })
  }
  return times
}

export type SearchTiming = {
  /** The app's 'copydesk:desk-search' measure: input event → the effect of the render it caused. */
  measured: number
  /** The bench's own view (deskSearchProbe): input event → the list holding just the one result. */
  shown: number
}

const searchCount = (page: Page) => page.evaluate(() => window.performance.getEntriesByName('copydesk:desk-search').length)

/** Fills the search box (one input event) with `word`; returns both timings once the one result is listed. */
async function searchFor(page: Page, word: string, headline: string): Promise<SearchTiming> {
  const before = await searchCount(page)
  await page.evaluate(() => window.__deskSearchProbe.arm(1))
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(word)
  await page.waitForFunction(() => window.__deskSearchProbe.take() !== undefined, undefined, { polling: 50, timeout: 30_000 })
  await page.waitForFunction((n) => window.performance.getEntriesByName('copydesk:desk-search').length > n, before, { polling: 50 })
  const found = await page.locator('.desk-row .desk-row-headline').textContent()
  if (found !== headline) throw new Error(`Searching "${word}" listed "${found}", not "${headline}"`)
  return page.evaluate(
    (n) => ({ measured: window.performance.getEntriesByName('copydesk:desk-search')[n]!.duration, shown: window.__deskSearchProbe.take()! }),
    before,
  )
}

/** Searches the open desk for each word, clearing the box and waiting for the full list in between. */
export async function deskSearch(page: Page, targets: readonly SearchTarget[]): Promise<SearchTiming[]> {
  const timings: SearchTiming[] = []
  for (const { word, headline } of targets) {
    timings.push(await searchFor(page, word, headline))
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('')
    await page.waitForFunction(() => window.document.querySelectorAll('.desk-row').length > 1, undefined, { polling: 50 })
  }
  return timings
}
