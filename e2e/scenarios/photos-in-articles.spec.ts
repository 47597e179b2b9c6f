import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { ExifTool } from 'exiftool-vendored'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { writeJpegWithTags } from '../../src/main/services/photos/testImages'
import { exampleArticle } from '../support/exampleArticle'

const viewport = { width: 1360, height: 900 }
const lead = exampleArticle.leadPhoto
const altText = 'Deux hommes en costume passent devant une garde d’honneur'
const articleCaption = 'Yoav Gallant et Zakir Hasanov à Bakou, le 13 juillet 2023, deux mois avant l’offensive'
const figureCaption = 'Des soldats arméniens près de Stepanakert, dans le Haut-Karabakh'

/** A staff folder as the photo desk gets it: IIM (UTF-8 declared) and XMP both written. */
async function writeIncomingFolder(folder: string): Promise<void> {
  const exiftool = new ExifTool({ maxProcs: 1 })
  try {
    await mkdir(folder, { recursive: true })
    const both = (caption: string, creator: string, credit: string, alt: string) => ({
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': caption,
      'IPTC:By-line': creator,
      'IPTC:Credit': credit,
      'XMP-dc:Description': caption,
      'XMP-dc:Creator': [creator],
      'XMP-photoshop:Credit': credit,
      'XMP-iptcCore:AltTextAccessibility': alt,
    })
    await writeJpegWithTags(exiftool, join(folder, 'gallant-bakou.jpg'), both(lead.caption, lead.creator, lead.credit, altText), { seed: 1, width: 960, height: 640 })
    await writeJpegWithTags(exiftool, join(folder, 'karabakh-soldats.jpg'), both(figureCaption, 'Karen Minasyan', 'AFP', 'Des soldats sur une route de montagne'), { seed: 30, width: 900, height: 600 })
    // One without alt text: the article warns before anyone tries to publish it.
    await writeJpegWithTags(exiftool, join(folder, 'bakou-vue.jpg'), { 'XMP-dc:Description': 'Bakou, la baie au crépuscule', 'XMP-photoshop:Credit': 'Reuters' }, { seed: 60 })
  } finally {
    await exiftool.end()
  }
}

/** The example article, typed into a new article; returns its id. */
async function writeExampleArticle(page: Page): Promise<string> {
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Section' }).fill(exampleArticle.section)
  await page.getByRole('textbox', { name: 'Headline' }).fill(exampleArticle.headline)
  await page.getByRole('textbox', { name: 'Article text' }).click()
  for (const [index, paragraph] of exampleArticle.body.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(paragraph)
  }
  return decodeURIComponent(new URL(page.url()).hash.replace('#/article/', ''))
}

test('the example article gets a lead photo with its own caption and a figure in the text; both survive a reload, the library keeps its caption and refuses to drop a used photo', async ({
  copydesk,
}) => {
  const folder = join(copydesk.userDataDir, '..', 'incoming')
  await writeIncomingFolder(folder)
  const { page } = copydesk
  await page.setViewportSize(viewport)
  await page.getByRole('link', { name: 'Photos' }).click()
  await copydesk.answerNextDialog(folder)
  await page.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(page.getByRole('status').filter({ hasText: '3 photos imported' })).toBeVisible()

  const articleId = await writeExampleArticle(page)

  // The lead photo, chosen from the picker with the keyboard.
  await page.getByRole('button', { name: 'Add a lead photo…' }).click()
  const picker = page.getByRole('dialog', { name: 'Choose the lead photo' })
  await expect(picker.getByRole('option')).toHaveCount(3)
  await picker.getByRole('searchbox', { name: 'Search the photo library' }).fill('gallant defense')
  await expect(picker.getByRole('option')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await expect(picker).toBeHidden()
  const leadPhoto = page.getByRole('region', { name: 'Lead photo' })
  await expect(leadPhoto.locator('figcaption')).toHaveText(`${lead.caption} ${lead.creator}/${lead.credit}`)
  await expect(leadPhoto.getByRole('img')).toHaveAttribute('alt', altText)
  await expect.poll(() => leadPhoto.getByRole('img').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
  await expect(leadPhoto.getByRole('note')).toHaveCount(0)

  // This article's caption; the library's stays the master.
  await leadPhoto.getByText('Caption, credit and alt text for this article').click()
  await leadPhoto.getByLabel('Caption in this article').fill(articleCaption)
  await expect(leadPhoto.locator('figcaption')).toHaveText(`${articleCaption} ${lead.creator}/${lead.credit}`)
  await expect(leadPhoto.getByText(`Library: ${lead.caption}`)).toBeVisible()
  await leadPhoto.getByText('Caption, credit and alt text for this article').click()

  // A figure in the body: the caret after the first paragraph, "Insert photo", a click in the picker.
  await page.getByRole('textbox', { name: 'Article text' }).locator('p').first().click()
  await page.keyboard.press('End')
  await page.getByRole('button', { name: 'Insert photo' }).click()
  const insertPicker = page.getByRole('dialog', { name: 'Insert a photo in the text' })
  await insertPicker.getByRole('option', { name: /karabakh-soldats\.jpg/ }).click()
  const figure = page.getByRole('textbox', { name: 'Article text' }).locator('figure.article-figure')
  await expect(figure).toHaveCount(1)
  await expect(figure.locator('figcaption')).toHaveText(`${figureCaption} Karen Minasyan/AFP`)

  // A third photo dragged from the picker onto the text: it lacks alt text, and the figure says so.
  await page.getByRole('button', { name: 'Insert photo' }).click()
  await page
    .getByRole('dialog', { name: 'Insert a photo in the text' })
    .getByRole('option', { name: /bakou-vue\.jpg/ })
    .dragTo(page.getByRole('textbox', { name: 'Article text' }).locator('p').last())
  await expect(figure).toHaveCount(2)
  await expect(figure.nth(1).locator('.photo-missing-warning')).toHaveText('Cannot be published yet — missing: alt text')
  // The pre-publish checklist reads the same words.
  await expect(page.getByText('Photo bakou-vue.jpg has no alt text.')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('photo-picker.png') })
  await page.getByRole('dialog', { name: 'Insert a photo in the text' }).getByRole('button', { name: 'Close' }).click()
  await page.screenshot({ path: test.info().outputPath('article-with-photos.png') })

  // Undo takes the dragged figure back out; redo puts it back.
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(figure).toHaveCount(1)
  await page.getByRole('button', { name: 'Redo' }).click()
  await expect(figure).toHaveCount(2)
  await figure.nth(1).getByRole('button', { name: 'Remove photo bakou-vue.jpg' }).click()
  await expect(figure).toHaveCount(1)

  await page.reload()
  await page.setViewportSize(viewport)
  const leadAfter = page.getByRole('region', { name: 'Lead photo' })
  await expect(leadAfter.locator('figcaption')).toHaveText(`${articleCaption} ${lead.creator}/${lead.credit}`)
  const figureAfter = page.getByRole('textbox', { name: 'Article text' }).locator('figure.article-figure')
  await expect(figureAfter).toHaveCount(1)
  await expect(figureAfter.locator('figcaption')).toHaveText(`${figureCaption} Karen Minasyan/AFP`)
  await expect.poll(() => figureAfter.getByRole('img').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
  await page.screenshot({ path: test.info().outputPath('article-lead-photo.png') })
  await figureAfter.scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('article-figure.png') })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: test.info().outputPath('article-photos-dark.png') })
  await page.emulateMedia({ colorScheme: 'light' })

  // Copy and paste inside the article keeps a figure a figure (the same photo, the same words).
  await figureAfter.locator('figcaption').click()
  await page.keyboard.press('ControlOrMeta+c')
  await page.getByRole('textbox', { name: 'Article text' }).locator('p').last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('ControlOrMeta+v')
  await expect(figureAfter).toHaveCount(2)
  await expect(figureAfter.nth(1).locator('figcaption')).toHaveText(`${figureCaption} Karen Minasyan/AFP`)
  await expect(figureAfter.nth(1)).toHaveAttribute('data-photo-id', (await figureAfter.first().getAttribute('data-photo-id'))!)

  // The library: its caption unchanged, the photo used by the article, and not removable.
  await page.getByRole('link', { name: 'Photos' }).click()
  await page.getByRole('searchbox', { name: 'Search photos' }).fill('gallant')
  const tiles = page.getByRole('listbox', { name: 'Photo library' }).getByRole('option')
  await expect(tiles).toHaveCount(1)
  await tiles.first().click()
  const inspector = page.getByRole('complementary', { name: 'Photo details' })
  await expect(inspector.getByLabel('Caption', { exact: true })).toHaveValue(lead.caption)
  await inspector.getByRole('button', { name: 'Remove from library…' }).click()
  await inspector.getByRole('button', { name: 'Remove', exact: true }).click()
  const refusal = inspector.getByRole('alert')
  await expect(refusal).toContainText('This photo is used and was not removed')
  await expect(refusal.getByRole('link', { name: exampleArticle.headline })).toHaveAttribute('href', `#/article/${encodeURIComponent(articleId)}`)
  await inspector.screenshot({ path: test.info().outputPath('photo-remove-refused.png') })
  await expect(tiles).toHaveCount(1)

  // The photo nobody uses any more (its figure was removed) goes.
  await page.getByRole('searchbox', { name: 'Search photos' }).fill('crépuscule')
  await tiles.first().click()
  await inspector.getByRole('button', { name: 'Remove from library…' }).click()
  await inspector.getByRole('button', { name: 'Remove', exact: true }).click()
  await expect(page.getByText('Photo removed from the library.')).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search photos' }).fill('')
  await expect(tiles).toHaveCount(2)
})
