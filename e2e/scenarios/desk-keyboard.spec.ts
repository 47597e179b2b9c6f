import { expect, test } from '../fixtures'
import type { Page } from '@playwright/test'
import { seedArticles } from '../support/pageSupport'
import { setProfile } from '../support/reviewSupport'

const grid = (page: Page) => page.getByRole('grid', { name: 'Articles' })
/** The grid's current row: the one its aria-activedescendant names. */
async function activeRowName(page: Page) {
  const id = await grid(page).getAttribute('aria-activedescendant')
  return id ? page.locator(`[id="${id}"]`).getAttribute('aria-label') : null
}
/** The names of the first `count` rows of the list, in the list's order. */
async function firstHeadlines(page: Page, count: number) {
  const names: string[] = []
  for (let index = 2; index < count + 2; index++) names.push((await grid(page).locator(`[aria-rowindex="${index}"]`).getAttribute('aria-label')) ?? '')
  return names
}

test('the desk sorts by a column header, hides columns and goes compact, and keeps all three after a reload', async ({ copydesk }) => {
  await seedArticles(copydesk, 40, {
    extra: [
      { fields: { headline: 'Économie : la croissance ralentit', section: 'Économie' }, paragraphs: ['Texte.'] },
      { fields: { headline: 'Zygomatiques du soir', section: 'Culture' }, paragraphs: ['Texte.'] },
      { fields: { headline: 'Abeilles en danger', section: 'Sciences' }, paragraphs: ['Texte.'] },
    ],
  })
  await copydesk.page.reload()
  const page = copydesk.page
  await expect(page.getByRole('status').filter({ hasText: '43 articles' })).toBeVisible()
  const headline = grid(page).getByRole('columnheader', { name: 'Headline' })
  await expect(grid(page).getByRole('columnheader', { name: 'Last change' })).toHaveAttribute('aria-sort', 'descending')

  await headline.getByRole('button').click()
  await expect(headline).toHaveAttribute('aria-sort', 'ascending')
  // Accents ignored: "Économie" sorts among the E, "Abeilles" first.
  const ascending = await firstHeadlines(page, 5)
  expect(ascending[0]).toBe('Abeilles en danger')
  const folded = ascending.map((text) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
  expect(folded).toEqual([...folded].sort())
  await headline.getByRole('button').click()
  await expect(headline).toHaveAttribute('aria-sort', 'descending')
  await expect(grid(page).getByRole('row').nth(1)).toHaveAccessibleName('Zygomatiques du soir')

  await page.getByText('Columns', { exact: true }).click()
  await page.getByRole('checkbox', { name: 'Byline' }).uncheck()
  await page.getByRole('checkbox', { name: 'Signes' }).check()
  await expect(grid(page).getByRole('columnheader', { name: 'Byline' })).toHaveCount(0)
  await expect(grid(page).getByRole('columnheader', { name: 'Signes' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Density' }).selectOption({ label: 'Compact' })
  const compactHeight = (await grid(page).getByRole('row').nth(1).boundingBox())!.height
  expect(compactHeight).toBeLessThan(32)

  await page.reload()
  await expect(grid(page).getByRole('columnheader', { name: 'Headline' })).toHaveAttribute('aria-sort', 'descending')
  await expect(grid(page).getByRole('row').nth(1)).toHaveAccessibleName('Zygomatiques du soir')
  await expect(grid(page).getByRole('columnheader', { name: 'Byline' })).toHaveCount(0)
  await expect(grid(page).getByRole('columnheader', { name: 'Signes' })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Density' })).toHaveValue('compact')
  expect((await grid(page).getByRole('row').nth(1).boundingBox())!.height).toBe(compactHeight)
})

test('the keyboard moves through the desk, selects with Shift, trashes with Delete (undoable), opens with Enter, searches with /', async ({ copydesk }) => {
  await seedArticles(copydesk, 300)
  await copydesk.page.reload()
  const page = copydesk.page
  await expect(page.getByRole('status').filter({ hasText: '300 articles' })).toBeVisible()
  const rows = grid(page).getByRole('row')
  const first = await rows.nth(1).getAttribute('aria-label')
  const second = await rows.nth(2).getAttribute('aria-label')

  await grid(page).focus()
  expect(await activeRowName(page)).toBe(first)
  await page.keyboard.press('j')
  expect(await activeRowName(page)).toBe(second)
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('k')
  expect(await activeRowName(page)).toBe(second)
  await expect(grid(page).getByRole('row', { name: second!, exact: true })).toHaveAttribute('aria-selected', 'true')

  // The focused row stays on screen: End goes to the 300th row and scrolls to it.
  await page.keyboard.press('End')
  const last = grid(page).locator('[aria-rowindex="301"]')
  await expect(last).toBeInViewport()
  expect(await activeRowName(page)).toBe(await last.getAttribute('aria-label'))

  // Shift+↑ twice: three rows selected; Delete moves them to the trash; Undo brings them back.
  await page.keyboard.press('Shift+ArrowUp')
  await page.keyboard.press('Shift+ArrowUp')
  await expect(page.getByRole('toolbar', { name: 'Actions on the selected articles' })).toContainText('3 selected')
  await expect(grid(page).locator('[aria-selected="true"]')).toHaveCount(3)
  await page.keyboard.press('Delete')
  await expect(page.getByRole('status').filter({ hasText: '297 articles' })).toBeVisible()
  await expect(page.getByText('3 articles moved to trash.')).toBeVisible()
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('status').filter({ hasText: '300 articles' })).toBeVisible()

  // Ctrl-click adds a row, Shift-click a range.
  await grid(page).focus()
  await page.keyboard.press('Home')
  const row = (index: number) => grid(page).locator(`[aria-rowindex="${index + 1}"]`).getByRole('gridcell').first()
  await row(1).click()
  await row(3).click({ modifiers: ['Control'] })
  await expect(grid(page).locator('[aria-selected="true"]')).toHaveCount(2)
  await row(5).click({ modifiers: ['Shift'] })
  await expect(grid(page).locator('[aria-selected="true"]')).toHaveCount(3)

  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused()

  await grid(page).focus()
  await page.keyboard.press('Home')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(first!)
})

test('a reporter submits two drafts at once and gives them a section; what they may not do is left alone, and it all survives a reload', async ({ copydesk }) => {
  await seedArticles(copydesk, 0, {
    extra: [
      { fields: { headline: 'Premier brouillon', section: 'France', status: 'draft' }, paragraphs: ['Texte.'] },
      { fields: { headline: 'Second brouillon', section: 'France', status: 'draft' }, paragraphs: ['Texte.'] },
      { fields: { headline: 'Déjà validé', section: 'France', status: 'approved' }, paragraphs: ['Texte.'] },
    ],
  })
  await copydesk.page.reload()
  const page = copydesk.page
  await setProfile(page, 'Camille Martin', 'Reporter')
  const row = (name: string) => grid(page).getByRole('row', { name, exact: true })
  await row('Premier brouillon').getByRole('gridcell').first().click()
  await row('Second brouillon').getByRole('gridcell').first().click({ modifiers: ['Control'] })
  await row('Déjà validé').getByRole('gridcell').first().click({ modifiers: ['Control'] })
  const actions = page.getByRole('toolbar', { name: 'Actions on the selected articles' })
  await expect(actions).toContainText('3 selected')
  // A reporter may file or spike a draft; nothing takes an approved story further from the desk here.
  const status = actions.getByRole('combobox', { name: 'Change status' })
  await expect(status.getByRole('option')).toHaveText(['Choose…', 'Submitted', 'Spiked'])
  await status.selectOption({ label: 'Submitted' })
  await expect(page.getByText('2 articles changed; 1 left as they were')).toBeVisible()
  await expect(row('Premier brouillon').getByRole('gridcell').first()).toHaveText('Submitted')
  await expect(row('Second brouillon').getByRole('gridcell').first()).toHaveText('Submitted')
  await expect(row('Déjà validé').getByRole('gridcell').first()).toHaveText('Approved')

  await actions.getByRole('combobox', { name: 'Set section' }).fill('International')
  await actions.getByRole('button', { name: 'Apply' }).click()
  await expect(page.getByText('3 articles changed.')).toBeVisible()

  await page.reload()
  await expect(row('Second brouillon').getByRole('gridcell').first()).toHaveText('Submitted')
  await expect(row('Second brouillon').getByRole('gridcell').nth(1)).toHaveText('International')
  await expect(page.getByRole('link', { name: 'To review, 2 articles' })).toBeVisible()
  await row('Second brouillon').getByRole('button', { name: 'Open Second brouillon' }).click()
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Second brouillon')
  await expect(page.getByText('Camille Martin', { exact: false }).first()).toBeVisible()
})

test('"Empty trash" asks first, then deletes for good; the retention setting is kept', async ({ copydesk }) => {
  await seedArticles(copydesk, 5)
  await copydesk.page.reload()
  const page = copydesk.page
  await expect(page.getByRole('status').filter({ hasText: '5 articles' })).toBeVisible()
  await grid(page).focus()
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Delete')
  await expect(page.getByText('2 articles moved to trash.')).toBeVisible()

  await page.getByRole('link', { name: 'Trash' }).click()
  await expect(page.getByText('Articles are deleted for good 30 days after they go to the trash.')).toBeVisible()
  await page.getByRole('button', { name: 'Empty trash' }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Empty the trash?' })
  await expect(confirm).toContainText('2 articles will be deleted for good')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(grid(page).getByRole('row')).toHaveCount(3)
  await page.getByRole('button', { name: 'Empty trash' }).click()
  await confirm.getByRole('button', { name: 'Delete 2 articles for good' }).click()
  await expect(page.getByText('The trash is empty.')).toBeVisible()

  await page.getByRole('button', { name: 'Settings' }).click()
  const settings = page.getByRole('dialog', { name: 'Settings' })
  await settings.getByRole('spinbutton', { name: 'Delete trashed articles after (days)' }).fill('7')
  await settings.getByRole('button', { name: 'Close settings' }).click()
  await copydesk.restart()
  await copydesk.page.getByRole('link', { name: 'Trash' }).click()
  await expect(copydesk.page.getByText('The trash is empty.')).toBeVisible()
  await expect(copydesk.page.getByText('Articles are deleted for good 7 days after they go to the trash.')).toBeVisible()
  await copydesk.page.getByRole('link', { name: 'All articles' }).click()
  await expect(copydesk.page.getByRole('status').filter({ hasText: '3 articles' })).toBeVisible()
})

test('filters by author and date of change, saved as a named view with its count, kept after a reload', async ({ copydesk }) => {
  // Generated articles: bylines "Auteur 0" … "Auteur 36" in turn, one minute apart up to now.
  await seedArticles(copydesk, 74)
  await copydesk.page.reload()
  const page = copydesk.page
  await expect(page.getByRole('status').filter({ hasText: '74 articles' })).toBeVisible()
  await page.getByRole('combobox', { name: 'Author' }).selectOption('Auteur 3')
  await expect(page.getByRole('status').filter({ hasText: /^2 articles$/ })).toBeVisible()
  const today = new Date()
  const day = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`
  const tomorrow = new Date(today.getTime() + 86_400_000)
  await page.getByLabel('Changed from').fill(day(tomorrow))
  await expect(page.getByText('No article matches.')).toBeVisible()
  await page.getByLabel('Changed from').fill('')
  await page.getByLabel('Changed until').fill(day(tomorrow))
  await expect(page.getByRole('status').filter({ hasText: /^2 articles$/ })).toBeVisible()

  await page.getByRole('button', { name: 'Save these filters as a view' }).click()
  await page.getByRole('textbox', { name: 'Name of the view' }).fill('Papiers d’Auteur 3')
  await page.getByRole('button', { name: 'Save view' }).click()
  const views = page.getByRole('list', { name: 'Saved views' })
  await expect(views.getByRole('button', { name: 'Papiers d’Auteur 3, 2 articles' })).toHaveAttribute('aria-pressed', 'true')

  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: '74 articles' })).toBeVisible()
  const view = page.getByRole('list', { name: 'Saved views' }).getByRole('button', { name: 'Papiers d’Auteur 3, 2 articles' })
  await expect(view).toHaveAttribute('aria-pressed', 'false')
  await view.click()
  await expect(page.getByRole('status').filter({ hasText: /^2 articles$/ })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Author' })).toHaveValue('Auteur 3')
  await page.getByRole('button', { name: 'Remove the view “Papiers d’Auteur 3”' }).click()
  await expect(page.getByRole('list', { name: 'Saved views' }).getByRole('button')).toHaveCount(0)
})

test('Space shows the focused article beside the list (standfirst, first paragraphs, checklist, history) and hides it again', async ({ copydesk }) => {
  await seedArticles(copydesk, 3, {
    extra: [
      {
        fields: { headline: 'Bakou reprend le Karabakh', standfirst: 'Une offensive éclair.', section: 'International', byline: 'Marie Dupont' },
        paragraphs: ['Premier paragraphe.', 'Deuxième paragraphe.', 'Troisième paragraphe.', 'Quatrième paragraphe, pas dans l’aperçu.'],
      },
    ],
  })
  await copydesk.page.reload()
  const page = copydesk.page
  await expect(page.getByRole('status').filter({ hasText: '4 articles' })).toBeVisible()
  await grid(page).getByRole('row', { name: 'Bakou reprend le Karabakh' }).getByRole('gridcell').first().click()
  await page.keyboard.press('Space')
  const preview = page.getByRole('complementary', { name: 'Preview' })
  await expect(preview.getByRole('heading', { name: 'Bakou reprend le Karabakh' })).toBeVisible()
  await expect(preview).toContainText('Une offensive éclair.')
  await expect(preview).toContainText('Troisième paragraphe.')
  await expect(preview).not.toContainText('Quatrième paragraphe')
  await expect(preview).toContainText('Ready to publish')
  await expect(preview).toContainText('No workflow step yet.')
  // The preview follows the keyboard (the newest article is another one).
  await page.keyboard.press('Home')
  await expect(preview.getByRole('heading', { level: 2 })).not.toHaveText('Bakou reprend le Karabakh')
  // Still on the desk: the article was not opened.
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveCount(0)
  await page.keyboard.press('Space')
  await expect(preview).toHaveCount(0)
})
