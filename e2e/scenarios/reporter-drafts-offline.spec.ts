import { countText } from '@shared/article/counts'
import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { exampleArticle } from '../support/exampleArticle'
import type { Page } from '@playwright/test'

// A reporter on a train: no network, the example article typed from scratch, never a sentence lost.


function countsRow(page: Page, field: string) {
  return page.getByRole('row', { name: new RegExp(`^${field}:`) })
}

test('the example article typed into a new article is all there after a reload, counts right', async ({ copydesk }) => {
  const { page } = copydesk
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Section' }).fill(exampleArticle.section)
  await page.getByRole('textbox', { name: 'Headline' }).pressSequentially(exampleArticle.headline)
  const standfirst = 'Des avions cargo azerbaïdjanais ont fait la navette avec une base israélienne avant l’offensive.'
  await page.getByRole('textbox', { name: 'Standfirst' }).pressSequentially(standfirst)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  for (const [index, paragraph] of exampleArticle.body.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(paragraph)
  }
  for (const tag of exampleArticle.tags) {
    await page.getByRole('textbox', { name: 'Add a tag' }).fill(tag)
    await page.getByRole('textbox', { name: 'Add a tag' }).press('Enter')
  }
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()

  await page.reload()

  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(exampleArticle.headline)
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue(exampleArticle.section)
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(standfirst)
  const paragraphs = page.getByRole('textbox', { name: 'Article text' }).locator('p')
  await expect(paragraphs).toHaveText(exampleArticle.body)
  await expect(page.getByRole('list', { name: 'Tags' }).getByRole('listitem')).toHaveText(exampleArticle.tags.map((tag) => `${tag}×`))

  const bodyCounts = exampleArticle.body.map(countText).reduce((a, b) => ({ words: a.words + b.words, signes: a.signes + b.signes }))
  const headlineCounts = countText(exampleArticle.headline)
  // Numbers a person can check: the example's headline is 12 words and 82 signes.
  expect(headlineCounts).toEqual({ words: 12, signes: 82 })
  await expect(countsRow(page, 'Headline')).toHaveAttribute('aria-label', 'Headline: 12 words, 82 signes')
  await expect(countsRow(page, 'Standfirst')).toHaveAttribute('aria-label', `Standfirst: ${countText(standfirst).words} words, ${countText(standfirst).signes} signes`)
  await expect(countsRow(page, 'Article text')).toHaveAttribute('aria-label', `Article text: ${bodyCounts.words} words, ${bodyCounts.signes} signes`)

  // The desk lists it, from its index row.
  await page.getByRole('link', { name: 'All articles' }).click()
  await expect(page.getByRole('button', { name: `Open ${exampleArticle.headline}` })).toBeVisible()
})

test('typing fast, then the browser killed: nothing typed more than 300 ms before the kill is lost', async ({ copydesk }) => {
  await newArticle(copydesk.page)
  await copydesk.page.getByRole('textbox', { name: 'Article text' }).click()
  const typedAt: number[] = []
  const words = Array.from({ length: 60 }, (_, index) => `mot${String(index).padStart(3, '0')}`)
  for (const word of words) {
    await copydesk.page.keyboard.type(`${word} `)
    typedAt.push(Date.now())
  }
  const killedAt = Date.now()
  const articleUrl = copydesk.page.url()
  await copydesk.restart({ crash: true })
  // Chromium writes localStorage (where the last route lives) lazily, so a kill seconds after the
  // article was created may reopen on the desk: go back to the article, whose text is under test.
  await copydesk.page.goto(articleUrl)

  // The text held, drawn or not yet (blocks off screen, or before the first frame, have no rendered text).
  const text = (await copydesk.page.getByRole('textbox', { name: 'Article text' }).textContent()) ?? ''
  const kept = text.split(/\s+/).filter(Boolean)
  const mustSurvive = words.filter((_, index) => typedAt[index]! < killedAt - 300)
  expect(mustSurvive.length).toBeGreaterThan(40)
  // Everything typed before the window survives, in order, with no gap; the last word may be cut short.
  expect(kept.slice(0, mustSurvive.length)).toEqual(mustSurvive)
  expect(kept.slice(0, -1)).toEqual(words.slice(0, kept.length - 1))
  expect(words[kept.length - 1]!.startsWith(kept.at(-1)!)).toBe(true)
})

test('save a version, edit, restore it, then undo the restore', async ({ copydesk }) => {
  const { page } = copydesk
  await newArticle(page)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  await page.keyboard.type('Première version du texte.')
  await page.getByRole('textbox', { name: 'Headline' }).fill('Titre d’origine')
  await page.getByRole('button', { name: 'Save a version' }).click()
  await expect(page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem')).toHaveCount(1)
  // Just saved: "now" in the list; the restore button names it by its time, to the minute.
  const saved = page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem')
  await expect(saved.locator('.version-time')).toHaveText('now')
  await expect(saved.getByRole('button', { name: /^Restore the version of \d{2}:\d{2}(\s[AP]M)?$/ })).toBeVisible()

  await body.click()
  await page.keyboard.press('End')
  await page.keyboard.type(' Ajout après la version.')
  await page.getByRole('textbox', { name: 'Headline' }).fill('Titre modifié')
  await expect(body).toHaveText('Première version du texte. Ajout après la version.')

  await page.getByRole('list', { name: 'Saved versions' }).getByRole('button', { name: /^Restore the version of/ }).first().click()
  await expect(body).toHaveText('Première version du texte.')
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Titre d’origine')
  // The text the restore replaced is kept as a version of its own.
  await expect(page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem')).toHaveCount(2)
  await expect(page.getByRole('list', { name: 'Saved versions' }).getByText('Before a restore')).toBeVisible()

  await page.getByRole('button', { name: 'Undo restore' }).click()
  await expect(body).toHaveText('Première version du texte. Ajout après la version.')
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Titre modifié')

  // And the undo itself was saved.
  await page.reload()
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveText('Première version du texte. Ajout après la version.')
})
