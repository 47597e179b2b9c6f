import { expect, type Page } from '@playwright/test'

/**
 * A new article from the desk, ready to type in. It waits for the article's text: the desk has a
 * "Section" filter of its own, which a fill right after the click could hit before the view changes.
 */
export async function newArticle(page: Page) {
  await page.getByRole('button', { name: 'New article' }).click()
  await expect(page.getByRole('textbox', { name: 'Article text' })).toBeVisible()
}
