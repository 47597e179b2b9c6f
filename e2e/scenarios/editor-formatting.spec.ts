import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'

test('headings, bold, italic, quotes, lists and safe links, with undo and redo', async ({ copydesk }) => {
  const { page } = copydesk
  await newArticle(page)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  await page.keyboard.type('Une offensive éclair')
  await page.getByRole('button', { name: 'Heading 2' }).click()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Texte ')
  await page.getByRole('button', { name: 'Bold' }).click()
  await page.keyboard.type('important')
  await page.getByRole('button', { name: 'Bold' }).click()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Bulleted list' }).click()
  await page.keyboard.type('premier point')
  await page.keyboard.press('Enter')
  // A second Enter in the new, empty item leaves the list.
  await page.keyboard.press('Enter')
  await expect(body.locator('ul li')).toHaveCount(1)
  await page.getByRole('button', { name: 'Quote' }).click()
  await page.keyboard.type('« Une citation »')
  await page.keyboard.press('Shift+Enter')
  await page.keyboard.type('sur deux lignes')

  await expect(body.locator('h2')).toHaveText('Une offensive éclair')
  await expect(body.locator('strong')).toHaveText('important')
  await expect(body.locator('ul li')).toHaveText('premier point')
  await expect(body.locator('blockquote br')).toHaveCount(1)

  // Links: javascript: is refused with a clear message; https is accepted.
  await page.keyboard.press('Shift+Home')
  await page.getByRole('button', { name: 'Link', exact: true }).click()
  await page.getByRole('textbox', { name: 'Link address' }).fill('javascript:alert(1)')
  await page.getByRole('button', { name: 'Apply link' }).click()
  await expect(page.getByRole('alert')).toHaveText('Only http, https and mailto links can be added.')
  await page.getByRole('textbox', { name: 'Link address' }).fill('https://apnews.com/')
  await page.getByRole('button', { name: 'Apply link' }).click()
  await expect(body.locator('a')).toHaveAttribute('href', 'https://apnews.com/')

  // Undo takes the link off again, redo puts it back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(body.locator('a')).toHaveCount(0)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(body.locator('a')).toHaveCount(1)

  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Article text' }).locator('h2')).toHaveText('Une offensive éclair')
  await expect(page.getByRole('textbox', { name: 'Article text' }).locator('a')).toHaveAttribute('href', 'https://apnews.com/')
})

test('Ctrl+click on a link asks main to open it outside the app', async ({ copydesk }) => {
  test.skip(copydesk.mode === 'electron', 'uses the openExternal test double of Chromium mode')
  const { page } = copydesk
  await newArticle(page)
  await page.getByRole('textbox', { name: 'Article text' }).click()
  await page.keyboard.type('Voir https://apnews.com/article/x ici')
  await page.getByRole('textbox', { name: 'Article text' }).locator('a').click({ modifiers: ['Control'] })
  await expect.poll(() => copydesk.openExternalCalls).toEqual(['https://apnews.com/article/x'])
})
