import { expect, test, type Page } from '@playwright/test'
import type { Copydesk } from '../fixtures'

/**
 * One kind of thing a user makes: how a user makes it, and how a user sees it is there, unchanged.
 * `check` must leave the view as it found it (close what it opens), so the next row starts clean.
 */
export type RoundTripRow = {
  name: string
  make(page: Page): Promise<void>
  check(page: Page): Promise<void>
}

type RoundTrip = { name: string; run(copydesk: Copydesk, headline: string): Promise<void> }

const articleText = (page: Page) => page.getByRole('textbox', { name: 'Article text' })

/** Nothing typed is still waiting to be written: the save indicator says so. */
async function savedOnThisComputer(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()
}

/** The article from the desk's full list, as a user finds it. */
export async function openFromDesk(page: Page, headline: string): Promise<void> {
  await page.getByRole('link', { name: 'All articles' }).click()
  await page.getByRole('button', { name: `Open ${headline}` }).click()
  await expect(articleText(page)).toBeVisible()
}

/** After a start the app reopens the view that was open (useHashRoute): the article, not the desk. */
async function backInTheArticle(page: Page): Promise<void> {
  await expect(articleText(page), 'the app reopens the article that was open').toBeVisible()
}

/** The four ways an article leaves memory and comes back, in the order a working day meets them. */
export const roundTrips: RoundTrip[] = [
  {
    name: 'close and reopen from the desk',
    run: async ({ page }, headline) => {
      await page.getByRole('button', { name: 'Back to the desk' }).click()
      await expect(articleText(page)).toHaveCount(0)
      await openFromDesk(page, headline)
    },
  },
  {
    name: 'reload',
    run: async ({ page }) => {
      await page.reload()
      await backInTheArticle(page)
    },
  },
  {
    name: 'restart',
    run: async (copydesk) => {
      await copydesk.restart()
      await backInTheArticle(copydesk.page)
    },
  },
  {
    name: 'crash-restart',
    run: async (copydesk) => {
      await copydesk.restart({ crash: true })
      await backInTheArticle(copydesk.page)
    },
  },
]

/** What went wrong, on one line: the assertion and what it expected and received, without the call log. */
const summary = (error: unknown) =>
  (error instanceof Error ? error.message : String(error))
    .split(/\n\s*Call log:/)[0]!
    // eslint-disable-next-line no-control-regex -- the terminal colours of Playwright's messages
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' · ')

/**
 * Makes every row in the open article, checks them as made, then after each round trip checks every
 * row again. A row that fails does not stop the others: the test fails at the end with the list of
 * rows that did not survive, each with the round trip after which it failed, and any page error
 * reported along the way.
 */
export async function walkRoundTrips(copydesk: Copydesk, headline: string, rows: RoundTripRow[], { viewport }: { viewport?: { width: number; height: number } } = {}): Promise<void> {
  for (const row of rows) await test.step(`make: ${row.name}`, () => row.make(copydesk.page))

  const failures: string[] = []
  const failed = new Set<RoundTripRow>()
  const fail = (line: string) => {
    failures.push(line)
    console.log(`round trip failure: ${line}`)
  }
  let errorsSeen = 0
  const newPageErrors = (stage: string) => {
    const errors = copydesk.pageErrors.unexpected()
    // The error and where it was thrown, not the whole stack.
    for (const error of errors.slice(errorsSeen)) fail(`page error after ${stage}: ${error.split('\n').slice(0, 3).join(' ')}`)
    errorsSeen = errors.length
  }
  const checkAll = async (stage: string) => {
    for (const row of rows) {
      // A row is reported once, after the first step it did not survive.
      if (failed.has(row)) continue
      try {
        await test.step(`check after ${stage}: ${row.name}`, () => row.check(copydesk.page))
      } catch (error) {
        failed.add(row)
        fail(`${row.name} — after ${stage}: ${summary(error)}`)
        // A check that failed half way may have left a menu or a dialog open.
        await copydesk.page.keyboard.press('Escape').catch(() => undefined)
      }
    }
    newPageErrors(stage)
  }
  const report = () => expect(failures, `what did not survive the round trips (row — after which step: why)\n${failures.join('\n')}`).toEqual([])

  await checkAll('making it')
  for (const trip of roundTrips) {
    await savedOnThisComputer(copydesk.page)
    try {
      await test.step(`round trip: ${trip.name}`, () => trip.run(copydesk, headline))
    } catch (error) {
      fail(`round trip ${trip.name}: ${summary(error)}`)
      // Still check the rows, from the desk if the app did not come back into the article.
      try {
        if (!(await articleText(copydesk.page).isVisible())) await openFromDesk(copydesk.page, headline)
      } catch (reopenError) {
        fail(`the article could not be opened from the desk after ${trip.name}: ${summary(reopenError)}`)
        newPageErrors(trip.name)
        return report()
      }
    }
    // A restart opens a new window, at the browser's default size.
    if (viewport) await copydesk.page.setViewportSize(viewport)
    await checkAll(trip.name)
  }
  report()
}
