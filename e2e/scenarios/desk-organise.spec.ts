import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import type { Page } from '@playwright/test'

async function writeArticle(page: Page, headline: string, section: string) {
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Section' }).fill(section)
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline)
  await page.getByRole('textbox', { name: 'Article text' }).click()
  await page.keyboard.type(`Texte de ${headline}.`)
  await page.getByRole('button', { name: 'Back to the desk' }).click()
}

test('the desk filters by section, sorts by last change, trashes and restores the selection', async ({ copydesk }) => {
  const { page } = copydesk
  await writeArticle(page, 'Bakou reprend le Karabakh', 'International')
  await writeArticle(page, 'La réforme des retraites', 'France')
  await writeArticle(page, 'Le Tour de France', 'Sports')

  const list = page.getByRole('grid', { name: 'Articles' })
  const headlines = list.getByRole('button', { name: /^Open / })
  await expect(headlines).toHaveText(['Le Tour de France', 'La réforme des retraites', 'Bakou reprend le Karabakh'])

  await expect(list.getByRole('columnheader', { name: 'Last change' })).toHaveAttribute('aria-sort', 'descending')
  await list.getByRole('columnheader', { name: 'Last change' }).getByRole('button').click()
  await expect(list.getByRole('columnheader', { name: 'Last change' })).toHaveAttribute('aria-sort', 'ascending')
  await expect(headlines).toHaveText(['Bakou reprend le Karabakh', 'La réforme des retraites', 'Le Tour de France'])

  await page.getByRole('combobox', { name: 'Section' }).selectOption('France')
  await expect(headlines).toHaveText(['La réforme des retraites'])
  await page.getByRole('combobox', { name: 'Section' }).selectOption({ label: 'All sections' })

  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Published' })
  await expect(page.getByText('No article matches.')).toBeVisible()
  await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Draft' })
  await expect(headlines).toHaveCount(3)

  await list.getByRole('row', { name: 'La réforme des retraites' }).getByRole('gridcell').first().click()
  await page.getByRole('toolbar', { name: 'Actions on the selected articles' }).getByRole('button', { name: 'Move to trash' }).click()
  await expect(headlines).toHaveCount(2)
  await page.getByRole('link', { name: 'Trash' }).click()
  await list.getByRole('row', { name: 'La réforme des retraites' }).getByRole('gridcell').first().click()
  await page.getByRole('toolbar', { name: 'Actions on the selected articles' }).getByRole('button', { name: 'Restore' }).click()
  await expect(page.getByText('The trash is empty.')).toBeVisible()
  await page.getByRole('link', { name: 'All articles' }).click()
  await expect(headlines).toHaveCount(3)
})

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' })

  test('the interface follows the system language and can be switched in settings', async ({ copydesk }) => {
    const { page } = copydesk
    await expect(page.getByRole('button', { name: 'Nouvel article' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Tous les articles' })).toBeVisible()

    await page.getByRole('button', { name: 'Réglages' }).click()
    await page.getByRole('dialog', { name: 'Réglages' }).getByRole('combobox', { name: 'Langue de l’interface' }).selectOption('en')
    await expect(page.getByRole('heading', { name: 'All articles' })).toBeVisible()
    await page.getByRole('button', { name: 'Close settings' }).click()

    await copydesk.restart()
    await expect(copydesk.page.getByRole('button', { name: 'New article' })).toBeVisible()
  })
})

test('the profile fills the byline and section of a new article', async ({ copydesk }) => {
  const { page } = copydesk
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  await dialog.getByRole('textbox', { name: 'Your name (byline)' }).fill('Camille Martin')
  await dialog.getByRole('textbox', { name: 'Default section' }).fill('International')
  await dialog.getByRole('combobox', { name: 'Role' }).selectOption('editor')
  await dialog.getByRole('button', { name: 'Close settings' }).click()
  await newArticle(page)
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue('Camille Martin')
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue('International')
})
