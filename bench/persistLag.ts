import type { Page } from '@playwright/test'
import type { KeyTiming, PageGlobals } from './pageGlobals'

declare const window: PageGlobals

type Commit = { at: number; last: number }

/** The app's 'copydesk:persisted' marks: when each batch committed, and when its newest update arrived. */
function commits(page: Page): Promise<Commit[]> {
  return page.evaluate(() =>
    window.performance
      .getEntriesByName('copydesk:persisted')
      .map((mark) => ({ at: mark.startTime, last: (mark.detail as { last: number }).last })),
  )
}

/**
 * For each key, keydown → the commit in IndexedDB of the batch holding its update. The update is made
 * synchronously after the keydown, so its batch is the first whose newest update came at or after it.
 */
export async function persistLags(page: Page, keys: readonly KeyTiming[]): Promise<number[]> {
  const lastKey = Math.max(...keys.map((key) => key.keydownAt))
  await page.waitForFunction(
    (t) => window.performance.getEntriesByName('copydesk:persisted').some((mark) => (mark.detail as { last: number }).last >= t),
    lastKey,
    { polling: 50, timeout: 10_000 },
  )
  const done = (await commits(page)).sort((a, b) => a.at - b.at)
  return keys.map((key) => {
    const commit = done.find((candidate) => candidate.last >= key.keydownAt)
    if (!commit) throw new Error('A keystroke has no commit')
    return commit.at - key.keydownAt
  })
}
