import { expect, test } from '../fixtures'
import { seedArticles } from '../support/pageSupport'

/**
 * Screenshots of the desk at the two window sizes the newsroom uses, in both languages, for a person
 * to look at (written to test-results/desk-screenshots/, not compared: there is no dark theme yet).
 */
for (const locale of ['en-US', 'fr-FR'] as const) {
  test.describe(locale, () => {
    test.use({ locale })
    test(`the desk at 1280×800 and 1440×900 (${locale})`, async ({ copydesk }, testInfo) => {
      await seedArticles(copydesk, 200)
      for (const [width, height] of [
        [1280, 800],
        [1440, 900],
      ] as const) {
        await copydesk.page.setViewportSize({ width, height })
        await copydesk.page.reload()
        const grid = copydesk.page.getByRole('grid')
        await expect(grid.getByRole('row').nth(5)).toBeVisible()
        await grid.focus()
        await copydesk.page.keyboard.press('j')
        await copydesk.page.keyboard.press('Shift+j')
        await copydesk.page.screenshot({ path: testInfo.outputPath(`desk-${locale}-${width}x${height}.png`) })
      }
    })
  })
}
