import { join } from 'node:path'
import { ExifTool } from 'exiftool-vendored'
import type { Locator, Page } from '@playwright/test'
import { writeJpegWithTags } from '../../src/main/services/photos/testImages'
import { expect, test, type Copydesk } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { exampleArticle } from '../support/exampleArticle'
import { leadAltText, writeExampleLeadPhoto } from '../support/photoSupport'
import { selectInBody, setProfile } from '../support/reviewSupport'
import { walkRoundTrips, type RoundTripRow } from '../support/roundTrips'

// Everything a user can make in an article, made through the UI, then checked through the UI after
// the article is closed and reopened from the desk, the page reloaded, the app restarted and the app
// killed and started again. One row per kind of thing: a new kind is one more row.
//
// The rows of a group are made in one article, in the order listed (a restore rewrites the text, so
// it comes first; a figure cannot be added while suggesting, so suggestions come after it); a row
// that needs another state of the article (published, then corrected) has its own group.
//
// Both projects run it: the photo import's file dialog is answered in Electron too (ElectronCopydesk
// stubs Electron's dialog), and nothing here needs a Chromium-only test double.

const [FIRST, MIDDLE, LAST] = exampleArticle.body as [string, string, string]
/** A paragraph in English in the French article, between the middle and the last. */
const ENGLISH = '“We raised our concerns with Israeli officials,” the ambassador told reporters in Jerusalem.'
const STANDFIRST = 'Des avions cargo azerbaïdjanais ont fait la navette avec une base israélienne avant l’offensive.'
const EDITOR = 'Claire Martin'

// A comment in the first, the middle and the last paragraph; suggestions and a link elsewhere, so
// that no edit changes a commented sentence.
const FIRST_SENTENCE = FIRST.slice(0, FIRST.indexOf(' Selon le rapport'))
const MIDDLE_SENTENCE = MIDDLE.slice(MIDDLE.indexOf('Dans une série'), MIDDLE.indexOf(' « Je ne vois pas'))
const LAST_SENTENCE = LAST.slice(LAST.indexOf('Les combats'), LAST.indexOf(' Les ministères'))
const LINK_TEXT = 'Les ministères israéliens des Affaires étrangères et de la Défense'
const LINK_URL = 'https://apnews.com/article/israel-azerbaijan-armenia-weapons'
const FIGURE_CAPTION = 'Des soldats arméniens près de Stepanakert, le 20 septembre 2023'
const LEAD_CAPTION = 'Yoav Gallant et Zakir Hasanov à Bakou, le 13 juillet 2023, deux mois avant l’offensive'
const lead = exampleArticle.leadPhoto
/** A desktop window: the article and its side panel side by side. */
const viewport = { width: 1360, height: 900 }

// A control that never comes fails its row within the test's time, not the whole test.
test.use({ actionTimeout: 15_000 })

const body = (page: Page) => page.getByRole('textbox', { name: 'Article text' })
/** The body's paragraph holding `text` (a figure's own paragraphs are not the body's). */
const paragraph = (page: Page, text: string) => body(page).locator(':scope > p').filter({ hasText: text })
/** The text highlighted as commented in a paragraph, joined (spelling marks split it into several spans). */
const highlightedIn = (page: Page, text: string) =>
  paragraph(page, text)
    .locator('.comment-highlight')
    .allTextContents()
    .then((parts) => parts.join(''))
const comments = (page: Page) => page.getByRole('region', { name: 'Comments' })
const thread = (page: Page, quote: string) => comments(page).getByRole('listitem', { name: `Comment on “${quote}”` })
const suggestionItem = (page: Page, what: string) => page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem').filter({ hasText: what })
/**
 * Shown times move on by themselves ("now", then "1 min. ago"): what a round trip must leave
 * unchanged is everything else in the text.
 */
const SHOWN_TIME = /\b(?:now|\d+ min\. ago|\d{1,2}:\d{2}(?: [AP]M)?)/g
const withoutTimes = (texts: string[]) => texts.map((text) => text.replace(SHOWN_TIME, '‹time›'))
async function expectUnchanged(locator: Locator, seen: string[]): Promise<void> {
  await expect.poll(async () => withoutTimes(await locator.allTextContents())).toEqual(withoutTimes(seen))
}
const versions = (page: Page) => page.getByRole('list', { name: 'Saved versions' }).getByRole('listitem')
const workflow = (page: Page) => page.getByRole('region', { name: 'Workflow' })
const history = (page: Page) => workflow(page).getByRole('list', { name: 'History' }).getByRole('listitem')
const headline = (page: Page) => page.getByRole('textbox', { name: 'Headline' })
const suggestingToggle = (page: Page) => page.getByRole('button', { name: 'Suggesting' })

declare function getSelection(): { toString(): string } | null

/** "Show in the text" on a thread selects its text: its anchors still resolve in the body. */
async function showsInText(page: Page, quote: string) {
  await thread(page, quote).getByRole('button', { name: `Show “${quote}” in the text` }).click()
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(quote)
}

async function suggesting(page: Page, on: boolean) {
  if ((await suggestingToggle(page).getAttribute('aria-pressed')) !== String(on)) await suggestingToggle(page).click()
  await expect(suggestingToggle(page)).toHaveAttribute('aria-pressed', String(on))
}

/** The caret at the end of the paragraph ending with `end`. */
async function caretAfter(page: Page, end: string) {
  await selectInBody(page, end)
  await page.keyboard.press('ArrowRight')
}

/** The lead photo and a figure's photo, as agency and staff pictures arrive, imported on the photo desk. */
async function importPhotos(copydesk: Copydesk) {
  const folder = join(copydesk.userDataDir, '..', 'incoming')
  await writeExampleLeadPhoto(folder, 1)
  const exiftool = new ExifTool({ maxProcs: 1 })
  try {
    await writeJpegWithTags(
      exiftool,
      join(folder, 'karabakh-soldats.jpg'),
      {
        'IPTC:CodedCharacterSet': 'UTF8',
        'IPTC:Caption-Abstract': 'Des soldats arméniens près de Stepanakert, dans le Haut-Karabakh',
        'IPTC:By-line': 'Karen Minasyan',
        'IPTC:Credit': 'AFP',
        'XMP-iptcCore:AltTextAccessibility': 'Des soldats sur une route de montagne',
      },
      { seed: 30, width: 900, height: 600 },
    )
  } finally {
    await exiftool.end()
  }
  const { page } = copydesk
  await page.getByRole('link', { name: 'Photos' }).click()
  await copydesk.answerNextDialog(folder)
  await page.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(page.getByRole('status').filter({ hasText: '2 photos imported' })).toBeVisible()
}

/** A new article in French with the example's section and headline and `paragraphs` typed in. */
async function writeArticle(page: Page, paragraphs: string[], standfirst?: string) {
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Language', exact: true }).selectOption('fr')
  await page.getByRole('combobox', { name: 'Section' }).fill(exampleArticle.section)
  await headline(page).fill(exampleArticle.headline)
  if (standfirst) await page.getByRole('textbox', { name: 'Standfirst' }).fill(standfirst)
  await body(page).click()
  for (const [index, text] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(text)
  }
  await expect(body(page).locator(':scope > p')).toHaveText(paragraphs)
}

/** Texts a row reads on screen once it has made its object (times and all), to compare after each round trip. */
type Seen = Record<string, string[]>

function draftRows(seen: Seen): RoundTripRow[] {
  const ABANDONED_HEADLINE = 'Titre abandonné pour la version restaurée'
  const ABANDONED_SENTENCE = ' Cette phrase a été retirée par la restauration.'
  const embargo = new Date(Date.now() + 2 * 24 * 3600_000)
  embargo.setHours(9, 30, 0, 0)
  const pad = (value: number) => String(value).padStart(2, '0')
  const embargoInput = `${embargo.getFullYear()}-${pad(embargo.getMonth() + 1)}-${pad(embargo.getDate())}T09:30`

  return [
    {
      name: 'restored version',
      make: async (page) => {
        await page.getByRole('button', { name: 'Save a version' }).click()
        await expect(versions(page)).toHaveCount(1)
        await headline(page).fill(ABANDONED_HEADLINE)
        await caretAfter(page, 'ce rapport.')
        await page.keyboard.insertText(ABANDONED_SENTENCE)
        await expect(paragraph(page, LINK_TEXT)).toContainText(ABANDONED_SENTENCE.trim())
        await versions(page).getByRole('button', { name: /^Restore the version of / }).click()
        await expect(headline(page)).toHaveValue(exampleArticle.headline)
        await expect(versions(page).filter({ hasText: 'Before a restore' })).toHaveCount(1)
        seen.restoredFrom = await versions(page).filter({ hasText: 'Before a restore' }).allTextContents()
      },
      check: async (page) => {
        await expect(headline(page)).toHaveValue(exampleArticle.headline)
        await expect(paragraph(page, LINK_TEXT)).not.toContainText(ABANDONED_SENTENCE.trim())
        // The text the restore replaced is kept as a version, with its headline.
        const before = versions(page).filter({ hasText: 'Before a restore' })
        await expectUnchanged(before, seen.restoredFrom!)
        await expect(before).toContainText(ABANDONED_HEADLINE)
      },
    },
    {
      name: 'paragraph language',
      make: async (page) => {
        await selectInBody(page, 'the ambassador', true)
        await page.getByRole('combobox', { name: 'Paragraph language' }).selectOption('en')
        await expect(paragraph(page, ENGLISH)).toHaveAttribute('lang', 'en')
      },
      check: async (page) => {
        await expect(paragraph(page, ENGLISH)).toHaveAttribute('lang', 'en')
        await expect(paragraph(page, FIRST_SENTENCE)).not.toHaveAttribute('lang')
        await selectInBody(page, 'the ambassador', true)
        await expect(page.getByRole('combobox', { name: 'Paragraph language' })).toHaveValue('en')
      },
    },
    {
      name: 'link',
      make: async (page) => {
        await selectInBody(page, LINK_TEXT)
        await page.getByRole('button', { name: 'Link', exact: true }).click()
        await page.getByRole('textbox', { name: 'Link address' }).fill(LINK_URL)
        await page.getByRole('button', { name: 'Apply link' }).click()
        await expect(body(page).getByRole('link', { name: LINK_TEXT })).toHaveAttribute('href', LINK_URL)
      },
      check: async (page) => {
        await expect(body(page).getByRole('link')).toHaveCount(1)
        await expect(body(page).getByRole('link', { name: LINK_TEXT, exact: true })).toHaveAttribute('href', LINK_URL)
      },
    },
    {
      name: 'lead photo with a caption for this article',
      make: async (page) => {
        await page.getByRole('button', { name: 'Add a lead photo…' }).click()
        const picker = page.getByRole('dialog', { name: 'Choose the lead photo' })
        await picker.getByRole('searchbox', { name: 'Search the photo library' }).fill('gallant')
        await expect(picker.getByRole('option')).toHaveCount(1)
        await page.keyboard.press('Enter')
        await expect(picker).toBeHidden()
        const leadPhoto = page.getByRole('region', { name: 'Lead photo' })
        await leadPhoto.getByText('Caption, credit and alt text for this article').click()
        await leadPhoto.getByLabel('Caption in this article').fill(LEAD_CAPTION)
        await leadPhoto.getByText('Caption, credit and alt text for this article').click()
        await expect(leadPhoto.locator('figcaption')).toHaveText(`${LEAD_CAPTION} ${lead.creator}/${lead.credit}`)
      },
      check: async (page) => {
        const leadPhoto = page.getByRole('region', { name: 'Lead photo' })
        await expect(leadPhoto.locator('figcaption')).toHaveText(`${LEAD_CAPTION} ${lead.creator}/${lead.credit}`)
        await expect(leadPhoto.getByRole('img')).toHaveAttribute('alt', leadAltText)
        await expect.poll(() => leadPhoto.getByRole('img').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
        // The library's own caption is left as it was.
        await leadPhoto.getByText('Caption, credit and alt text for this article').click()
        await expect(leadPhoto.getByText(`Library: ${lead.caption}`)).toBeVisible()
        await leadPhoto.getByText('Caption, credit and alt text for this article').click()
      },
    },
    {
      name: 'figure with a caption for this article',
      make: async (page) => {
        await caretAfter(page, 'pourparlers de paix.')
        await page.getByRole('button', { name: 'Insert photo' }).click()
        await page.getByRole('dialog', { name: 'Insert a photo in the text' }).getByRole('option', { name: /karabakh-soldats\.jpg/ }).click()
        const figure = body(page).getByRole('figure', { name: 'Photo: karabakh-soldats.jpg' })
        await expect(figure).toHaveCount(1)
        await figure.getByRole('button', { name: 'Edit caption of karabakh-soldats.jpg' }).click()
        const form = figure.getByRole('form', { name: 'Caption, credit and alt text for this article' })
        await form.getByRole('textbox', { name: /^caption/ }).fill(FIGURE_CAPTION)
        await form.getByRole('button', { name: 'Save for this article' }).click()
        await expect(figure.locator('figcaption')).toHaveText(`${FIGURE_CAPTION} Karen Minasyan/AFP`)
      },
      check: async (page) => {
        // After the first paragraph, where it was put.
        const figure = body(page).locator(':scope > p:first-child + figure')
        await expect(figure).toHaveAccessibleName('Photo: karabakh-soldats.jpg')
        await expect(figure.locator('figcaption')).toHaveText(`${FIGURE_CAPTION} Karen Minasyan/AFP`)
        await expect(figure.getByRole('img')).toHaveAttribute('alt', 'Des soldats sur une route de montagne')
        await expect.poll(() => figure.getByRole('img').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
      },
    },
    {
      name: 'comment in the first paragraph, open',
      make: async (page) => {
        await selectInBody(page, FIRST_SENTENCE)
        await comments(page).getByRole('textbox', { name: 'Comment on the selected text' }).fill('Lien vers le rapport de l’AP ?')
        await comments(page).getByRole('button', { name: 'Comment', exact: true }).click()
        await expect(thread(page, FIRST_SENTENCE).getByRole('listitem')).toHaveText([new RegExp(`^${EDITOR}.*Lien vers le rapport de l’AP \\?$`)])
        seen.firstThread = await thread(page, FIRST_SENTENCE).getByRole('listitem').allTextContents()
      },
      check: async (page) => {
        // Its message as made: author, time and text.
        await expectUnchanged(thread(page, FIRST_SENTENCE).getByRole('listitem'), seen.firstThread!)
        await expect(thread(page, FIRST_SENTENCE).getByText('Blocking', { exact: true })).toHaveCount(0)
        await expect(thread(page, FIRST_SENTENCE).getByRole('button', { name: `Resolve the comment on “${FIRST_SENTENCE}”` })).toBeVisible()
        await expect.poll(() => highlightedIn(page, FIRST_SENTENCE)).toBe(FIRST_SENTENCE)
        await showsInText(page, FIRST_SENTENCE)
      },
    },
    {
      name: 'blocking comment in the middle paragraph',
      make: async (page) => {
        await selectInBody(page, MIDDLE_SENTENCE)
        await comments(page).getByRole('textbox', { name: 'Comment on the selected text' }).fill('Quelle source pour ces échanges ?')
        await comments(page).getByRole('checkbox', { name: 'Blocking: must be resolved before publishing' }).check()
        await comments(page).getByRole('button', { name: 'Comment', exact: true }).click()
        await expect(thread(page, MIDDLE_SENTENCE).getByRole('listitem')).toHaveText([new RegExp(`^${EDITOR}.*Quelle source pour ces échanges \\?$`)])
        seen.middleComment = await thread(page, MIDDLE_SENTENCE).getByRole('listitem').allTextContents()
      },
      check: async (page) => {
        await expectUnchanged(thread(page, MIDDLE_SENTENCE).getByRole('listitem').first(), [seen.middleComment![0]!])
        await expect(thread(page, MIDDLE_SENTENCE).getByText('Blocking', { exact: true })).toBeVisible()
        await expect.poll(() => highlightedIn(page, MIDDLE_SENTENCE)).toBe(MIDDLE_SENTENCE)
        await showsInText(page, MIDDLE_SENTENCE)
        await expect(page.getByRole('list', { name: 'Problems that block publishing' })).toContainText(
          'A blocking comment is still open on “Dans une série d’échanges diplomatiques, Akopian a déclaré…”.',
        )
      },
    },
    {
      name: 'reply',
      make: async (page) => {
        await thread(page, MIDDLE_SENTENCE).getByRole('textbox', { name: `Reply to the comment on “${MIDDLE_SENTENCE}”` }).fill('Les télégrammes cités par l’AP, vérifiés.')
        await thread(page, MIDDLE_SENTENCE).getByRole('button', { name: 'Reply' }).click()
        await expect(thread(page, MIDDLE_SENTENCE).getByRole('listitem')).toHaveCount(2)
        seen.middleThread = await thread(page, MIDDLE_SENTENCE).getByRole('listitem').allTextContents()
      },
      check: async (page) => {
        const messages = thread(page, MIDDLE_SENTENCE).getByRole('listitem')
        await expectUnchanged(messages, seen.middleThread!)
        await expect(messages.nth(1)).toContainText(EDITOR)
        await expect(messages.nth(1)).toContainText('Les télégrammes cités par l’AP, vérifiés.')
      },
    },
    {
      name: 'comment in the last paragraph, resolved',
      make: async (page) => {
        await selectInBody(page, LAST_SENTENCE)
        await comments(page).getByRole('textbox', { name: 'Comment on the selected text' }).fill('Bilan à mettre à jour.')
        await comments(page).getByRole('button', { name: 'Comment', exact: true }).click()
        await thread(page, LAST_SENTENCE).getByRole('button', { name: `Resolve the comment on “${LAST_SENTENCE}”` }).click()
        await expect(thread(page, LAST_SENTENCE)).toHaveCount(0)
        await comments(page).getByRole('button', { name: 'Show 1 resolved comment' }).click()
        seen.resolvedThread = await thread(page, LAST_SENTENCE).allTextContents()
        await comments(page).getByRole('button', { name: 'Hide resolved comments' }).click()
      },
      check: async (page) => {
        await expect(comments(page)).toContainText('2 open')
        await expect(thread(page, LAST_SENTENCE)).toHaveCount(0)
        await expect(paragraph(page, LAST_SENTENCE).locator('.comment-highlight')).toHaveCount(0)
        await comments(page).getByRole('button', { name: 'Show 1 resolved comment' }).click()
        await expectUnchanged(thread(page, LAST_SENTENCE), seen.resolvedThread!)
        await expect(thread(page, LAST_SENTENCE)).toContainText(`Resolved by ${EDITOR}`)
        await expect(thread(page, LAST_SENTENCE)).toContainText('Bilan à mettre à jour.')
        await expect(thread(page, LAST_SENTENCE).getByRole('button', { name: `Reopen the comment on “${LAST_SENTENCE}”` })).toBeVisible()
        await comments(page).getByRole('button', { name: 'Hide resolved comments' }).click()
      },
    },
    {
      name: 'dictionary word',
      make: async (page) => {
        // Spelling is checked on the paragraphs on screen.
        await paragraph(page, 'Arman Akopian').scrollIntoViewIfNeeded()
        const akopian = paragraph(page, 'Arman Akopian').locator('.check-spelling').filter({ hasText: /^Akopian$/ })
        await akopian.first().click({ button: 'right' })
        await page.getByRole('menu', { name: 'Spelling: Akopian' }).getByRole('menuitem', { name: 'Add to newsroom dictionary' }).click()
        await expect(akopian).toHaveCount(0)
      },
      check: async (page) => {
        await page.getByRole('button', { name: 'Settings' }).click()
        await expect(page.getByRole('dialog', { name: 'Settings' }).getByRole('list', { name: 'Newsroom dictionary' }).getByRole('listitem')).toHaveText(['Akopian×'])
        await page.getByRole('button', { name: 'Close settings' }).click()
        // The checks have run on the paragraph (its house-style mark is there), and leave the name alone.
        const middle = paragraph(page, 'Arman Akopian')
        await middle.scrollIntoViewIfNeeded()
        await expect(body(page).locator('.check-mark').first()).toBeVisible()
        await expect(middle.locator('.check-spelling').filter({ hasText: /^Akopian$/ })).toHaveCount(0)
      },
    },
    {
      name: 'embargo',
      make: async (page) => {
        await workflow(page).getByLabel('Embargo until').fill(embargoInput)
        await expect(workflow(page).getByRole('note')).toContainText('Embargoed until')
        seen.embargoNote = await workflow(page).getByRole('note').allTextContents()
      },
      check: async (page) => {
        await expect(workflow(page).getByLabel('Embargo until')).toHaveValue(embargoInput)
        await expectUnchanged(workflow(page).getByRole('note'), seen.embargoNote!)
        await expect(page.getByRole('list', { name: 'Problems that block publishing' })).toContainText('Embargoed until')
      },
    },
    {
      name: 'workflow steps',
      make: async (page) => {
        await workflow(page).getByRole('textbox', { name: 'Message (optional)' }).fill('Prêt pour relecture')
        await workflow(page).getByRole('button', { name: 'Submit for review' }).click()
        await expect(workflow(page).getByLabel('Status: Submitted')).toBeVisible()
        await workflow(page).getByRole('button', { name: 'Start editing' }).click()
        await expect(workflow(page).getByLabel('Status: Editing')).toBeVisible()
        await expect(history(page)).toHaveCount(2)
        seen.history = await history(page).allTextContents()
      },
      check: async (page) => {
        await expect(workflow(page).getByLabel('Status: Editing')).toBeVisible()
        await expectUnchanged(history(page), seen.history!)
        await expect(history(page).nth(1)).toContainText(`Submitted ${EDITOR} (Editor)`)
        await expect(history(page).nth(1)).toContainText('Prêt pour relecture')
        await expect(versions(page).filter({ hasText: 'At a workflow step' })).toHaveCount(2)
      },
    },
    {
      name: 'suggested insertion',
      make: async (page) => {
        await suggesting(page, true)
        await selectInBody(page, 'pourparlers de paix', true)
        await page.keyboard.insertText('véritables ')
        await suggesting(page, false)
        await expect(suggestionItem(page, 'Add “véritables”')).toHaveCount(1)
      },
      check: async (page) => {
        await expect(paragraph(page, FIRST_SENTENCE).locator('ins.suggestion-insertion')).toHaveText(['véritables '])
        await expect(paragraph(page, FIRST_SENTENCE)).toContainText('à des véritables pourparlers de paix.')
        await expect(suggestionItem(page, 'Add “véritables”')).toContainText(EDITOR)
      },
    },
    {
      name: 'suggested deletion',
      make: async (page) => {
        await suggesting(page, true)
        await selectInBody(page, 'les gouvernements ')
        await page.keyboard.press('Backspace')
        await suggesting(page, false)
        await expect(suggestionItem(page, 'Delete “les gouvernements”')).toHaveCount(1)
      },
      check: async (page) => {
        await expect(paragraph(page, FIRST_SENTENCE).locator('del.suggestion-deletion')).toHaveText(['les gouvernements '])
        await expect(suggestionItem(page, 'Delete “les gouvernements”')).toContainText(EDITOR)
      },
    },
    {
      name: 'suggested paragraph break',
      make: async (page) => {
        await suggesting(page, true)
        await selectInBody(page, '« Je ne vois pas', true)
        await page.keyboard.press('Enter')
        await suggesting(page, false)
        await expect(suggestionItem(page, 'Paragraph break')).toHaveCount(1)
      },
      check: async (page) => {
        await expect(body(page).locator('.suggestion-pilcrow-insertion')).toHaveCount(1)
        // The middle paragraph shows as two, the second starting at the quotation (after the break's
        // invisible anchor, paragraphBreakMarks.ts).
        await expect(body(page).locator(':scope > p').filter({ hasText: 'Arman Akopian' })).not.toContainText('Je ne vois pas')
        await expect(body(page).locator(':scope > p').filter({ hasText: /^\u200B?« Je ne vois pas/ })).toHaveCount(1)
        await expect(suggestionItem(page, 'Paragraph break')).toContainText(EDITOR)
      },
    },
    {
      name: 'suggested headline',
      make: async (page) => {
        await suggesting(page, true)
        const lastWord = exampleArticle.headline.split(' ').at(-1)!
        await headline(page).click()
        await page.keyboard.press('ControlOrMeta+End')
        for (let i = 0; i < lastWord.length; i++) await page.keyboard.press('Backspace')
        await page.keyboard.insertText('Karabakh')
        await suggesting(page, false)
        await expect(page.getByRole('group', { name: `Suggested headline by ${EDITOR}` })).toBeVisible()
      },
      check: async (page) => {
        const card = page.getByRole('group', { name: `Suggested headline by ${EDITOR}` })
        await expect(card.locator('ins')).toHaveText('Karabakh')
        await expect(card.locator('del')).toHaveText('Haut-Karabakh')
        await expect(card.getByRole('button', { name: 'Accept suggested headline' })).toBeVisible()
        // The article's headline stays the reporter's until the suggestion is accepted.
        await expect(headline(page)).toHaveValue(exampleArticle.headline)
        // Suggesting again, the editor's box holds the proposal.
        await suggesting(page, true)
        await expect(headline(page)).toHaveValue(exampleArticle.headline.replace(/Haut-Karabakh$/, 'Karabakh'))
        await suggesting(page, false)
        await expect(headline(page)).toHaveValue(exampleArticle.headline)
        await expect(suggestionItem(page, 'Headline: “')).toContainText('Karabakh”')
        await expect(page.getByRole('region', { name: 'Before publishing' })).toContainText('Unresolved suggestions in the text (4)')
      },
    },
    {
      name: 'version saved by hand',
      make: async (page) => {
        await page.getByRole('button', { name: 'Save a version' }).click()
        const byHand = versions(page).filter({ hasText: 'Saved by hand' })
        await expect(byHand).toHaveCount(2)
        seen.versionMade = [(await byHand.first().textContent())!]
      },
      check: async (page) => {
        await expectUnchanged(versions(page).filter({ hasText: 'Saved by hand' }).first(), [seen.versionMade![0]!])
      },
    },
  ]
}

function correctionRows(seen: Seen): RoundTripRow[] {
  const NOTE = 'Le bilan a été précisé : environ 200 morts de chaque côté.'
  return [
    {
      name: 'correction of a published article',
      make: async (page) => {
        for (const [action, status] of [
          ['Submit for review', 'Submitted'],
          ['Start editing', 'Editing'],
          ['Approve', 'Approved'],
        ]) {
          await workflow(page).getByRole('button', { name: action, exact: true }).click()
          await expect(workflow(page).getByLabel(`Status: ${status}`)).toBeVisible()
        }
        await expect(page.getByRole('region', { name: 'Before publishing' }).getByRole('status')).toHaveText('Ready to publish')
        await workflow(page).getByRole('button', { name: 'Publish', exact: true }).click()
        await expect(workflow(page).getByLabel('Status: Published')).toBeVisible()
        await workflow(page).getByRole('textbox', { name: 'Message, or the correction note' }).fill(NOTE)
        await workflow(page).getByRole('button', { name: 'Reopen for a correction' }).click()
        await expect(workflow(page).getByLabel('Status: Correction')).toBeVisible()
        seen.correctionHistory = await history(page).allTextContents()
      },
      check: async (page) => {
        await expect(workflow(page).getByLabel('Status: Correction')).toBeVisible()
        await expect(workflow(page)).toContainText(`Correction: ${NOTE}`)
        await expectUnchanged(history(page), seen.correctionHistory!)
        await expect(history(page).first()).toContainText(NOTE)
        await expect(workflow(page).getByRole('button', { name: 'Publish the correction' })).toBeVisible()
      },
    },
  ]
}

test('everything made in a draft under review survives close and reopen, reload, restart and a crash', async ({ copydesk }) => {
  test.setTimeout(240_000)
  const { page } = copydesk
  await page.setViewportSize(viewport)
  await setProfile(page, EDITOR, 'Editor')
  await importPhotos(copydesk)
  await writeArticle(page, [FIRST, MIDDLE, ENGLISH, LAST], STANDFIRST)
  await walkRoundTrips(copydesk, exampleArticle.headline, draftRows({}), { viewport })
  await copydesk.page.screenshot({ path: test.info().outputPath('draft-after-crash-restart.png'), fullPage: true })
})

test('a published article’s correction survives close and reopen, reload, restart and a crash', async ({ copydesk }) => {
  const { page } = copydesk
  await page.setViewportSize(viewport)
  await setProfile(page, EDITOR, 'Editor')
  await writeArticle(page, [FIRST, MIDDLE, LAST], STANDFIRST)
  await walkRoundTrips(copydesk, exampleArticle.headline, correctionRows({}), { viewport })
  await copydesk.page.screenshot({ path: test.info().outputPath('correction-after-crash-restart.png') })
})
