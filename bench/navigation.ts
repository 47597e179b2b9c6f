import type { Page } from '@playwright/test'
import type { PageGlobals } from './pageGlobals'

declare const window: PageGlobals

/**
 * A new document load, never a same-document hash change (going from #/a to #/b would be one):
 * through about:blank, so the page's timeline starts again at this navigation.
 */
export async function freshNavigation(page: Page, url: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(url)
}

/** Waits for a performance mark and returns its startTime (ms from navigation start). */
export async function markTime(page: Page, name: string, timeout = 60_000): Promise<number> {
  // Polled every 50 ms rather than every frame, to stay out of the way of what is being timed.
  await page.waitForFunction((mark) => window.performance.getEntriesByName(mark).length > 0, name, { polling: 50, timeout })
  return page.evaluate((mark) => window.performance.getEntriesByName(mark)[0]!.startTime, name)
}
