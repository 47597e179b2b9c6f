import { expect, test } from '../fixtures'
import { exampleArticle } from '../support/exampleArticle'
import { seedArticles } from '../support/pageSupport'

test('with 10,000 articles the desk opens and search finds one by a word of its body', async ({ copydesk }) => {
  test.setTimeout(300_000)
  const { page } = copydesk
  await seedArticles(copydesk, 10_000, {
    extra: [{ fields: { headline: exampleArticle.headline, section: exampleArticle.section }, paragraphs: exampleArticle.body }],
  })
  await page.reload()

  await expect(page.getByRole('status').filter({ hasText: '10,001 articles' })).toBeVisible()
  // Virtualised: the page holds a screenful of rows, not ten thousand.
  const rendered = (await page.getByRole('grid', { name: 'Articles' }).getByRole('row').count()) - 1 // the header row
  expect(rendered).toBeGreaterThan(3)
  expect(rendered).toBeLessThan(60)

  // "Akopian" appears only in the body of the example article.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('Akopian')
  await expect(page.getByRole('status').filter({ hasText: /^1 article$/ })).toBeVisible()
  await expect(page.getByRole('button', { name: `Open ${exampleArticle.headline}` })).toBeVisible()

  // Accents and case do not matter; every word must match.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('AZERBAÏDJAN akopian')
  await expect(page.getByRole('status').filter({ hasText: /^1 article$/ })).toBeVisible()

  await page.getByRole('button', { name: `Open ${exampleArticle.headline}` }).click()
  await expect(page.getByRole('textbox', { name: 'Article text' })).toContainText('Arman Akopian')
})
