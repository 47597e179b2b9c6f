import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { exampleArticle } from '../support/exampleArticle'
import type { Page } from '@playwright/test'
import { selectInBody, setProfile } from '../support/reviewSupport'

// Suggestion mode (track changes): an editor suggests, a reporter accepts or rejects each suggestion;
// the checklist blocks publishing while any remain. Two people on one machine: the profile is switched
// in Settings, as in review-workflow.spec.ts.


const firstParagraph = (page: Page) => page.getByRole('textbox', { name: 'Article text' }).locator('p').first()
const suggestionsPanel = (page: Page) => page.getByRole('region', { name: 'Suggestions' })
const checklist = (page: Page) => page.getByRole('region', { name: 'Before publishing' })

test('an editor suggests a deletion and an insertion; the reporter accepts one and rejects the other', async ({ copydesk }) => {
  const { page } = copydesk
  await setProfile(page, 'Paul Bernard', 'Editor')
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Section' }).fill(exampleArticle.section)
  await page.getByRole('textbox', { name: 'Headline' }).fill(exampleArticle.headline)
  await page.getByRole('textbox', { name: 'Article text' }).click()
  for (const [index, paragraph] of exampleArticle.body.slice(0, 2).entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(paragraph)
  }
  await expect(suggestionsPanel(page).getByText('No suggestions.')).toBeVisible()
  const original = (await firstParagraph(page).textContent())!
  const secondParagraph = page.getByRole('textbox', { name: 'Article text' }).locator('p').nth(1)
  const original2 = (await secondParagraph.textContent())!
  const sentence = original.slice(original.indexOf(' Selon le rapport'))
  expect(sentence.length).toBeGreaterThan(100)

  // Suggesting: the toolbar says as whom.
  const toggle = page.getByRole('button', { name: 'Suggesting' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await expect(toggle).toContainText('Paul Bernard, Editor')

  await selectInBody(page, sentence)
  await page.keyboard.press('Backspace')
  await selectInBody(page, 'puissantes', true)
  await page.keyboard.insertText('très ')
  // A new paragraph too: shown by a pilcrow at the break.
  await selectInBody(page, '« Je ne vois pas', true)
  await page.keyboard.press('Enter')
  await expect(page.locator('.article-body .suggestion-pilcrow-insertion')).toHaveCount(1)

  // Both are in the text, marked, nothing removed yet.
  await expect(firstParagraph(page).locator('del.suggestion-deletion')).toHaveText(sentence)
  await expect(firstParagraph(page).locator('ins.suggestion-insertion')).toHaveText('très ')
  await expect(firstParagraph(page)).toHaveText(original.replace('armes puissantes', 'armes très puissantes'))
  const items = suggestionsPanel(page).getByRole('listitem')
  await expect(items).toHaveCount(3)
  await expect(items.nth(0)).toContainText('Paul Bernard')
  await expect(items.nth(0)).toContainText('Add “très”')
  await expect(items.nth(1)).toContainText('Delete “Selon le rapport')
  await expect(items.nth(2)).toContainText('Paragraph break')
  await expect(checklist(page)).toContainText('Unresolved suggestions in the text (3): accept or reject each one.')
  // For a look at the colours, in both themes (kept with the test's results).
  await page.setViewportSize({ width: 1440, height: 900 })
  await firstParagraph(page).scrollIntoViewIfNeeded()
  await suggestionsPanel(page).scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('suggestions-light.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: test.info().outputPath('suggestions-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })

  // The editor stops suggesting (its shortcut), then the reporter decides.
  await page.getByRole('textbox', { name: 'Article text' }).focus()
  await page.keyboard.press('ControlOrMeta+Shift+E')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await setProfile(page, 'Marie Dupont', 'Reporter')
  // At the caret: a small bar says whose suggestion it is, to accept or reject it there.
  await selectInBody(page, 'rès', true)
  const atCaret = page.getByRole('group', { name: 'Suggestion by Paul Bernard' })
  await expect(atCaret).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('suggestion-at-caret.png') })
  await atCaret.getByRole('button', { name: 'Accept' }).click()
  await expect(atCaret).toBeHidden()
  await expect(items).toHaveCount(2)
  await expect(checklist(page)).toContainText('Unresolved suggestions in the text (2)')
  await suggestionsPanel(page).getByRole('button', { name: 'Reject the suggestion: Paragraph break' }).click()
  await expect(items).toHaveCount(1)
  await expect(checklist(page)).toContainText('Unresolved suggestions in the text (1)')
  await suggestionsPanel(page).getByRole('button', { name: /^Reject the suggestion: Delete “ ?Selon le rapport/ }).click()

  await expect(firstParagraph(page)).toHaveText(original.replace('armes puissantes', 'armes très puissantes'))
  await expect(secondParagraph).toHaveText(original2)
  await expect(page.getByRole('textbox', { name: 'Article text' }).locator('p')).toHaveCount(2)
  await expect(page.getByRole('textbox', { name: 'Article text' }).locator('ins, del, .suggestion-pilcrow')).toHaveCount(0)
  await expect(suggestionsPanel(page).getByText('No suggestions.')).toBeVisible()
  await expect(checklist(page)).not.toContainText('Unresolved suggestions')
})

test('an editor suggests a new headline and standfirst; the reporter accepts the headline and rejects the standfirst', async ({ copydesk }) => {
  const { page } = copydesk
  const STANDFIRST = 'Un rapport détaille les livraisons d’armes des dernières années.'
  await setProfile(page, 'Paul Bernard', 'Editor')
  await newArticle(page)
  const headline = page.getByRole('textbox', { name: 'Headline' })
  const standfirst = page.getByRole('textbox', { name: 'Standfirst' })
  await page.getByRole('combobox', { name: 'Section' }).fill(exampleArticle.section)
  await headline.fill(exampleArticle.headline)
  await standfirst.fill(STANDFIRST)
  await page.getByRole('textbox', { name: 'Article text' }).click()
  await page.keyboard.insertText(exampleArticle.body[0]!)
  await expect(suggestionsPanel(page).getByText('No suggestions.')).toBeVisible()

  // Suggesting, the editor rewrites the headline's end, in two goes: the second updates the first.
  const toggle = page.getByRole('button', { name: 'Suggesting' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  const lastWord = exampleArticle.headline.split(' ').at(-1)!
  const proposed = `${exampleArticle.headline.slice(0, -lastWord.length)}Karabakh`
  await headline.click()
  await page.keyboard.press('ControlOrMeta+End')
  for (let i = 0; i < lastWord.length; i++) await page.keyboard.press('Backspace')
  await page.keyboard.insertText('Karab')
  const suggestedHeadline = page.getByRole('group', { name: 'Suggested headline by Paul Bernard' })
  await expect(suggestedHeadline.locator('ins')).toHaveText('Karab')
  await page.keyboard.insertText('akh')
  await expect(suggestedHeadline.locator('ins')).toHaveText('Karabakh')
  await expect(suggestedHeadline.locator('del')).toHaveText(lastWord)
  await expect(suggestedHeadline).toContainText('Paul Bernard')
  await expect(suggestedHeadline.getByRole('button', { name: 'Accept suggested headline' })).toBeVisible()
  // The editor's box holds the proposal; the article's headline is unchanged.
  await expect(headline).toHaveValue(proposed)
  await standfirst.click()
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.insertText(' Et la suite.')
  await expect(page.getByRole('group', { name: 'Suggested standfirst by Paul Bernard' }).locator('ins')).toHaveText(/Et la suite\.$/)
  await expect(suggestionsPanel(page).getByRole('listitem')).toHaveCount(2)
  await expect(suggestionsPanel(page).getByRole('listitem').first()).toContainText('Headline: “')
  await expect(checklist(page)).toContainText('Unresolved suggestions in the text (2)')
  await page.setViewportSize({ width: 1440, height: 900 })
  await headline.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('field-suggestion-light.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: test.info().outputPath('field-suggestion-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })

  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(headline).toHaveValue(exampleArticle.headline)
  await expect(standfirst).toHaveValue(STANDFIRST)

  // The reporter decides: the headline accepted (one undoable step), the standfirst rejected.
  await setProfile(page, 'Marie Dupont', 'Reporter')
  await page.getByRole('button', { name: 'Accept suggested headline' }).click()
  await expect(headline).toHaveValue(proposed)
  await expect(suggestedHeadline).toBeHidden()
  await expect(checklist(page)).toContainText('Unresolved suggestions in the text (1)')
  await headline.focus()
  await page.keyboard.press('ControlOrMeta+Z')
  await expect(headline).toHaveValue(exampleArticle.headline)
  await expect(suggestedHeadline).toBeVisible()
  await page.keyboard.press('ControlOrMeta+Shift+Z')
  await expect(headline).toHaveValue(proposed)
  await page.getByRole('button', { name: 'Reject suggested standfirst' }).click()
  await expect(standfirst).toHaveValue(STANDFIRST)
  await expect(page.getByRole('group', { name: /^Suggested (headline|standfirst)/ })).toHaveCount(0)
  await expect(suggestionsPanel(page).getByText('No suggestions.')).toBeVisible()
  await expect(checklist(page)).not.toContainText('Unresolved suggestions')
})
