import type { Page } from '@playwright/test'
import { expect, test, type PageGlobals } from '../fixtures'
import { newArticle } from '../support/deskSupport'

declare const window: PageGlobals

// A reporter writing in French sees the length of the story against its target, the headline and
// SEO title limits of the section, spelling and house-style marks with one-click fixes.

async function newFrenchArticle(page: Page) {
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr')
}

test('the length gauge follows the text; headline and SEO title limits depend on the section', async ({ copydesk }) => {
  const { page } = copydesk
  await newFrenchArticle(page)
  const target = page.getByRole('textbox', { name: 'Length target' })
  await target.fill('3 500')
  await target.press('Enter')
  const gauge = page.getByRole('meter', { name: 'Body length against the target' })
  await expect(gauge).toHaveAttribute('aria-valuemax', '3500')
  await expect(gauge).toHaveAttribute('aria-valuenow', '0')

  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  await page.keyboard.insertText('x'.repeat(3000))
  await expect(gauge).toHaveAttribute('aria-valuenow', '3000')
  await expect(gauge).toHaveAttribute('aria-valuetext', /3,000 \/ 3,500 signes — 500 signes to go/)
  await page.keyboard.type(' mots tapés un à un')
  await page.keyboard.insertText('z'.repeat(381))
  await expect(gauge).toHaveAttribute('aria-valuetext', /3,400 \/ 3,500 signes — on target/)
  await page.keyboard.insertText('y'.repeat(300))
  await expect(gauge).toHaveAttribute('aria-valuetext', /200 signes over/)

  // Sport headlines stop at 70 signes; the default (and International) at 90.
  const headline = page.getByRole('textbox', { name: 'Headline' })
  await headline.fill('H'.repeat(80))
  await expect(headline).not.toHaveAttribute('aria-invalid')
  await expect(page.locator('#headline-limit')).toHaveText('80 / 90 signes')
  await page.getByRole('combobox', { name: 'Section' }).fill('Sport')
  await expect(headline).toHaveAttribute('aria-invalid', 'true')
  await expect(headline).toHaveAccessibleDescription('10 signes over the limit of 70')

  const seo = page.getByRole('textbox', { name: 'SEO title' })
  await seo.fill('S'.repeat(61))
  await expect(seo).toHaveAccessibleDescription('1 signe over the limit of 60')

  // The target is part of the article: it is still there after a restart.
  const articleUrl = page.url()
  await copydesk.restart()
  await copydesk.page.goto(articleUrl)
  await expect(copydesk.page.getByRole('meter', { name: 'Body length against the target' })).toHaveAttribute('aria-valuemax', '3500')
  await expect(copydesk.page.getByRole('textbox', { name: 'Length target' })).toHaveValue('3,500')
})

test('spelling flags a misspelt French word and offers the accented word; a word added to the newsroom dictionary stays right after a restart', async ({ copydesk }) => {
  const { page } = copydesk
  await newFrenchArticle(page)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  await page.keyboard.type('Le ministere a reçu M. Akopian.')
  const misspelt = body.locator('.check-spelling')
  await expect(misspelt).toHaveText(['ministere', 'Akopian'])

  // Right click: the suggestions, accented one first.
  await misspelt.first().click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'Spelling: ministere' })
  await expect(menu.getByRole('menuitem').first()).toHaveText('ministère')
  await test.info().attach('spelling menu', { body: await page.screenshot(), contentType: 'image/png' })
  await menu.getByRole('menuitem', { name: 'ministère' }).click()
  await expect(menu).toBeHidden()
  await expect(body.locator('p').first()).toHaveText('Le ministère a reçu M. Akopian.')
  await expect(misspelt).toHaveText(['Akopian'])

  // Keyboard: the caret in the word, Shift+F10 opens the menu, arrows reach "Add to newsroom dictionary".
  await misspelt.click()
  await page.keyboard.press('Shift+F10')
  const akopian = page.getByRole('menu', { name: 'Spelling: Akopian' })
  await expect(akopian).toBeVisible()
  await expect(akopian.getByRole('menuitem').first()).toBeFocused()
  await page.keyboard.press('End')
  await expect(akopian.getByRole('menuitem', { name: 'Add to newsroom dictionary' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(akopian).toBeHidden()
  await expect(misspelt).toHaveCount(0)
  // The caret is back in the text.
  await expect(body).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type(' Il est gouvernment.')
  await expect(misspelt).toHaveText(['gouvernment'])
  await misspelt.click()
  await page.keyboard.press('Control+.')
  await expect(page.getByRole('menu', { name: 'Spelling: gouvernment' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('menu')).toBeHidden()
  await expect(body).toBeFocused()

  // After a restart, in the French interface, Akopian is still right and the checks still run.
  await page.evaluate(() => window.copydesk.settings.update({ language: 'fr' }))
  const articleUrl = page.url()
  await copydesk.restart()
  await copydesk.page.goto(articleUrl)
  const bodyAgain = copydesk.page.getByRole('textbox', { name: 'Texte de l’article' })
  await expect(bodyAgain.locator('.check-spelling')).toHaveText(['gouvernment'])
  await expect(bodyAgain).toContainText('Akopian')
  await bodyAgain.locator('.check-spelling').click({ button: 'right' })
  const menuFr = copydesk.page.getByRole('menu', { name: 'Orthographe : gouvernment' })
  await expect(menuFr.getByRole('menuitem', { name: 'gouvernement' })).toBeVisible()
  await expect(menuFr.getByRole('menuitem', { name: 'Ajouter au dictionnaire de la rédaction' })).toBeVisible()
  await copydesk.page.keyboard.press('Escape')
  const stored = await copydesk.page.evaluate(() => window.copydesk.settings.get())
  expect(stored).toMatchObject({ ok: true, value: { writingAids: { newsroomDictionary: ['Akopian'] } } })
})

test('a house-style rule is flagged and fixed in one click; a paragraph marked English is checked in English', async ({ copydesk }) => {
  const { page } = copydesk
  await newFrenchArticle(page)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  await page.keyboard.type('Un assaut de 24h, selon l’AP.')
  const marked = body.locator('.check-style')
  await expect(marked).toHaveText(['24h'])
  await marked.click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'House style: 24h' })
  await expect(menu).toHaveAccessibleDescription(/Write “24 heures” in full\./)
  await test.info().attach('house-style menu', { body: await page.screenshot(), contentType: 'image/png' })
  await menu.getByRole('menuitem', { name: 'Replace with “24 heures”' }).click()
  await expect(body.locator('p').first()).toHaveText('Un assaut de 24 heures, selon l’AP.')
  await expect(marked).toHaveCount(0)

  // "l' AP" (space after the apostrophe), fixed from the keyboard.
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText("Il l'a dit à l' AP.")
  await expect(marked).toHaveCount(1)
  await marked.click()
  await page.keyboard.press('Control+.')
  await page.keyboard.press('Enter')
  await expect(body.locator('p').nth(1)).toHaveText("Il l'a dit à l'AP.")

  // An English paragraph: English words are right, an English misspelling is flagged with English suggestions.
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.getByRole('combobox', { name: 'Paragraph language' }).selectOption('en')
  await body.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('The governement said nothing.')
  await expect(body.locator('p').nth(2)).toHaveAttribute('lang', 'en')
  await expect(body.locator('.check-spelling')).toHaveText(['governement'])
  await body.locator('.check-spelling').click({ button: 'right' })
  await expect(page.getByRole('menu', { name: 'Spelling: governement' }).getByRole('menuitem').first()).toHaveText('government')
})

test('settings: own house-style rules, a broken rule refused, the checks turned off and on', async ({ copydesk }) => {
  const { page } = copydesk
  await newFrenchArticle(page)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  await page.keyboard.type('Le Kremlin a parlé 24h.')
  await expect(body.locator('.check-style')).toHaveText(['24h'])

  await page.getByRole('button', { name: 'Settings' }).click()
  const rules = page.getByRole('textbox', { name: 'House style rules (JSON)' })
  await rules.fill('{"version": 1, "rules": [{"id": "x", "type": "pattern", "pattern": "(", "severity": "info", "message": {"fr": "a", "en": "a"}}]}')
  await page.getByRole('button', { name: 'Save rules' }).click()
  await expect(page.getByRole('alert')).toContainText('not a valid regular expression')
  const own = {
    version: 1,
    rules: [{ id: 'kremlin', type: 'pattern', pattern: 'Kremlin', replacement: 'Kremlin (Moscou)', severity: 'info', message: { fr: 'Préciser.', en: 'Say where.' } }],
  }
  await rules.fill(JSON.stringify(own))
  await page.getByRole('button', { name: 'Save rules' }).click()
  await expect(page.getByText('Your own rules are in use.')).toBeVisible()
  await page.getByRole('checkbox', { name: 'Check spelling and house style as I write' }).uncheck()
  await page.getByRole('button', { name: 'Close settings' }).click()
  await expect(body.locator('.check-mark')).toHaveCount(0)

  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('checkbox', { name: 'Check spelling and house style as I write' }).check()
  await page.getByRole('button', { name: 'Close settings' }).click()
  await expect(body.locator('.check-style')).toHaveText(['Kremlin'])
  await expect(body.locator('.check-style')).toHaveAttribute('title', 'Say where.')

  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Use the newsroom’s rules' }).click()
  await expect(page.getByText('The newsroom’s rules are in use.')).toBeVisible()
  await page.getByRole('button', { name: 'Close settings' }).click()
  await expect(body.locator('.check-style')).toHaveText(['24h'])
})
