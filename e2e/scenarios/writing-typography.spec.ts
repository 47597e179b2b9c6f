import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { exampleArticle } from '../support/exampleArticle'
import { selectInBody } from '../support/reviewSupport'

// A reporter writing in French gets French typography as they type; a pasted text is fixed in one click.

// Types for page.evaluate callbacks (e2e code has no DOM types).
declare const DataTransfer: new () => { setData(type: string, data: string): void }
declare const ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => unknown

const NBSP = '\u00a0'
const NNBSP = '\u202f'

async function newArticleIn(page: Page, language: 'fr' | 'en'): Promise<Locator> {
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption(language)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  return body
}

/** The exact characters of a paragraph (toHaveText would fold the no-break spaces into ordinary ones). */
const paragraph = (body: Locator, index = 0) => () => body.locator('p').nth(index).textContent()

test('French as you type; Backspace or undo right after an automatic change takes back that change alone', async ({ copydesk }) => {
  const { page } = copydesk
  const body = await newArticleIn(page, 'fr')
  await page.keyboard.type(`Il a dit "bonjour" : c'est fini ! Vraiment ?`)
  await expect.poll(paragraph(body)).toBe(`Il a dit «${NNBSP}bonjour${NNBSP}»${NBSP}: c’est fini${NNBSP}! Vraiment${NNBSP}?`)

  await page.keyboard.press('Backspace')
  await expect.poll(paragraph(body)).toBe(`Il a dit «${NNBSP}bonjour${NNBSP}»${NBSP}: c’est fini${NNBSP}! Vraiment ?`)

  // A second Backspace deletes as usual; typed again, the ? gets its space, and one undo takes only that back.
  await page.keyboard.press('Backspace')
  await page.keyboard.type('?')
  await expect.poll(paragraph(body)).toMatch(new RegExp(`Vraiment${NNBSP}\\?$`))
  await page.keyboard.press('Control+z')
  await expect.poll(paragraph(body)).toBe(`Il a dit «${NNBSP}bonjour${NNBSP}»${NBSP}: c’est fini${NNBSP}! Vraiment ?`)
})

test('French numbers: digit groups get a narrow no-break space, phone numbers in pairs stay as typed', async ({ copydesk }) => {
  const { page } = copydesk
  const body = await newArticleIn(page, 'fr')
  await page.keyboard.type('Ils étaient 100 000 ! Appelez le 06 12 34 56 78 avant 2025.')
  await expect.poll(paragraph(body)).toBe(`Ils étaient 100${NNBSP}000${NNBSP}! Appelez le 06 12 34 56 78 avant 2025.`)
  // A number ending the paragraph has nothing typed after it: "Fix typography" sets its groups.
  await page.keyboard.press('Enter')
  await page.keyboard.type('Bilan : 12 500 000')
  await page.getByRole('button', { name: 'Fix typography' }).click()
  await expect.poll(paragraph(body, 1)).toBe(`Bilan${NBSP}: 12${NNBSP}500${NNBSP}000`)
  // Stored as shown: the article reopened after a reload has the same spaces.
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()
  await page.reload()
  const reopened = page.getByRole('textbox', { name: 'Article text' })
  await expect.poll(paragraph(reopened)).toBe(`Ils étaient 100${NNBSP}000${NNBSP}! Appelez le 06 12 34 56 78 avant 2025.`)
  await expect.poll(paragraph(reopened, 1)).toBe(`Bilan${NBSP}: 12${NNBSP}500${NNBSP}000`)
})

test('the example article pasted as it is comes out right after "Fix typography", links untouched', async ({ copydesk }) => {
  const { page } = copydesk
  const body = await newArticleIn(page, 'fr')
  await page.getByRole('textbox', { name: 'Headline' }).fill(exampleArticle.headline)
  await body.click()
  // The article pasted as it is (a real paste event), and a last paragraph that is all link: " :"
  // would get a no-break space anywhere else.
  const linked = "Selon l'AP : https://apnews.com/"
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
  const html = [...exampleArticle.body, linked].map((text) => `<p>${escape(text)}</p>`).join('')
  await body.evaluate((element, clipboard) => {
    const data = new DataTransfer()
    data.setData('text/html', clipboard)
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }) as never)
  }, html)
  await expect.poll(paragraph(body, 3)).toBe(linked)
  await selectInBody(page, linked)
  await page.getByRole('button', { name: 'Link', exact: true }).click()
  await page.getByRole('textbox', { name: 'Link address' }).fill('https://apnews.com/')
  await page.getByRole('button', { name: 'Apply link' }).click()
  await page.keyboard.press('End')
  // Pasted text is left as it came.
  await expect.poll(paragraph(body, 1)).toBe(exampleArticle.body[1])

  await page.getByRole('button', { name: 'Fix typography' }).click()

  await expect.poll(paragraph(body, 1)).toMatch(
    new RegExp(
      `^«${NNBSP}Pour nous, c’est une préoccupation majeure que les armes israéliennes tirent sur notre peuple${NNBSP}», ` +
        `a déclaré à${NBSP}l’Associated Press${NBSP}Arman Akopian, l’ambassadeur d’Arménie en Israël\\.`,
    ),
  )
  expect(await paragraph(body, 1)()).toMatch(
    new RegExp(`«${NNBSP}Je ne vois pas pourquoi Israël ne devrait pas être en mesure d’exprimer ne serait-ce qu’une certaine inquiétude .* de leur pays${NNBSP}», a-t-il déclaré à l’AP\\.$`),
  )
  expect(await paragraph(body, 0)()).toContain('Selon le rapport, quelques semaines seulement avant que l’Azerbaïdjan ne lance son assaut')
  expect(await paragraph(body, 2)()).toMatch(/^L’offensive de l’Azerbaïdjan impliquait de l’artillerie lourde,/)
  for (const index of [0, 1, 2]) expect(await paragraph(body, index)()).not.toMatch(/['"]|« | »/)
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Les armes israéliennes à l’Azerbaïdjan ont aidé Bakou à reprendre le Haut-Karabakh',
  )
  expect(await paragraph(body, 3)()).toBe(linked)
  await expect(body.locator('a')).toHaveText(linked)
  await expect(body.locator('a')).toHaveAttribute('href', 'https://apnews.com/')

  // One undo takes the whole fix back, body and headline.
  await page.keyboard.press('Control+z')
  await expect.poll(paragraph(body, 1)).toBe(exampleArticle.body[1])
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(exampleArticle.headline)
})

test('an English article gets curly quotes and no space before punctuation', async ({ copydesk }) => {
  const { page } = copydesk
  const body = await newArticleIn(page, 'en')
  await page.keyboard.type(`She said "hello" and 'goodbye' -- it's over... Really ?`)
  await expect.poll(paragraph(body)).toBe('She said “hello” and ‘goodbye’ – it’s over… Really?')
})
