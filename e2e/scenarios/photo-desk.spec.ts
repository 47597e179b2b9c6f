import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ExifTool } from 'exiftool-vendored'
import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { makeJpeg, writeJpegWithTags } from '../../src/main/services/photos/testImages'

const credit = 'Ministère israélien de la Défense'
const creator = 'Ariel Hermoni'
const viewport = { width: 1280, height: 800 }
const caption = 'Yoav Gallant marche avec le ministre de la Défense azéri, … le 13 juillet 2023'

test('the photo desk imports a folder, finds the photos without credit, fixes them in one batch and exports one', async ({
  copydesk,
}) => {
  const exiftool = new ExifTool({ maxProcs: 1 })
  try {
    // An agency folder as it arrives: two complete pictures, four without credit (one in a subfolder),
    // a file that is not a picture (ignored) and an empty .jpg (refused on its own).
    // In the test's private folder: test-results/ may be emptied by another Playwright run meanwhile.
    const folder = join(copydesk.userDataDir, '..', 'incoming')
    await mkdir(join(folder, 'bakou'), { recursive: true })
    const complete = { 'XMP-photoshop:Credit': 'AFP', 'XMP-dc:Creator': ['Jack Guez'] }
    for (const [index, name] of ['afp-1.jpg', 'afp-2.jpg'].entries()) {
      await writeJpegWithTags(exiftool, join(folder, name), {
        ...complete,
        'IPTC:CodedCharacterSet': 'UTF8',
        'IPTC:Caption-Abstract': `Manifestation à Paris, n° ${index + 1}`,
        'XMP-iptcCore:AltTextAccessibility': 'Une foule sur une place',
      }, { seed: index })
    }
    for (const [index, name] of ['gallant-1.jpg', 'gallant-2.jpg', 'gallant-3.jpg', 'bakou/gallant-4.jpg'].entries()) {
      await writeJpegWithTags(exiftool, join(folder, name), {
        'XMP-dc:Description': `${caption} (${index + 1})`,
        'XMP-iptcCore:AltTextAccessibility': 'Deux hommes marchent devant une garde d’honneur',
      }, { seed: 10 + index })
    }
    await writeFile(join(folder, 'notes.txt'), 'légendes à suivre')
    await writeFile(join(folder, 'vide.jpg'), Buffer.alloc(0))

    const { page } = copydesk
    // A desk-sized window, so the whole (virtualised) grid is on screen.
    await page.setViewportSize(viewport)
    await page.getByRole('link', { name: 'Photos' }).click()
    await expect(page.getByText('The library is empty.', { exact: false })).toBeVisible()

    await copydesk.answerNextDialog(folder)
    await page.getByRole('button', { name: 'Import a folder…' }).click()
    await expect(page.getByRole('status').filter({ hasText: '6 photos imported' })).toContainText('1 could not be imported')
    await expect(page.getByText('vide.jpg')).toBeVisible()
    await expect(page.getByText('The file is empty (0 bytes).')).toBeVisible()

    const grid = page.getByRole('listbox', { name: 'Photo library' })
    const tiles = grid.getByRole('option')
    await expect(tiles).toHaveCount(6)
    await expect(page.getByText('6 of 6 photos')).toBeVisible()
    // Thumbnails come through the media route, and really draw.
    await expect
      .poll(() => tiles.first().locator('img').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth))
      .toBeGreaterThan(0)
    await expect(grid.getByText('Missing credit')).toHaveCount(4)

    await tiles.nth(1).click()
    await page.screenshot({ path: test.info().outputPath('photo-desk-missing.png') })
    await page.getByRole('button', { name: 'Missing credit' }).click()
    await expect(tiles).toHaveCount(4)
    await expect(page.getByText('4 of 6 photos')).toBeVisible()

    // Select all four from the keyboard and credit them in one go.
    await grid.focus()
    await page.keyboard.press('ControlOrMeta+a')
    const editor = page.getByRole('complementary', { name: 'Edit selected photos' })
    await expect(editor.getByRole('heading', { name: '4 photos selected' })).toBeVisible()
    // Captions differ: the field says so and is left as is.
    await expect(editor.getByLabel('Caption', { exact: true })).toHaveAttribute('placeholder', 'Mixed values — left as is')
    // Enter goes from the grid to the first field: the credit, typed straight away.
    await grid.press('Enter')
    await expect(editor.getByLabel('Credit', { exact: true })).toBeFocused()
    await page.keyboard.type(credit)
    await editor.getByLabel('Creator', { exact: true }).fill(creator)
    // Kept for next time, in settings.
    await editor.getByRole('button', { name: 'Save credit' }).click()
    await editor.getByRole('button', { name: 'Apply to 4 photos' }).click()
    await expect(page.getByText('No photo matches.')).toBeVisible()

    await page.getByRole('button', { name: 'Missing credit' }).click()
    await expect(tiles).toHaveCount(6)
    await expect(grid.getByText(/^Missing/)).toHaveCount(0)

    await page.screenshot({ path: test.info().outputPath('photo-desk.png') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: test.info().outputPath('photo-desk-dark.png') })
    await page.emulateMedia({ colorScheme: 'light' })

    await copydesk.restart()
    const after = copydesk.page
    await after.setViewportSize(viewport)
    await expect(after.getByRole('heading', { name: 'Photos' })).toBeVisible()
    const tilesAfter = after.getByRole('listbox', { name: 'Photo library' }).getByRole('option')
    await expect(tilesAfter).toHaveCount(6)
    await expect(after.getByRole('listbox', { name: 'Photo library' }).getByText(/^Missing/)).toHaveCount(0)

    // One photo: its caption kept, its new credit shown; export it with its metadata.
    await after.getByRole('searchbox', { name: 'Search photos' }).fill('gallant (3)')
    await expect(tilesAfter).toHaveCount(1)
    await tilesAfter.first().click()
    const inspector = after.getByRole('complementary', { name: 'Photo details' })
    await expect(inspector.getByLabel('Caption', { exact: true })).toHaveValue(`${caption} (3)`)
    await expect(inspector.getByLabel('Credit', { exact: true })).toHaveValue(credit)
    // The saved credit is offered after the restart, and applies in one choice.
    await inspector.getByLabel('Credit', { exact: true }).fill('')
    await inspector.getByLabel('Creator', { exact: true }).fill('')
    await inspector.getByRole('combobox', { name: 'Credit template' }).selectOption(`${creator}/${credit}`)
    await expect(inspector.getByLabel('Credit', { exact: true })).toHaveValue(credit)
    await expect(inspector.getByLabel('Creator', { exact: true })).toHaveValue(creator)
    await inspector.getByRole('button', { name: 'Discard changes' }).click()
    await inspector.screenshot({ path: test.info().outputPath('photo-inspector.png') })

    const exported = join(copydesk.userDataDir, '..', 'gallant-export.jpg')
    await copydesk.answerNextDialog(exported)
    await inspector.getByRole('button', { name: 'Export with metadata…' }).click()
    await expect(after.getByText('Exported as gallant-export.jpg', { exact: false })).toBeVisible()

    const back = (await exiftool.readRaw(exported, { readArgs: ['-G1', '-IPTC:all', '-XMP:all'] })) as Record<string, unknown>
    expect(back).toMatchObject({
      'IPTC:CodedCharacterSet': 'UTF8',
      'IPTC:Caption-Abstract': `${caption} (3)`,
      'IPTC:Credit': credit,
      'IPTC:By-line': creator,
      'XMP-dc:Description': `${caption} (3)`,
      'XMP-photoshop:Credit': credit,
      'XMP-dc:Creator': creator,
      'XMP-iptcCore:AltTextAccessibility': 'Deux hommes marchent devant une garde d’honneur',
    })
  } finally {
    await exiftool.end()
  }
})

test('a picked file that is not a photo gets its own error, a picture picked twice is one photo, and photos filter by the article using them', async ({ copydesk }) => {
  const folder = join(copydesk.userDataDir, '..', 'picked')
  await mkdir(folder, { recursive: true })
  await writeFile(join(folder, 'une.jpg'), await makeJpeg(300, 200))
  await writeFile(join(folder, 'texte.jpg'), 'pas une image')
  const { page } = copydesk
  await page.getByRole('link', { name: 'Photos' }).click()

  await copydesk.answerNextDialog([join(folder, 'une.jpg'), join(folder, 'texte.jpg')])
  await page.getByRole('button', { name: 'Import photos…' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 photo imported' })).toContainText('1 could not be imported')
  await expect(page.getByText('texte.jpg is not an image Copydesk can read', { exact: false })).toBeVisible()

  await copydesk.answerNextDialog([join(folder, 'une.jpg')])
  await page.getByRole('button', { name: 'Import photos…' }).click()
  await expect(page.getByRole('status').filter({ hasText: '0 photos imported' })).toContainText('1 already in the library')
  await expect(page.getByRole('listbox', { name: 'Photo library' }).getByRole('option')).toHaveCount(1)

  // An article declares the photo it uses (as the article's lead photo will): the desk can filter by it.
  await newArticle(page)
  await page.getByRole('textbox', { name: 'Headline' }).fill('Gallant à Bakou')
  const articleId = decodeURIComponent(new URL(page.url()).hash.split('/')[2]!)
  await page.evaluate(async (id) => {
    type Photos = { list(): Promise<{ value: { id: string }[] }>; setUsage(request: unknown): Promise<unknown> }
    const photos = (globalThis as unknown as { copydesk: { photos: Photos } }).copydesk.photos
    const [photo] = (await photos.list()).value
    await photos.setUsage({ articleId: id, photoIds: [photo!.id] })
  }, articleId)
  await page.getByRole('link', { name: 'Photos' }).click()
  await page.getByRole('button', { name: 'Not yet used' }).click()
  await expect(page.getByText('No photo matches.')).toBeVisible()
  await page.getByRole('button', { name: 'Not yet used' }).click()
  await page.getByRole('combobox', { name: 'Used in' }).selectOption({ label: 'Gallant à Bakou' })
  await expect(page.getByText('1 of 1 photo')).toBeVisible()
})
