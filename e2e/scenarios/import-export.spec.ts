import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { parse } from 'yaml'
import { cspReportOfInertHandlers, expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { exampleArticle } from '../support/exampleArticle'
import { makeDocx, onePixelGif, onePixelPng } from '../../src/shared/exchange/testing/makeDocx'
import { wordClipboardHtml } from '../../src/shared/exchange/testing/wordClipboardHtml'
import { validateNewsml, validateNinjs } from '../support/exchangeSchemas'

// Types for page.evaluate callbacks (e2e code has no DOM types).
declare const DataTransfer: new () => { setData(type: string, data: string): void }
declare const ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => unknown
declare const window: { pwned?: unknown }

const NBSP = '\u00a0'
const NNBSP = '\u202f'

// The desk sends an article to the rest of the news business, and brings Word files and pastes in cleanly.

async function newArticleWith(page: Page, headline: string, paragraphs: string[]): Promise<void> {
  await newArticle(page)
  await page.getByRole('textbox', { name: 'Headline' }).fill(headline)
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Selon l’AP, des vols réguliers.')
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  for (const [index, text] of paragraphs.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(text)
  }
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()
}

async function exportAs(page: Page, format: string): Promise<string> {
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('menuitem', { name: format }).click()
  const status = page.getByRole('status').filter({ hasText: 'Exported as' })
  await expect(status).toBeVisible()
  const text = (await status.textContent()) ?? ''
  return /“(.*)”/.exec(text)?.[1] ?? ''
}

test('export to each format: files stay in the chosen folder whatever the headline, and read back right', async ({ copydesk }) => {
  const { page } = copydesk
  const parent = join(copydesk.userDataDir, '..', 'exports')
  const chosen = join(parent, 'chosen')
  await mkdir(chosen, { recursive: true })
  await newArticleWith(page, '../../CON', exampleArticle.body.slice(0, 2))

  const written: Record<string, string> = {}
  for (const [format, name] of [
    ['html', 'Web page (HTML)'],
    ['markdown', 'Markdown'],
    ['ninjs', 'ninjs 2.0 (JSON)'],
    ['newsml', 'NewsML-G2 (XML)'],
    ['pdf', 'PDF for proofreading'],
  ] as const) {
    await copydesk.answerNextDialog(chosen)
    written[format] = await exportAs(page, name)
  }
  expect(written).toEqual({ html: 'CON_.html', markdown: 'CON_.md', ninjs: 'CON_.json', newsml: 'CON_.xml', pdf: 'CON_.pdf' })
  expect((await readdir(chosen)).sort()).toEqual(['CON_.html', 'CON_.json', 'CON_.md', 'CON_.pdf', 'CON_.xml'])
  expect(await readdir(parent)).toEqual(['chosen'])

  const html = await readFile(join(chosen, 'CON_.html'), 'utf8')
  expect(html).toMatch(/^<!doctype html>\n<html lang="fr">/)
  expect(html).toContain('<h1>../../CON</h1>')
  expect(html).toContain(`<p>${exampleArticle.body[0]!.replace(/'/g, '&#39;')}</p>`)
  expect(html).not.toMatch(/<script/i)

  const markdown = await readFile(join(chosen, 'CON_.md'), 'utf8')
  const [, yaml = '', mdBody = ''] = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown) ?? []
  expect(parse(yaml)).toMatchObject({ title: '../../CON', standfirst: 'Selon l’AP, des vols réguliers.', language: 'fr' })
  expect(mdBody).toContain(exampleArticle.body[1]!.slice(0, 40))

  const ninjs = JSON.parse(await readFile(join(chosen, 'CON_.json'), 'utf8'))
  expect(validateNinjs(ninjs).errors).toEqual([])
  expect(ninjs.headlines).toEqual([{ role: 'main', value: '../../CON' }])

  const newsml = await readFile(join(chosen, 'CON_.xml'), 'utf8')
  expect((await validateNewsml(newsml)).errors).toEqual([])
  expect(newsml).toContain('<headline>../../CON</headline>')

  const pdf = await readFile(join(chosen, 'CON_.pdf'))
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdf.subarray(-8).toString('latin1')).toContain('%%EOF')
  expect(pdf.length).toBeGreaterThan(5000)

  // The same export again takes a new name rather than overwrite the first.
  await copydesk.answerNextDialog(chosen)
  expect(await exportAs(page, 'Markdown')).toBe('CON_ (2).md')
})

test('the example article pasted from Word comes in clean, and "Fix typography" makes it right', async ({ copydesk }) => {
  copydesk.pageErrors.allow(cspReportOfInertHandlers) // the clipboard's hostile onerror; window.pwned is checked
  const { page } = copydesk
  await newArticle(page)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  const html = wordClipboardHtml({
    subhead: "L'aide d'Israël",
    paragraphs: exampleArticle.body,
    boldParagraph: 'Un paragraphe tout en gras.',
    listItems: ['des avions cargo', 'un aérodrome près du Haut-Karabakh'],
  })
  // A real paste event with the HTML Word puts on the clipboard, handled by the editor as any paste.
  await body.evaluate((element, clipboard) => {
    const data = new DataTransfer()
    data.setData('text/html', clipboard)
    data.setData('text/plain', 'plain text fallback')
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }) as never)
  }, html)

  await expect(body.locator('> *')).toHaveCount(7)
  const structure = await body.evaluate((element) => Array.from((element as unknown as { children: ArrayLike<{ tagName: string }> }).children, (child) => child.tagName.toLowerCase()))
  expect(structure).toEqual(['p', 'h2', 'p', 'p', 'p', 'ul', 'p'])
  await expect(body.locator('> p').nth(1).locator('strong')).toHaveText('Un paragraphe tout en gras.')
  await expect(body.locator('li')).toHaveText(['des avions cargo', 'un aérodrome près du Haut-Karabakh'])
  await expect(body.locator('a')).toHaveCount(1)
  await expect(body.locator('a')).toHaveAttribute('href', 'https://apnews.com/article/armenia-azerbaijan-israel-weapons')
  await expect(body.locator('img, span[style], [class^="Mso"]')).toHaveCount(0)
  expect(await body.locator('> p').nth(0).textContent()).toBe(exampleArticle.body[0])
  expect(await page.evaluate(() => window.pwned)).toBeUndefined()
  // What the paste left out is said, in the import report's words, until dismissed.
  const pasteReport = page.getByRole('region', { name: 'What the paste left out' })
  await expect(pasteReport.getByRole('status')).toHaveText(
    '1 picture was left out: add it from the photo library. 1 unsafe link was removed (its words kept).',
  )
  await page.screenshot({ path: test.info().outputPath('paste-report.png') })
  await pasteReport.getByRole('button', { name: 'Dismiss' }).click()
  await expect(pasteReport.getByRole('status')).toHaveText('')

  await page.getByRole('button', { name: 'Fix typography' }).click()
  await expect.poll(() => body.locator('h2').textContent()).toBe('L’aide d’Israël')
  const second = (await body.locator('> p').nth(2).textContent()) ?? ''
  expect(second).toMatch(new RegExp(`^«${NNBSP}Pour nous, c’est une préoccupation majeure que les armes israéliennes tirent sur notre peuple${NNBSP}», a déclaré à${NBSP}l’Associated Press`))
  for (const index of [0, 2, 3]) expect(await body.locator('> p').nth(index).textContent()).not.toMatch(/['"]|« | »/)
  expect(await body.locator('> p').last().textContent()).toBe(`Sources${NBSP}: Associated Press, piège.`)
})

test('import a Word document made in the test: a new article with the right structure and a report', async ({ copydesk }) => {
  const { page } = copydesk
  const file = join(copydesk.userDataDir, '..', 'Article du jour.docx')
  const pictures = [
    { type: 'png' as const, data: onePixelPng, altText: 'Un avion cargo sur le tarmac' },
    { type: 'gif' as const, data: onePixelGif },
  ]
  await writeFile(file, await makeDocx({ title: exampleArticle.headline, subtitle: 'Le chapô', paragraphs: exampleArticle.body, pictures }))
  await copydesk.answerNextDialog(file)
  await page.getByRole('button', { name: 'Import a file…' }).click()

  await expect(page.getByRole('status').filter({ hasText: 'imported as a new article' })).toHaveText(
    '“Article du jour.docx” imported as a new article. 1 picture was added to the photo library and placed in the text. ' +
      '1 picture was left out: Article du jour 2.gif (GIF): the photo library takes JPEG, PNG, WebP or TIFF only.',
  )
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(exampleArticle.headline)
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Le chapô')
  const body = page.getByRole('textbox', { name: 'Article text' })
  const structure = await body.evaluate((element) => Array.from((element as unknown as { children: ArrayLike<{ tagName: string }> }).children, (child) => child.tagName.toLowerCase()))
  expect(structure).toEqual(['p', 'h2', 'p', 'p', 'figure', 'ul', 'p', 'ol'])
  // The picture is in the photo library now, and a figure in its place, with Word's alt text.
  const figure = body.locator('figure.article-figure')
  await expect(figure).toHaveAttribute('aria-label', 'Photo: Article du jour 1.png')
  await expect(figure.getByRole('img')).toHaveAttribute('alt', 'Un avion cargo sur le tarmac')
  await expect.poll(() => figure.getByRole('img').evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(0)
  expect((await readdir(join(copydesk.userDataDir, 'media', 'originals'))).filter((name) => name.endsWith('.png'))).toHaveLength(1)
  await expect(body.locator('> p').first().locator('strong')).toHaveText(' Un passage en gras')
  await expect(body.locator('> p').first().locator('em')).toHaveText('un autre en italique')
  await expect(body.locator('a')).toHaveAttribute('href', 'https://apnews.com/')
  await expect(body.locator('ol li')).toHaveText('Selon les données de suivi des vols.')
  // The import is an ordinary stored article: still there, whole, after a restart.
  await copydesk.restart()
  const reopened = copydesk.page
  await reopened.goto(reopened.url().replace(/#.*$/, '#/desk'))
  await reopened.getByRole('button', { name: `Open ${exampleArticle.headline}` }).click()
  await expect(reopened.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Le chapô')
  await expect(reopened.getByRole('textbox', { name: 'Article text' }).locator('ul li')).toHaveCount(2)
  await expect(reopened.getByRole('textbox', { name: 'Article text' }).locator('figure.article-figure')).toHaveAttribute('aria-label', 'Photo: Article du jour 1.png')
  await reopened.getByRole('link', { name: 'Photos' }).click()
  await expect(reopened.getByRole('listbox', { name: 'Photo library' }).getByRole('option')).toHaveCount(1)
})

test('bad files: a password-protected .docx, a 50 MB file, an HTML page with scripts — a clear error or a clean import', async ({ copydesk }) => {
  copydesk.pageErrors.allow(cspReportOfInertHandlers) // the page's onload/onerror; window.pwned is checked
  const { page } = copydesk
  const folder = join(copydesk.userDataDir, '..')
  const importButton = page.getByRole('button', { name: 'Import a file…' })

  // Word's encrypted package: an OLE compound file holding an EncryptionInfo stream, not a zip.
  const encrypted = Buffer.alloc(8192)
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(encrypted)
  Buffer.from('EncryptionInfo', 'utf16le').copy(encrypted, 1536)
  await writeFile(join(folder, 'protégé.docx'), encrypted)
  await copydesk.answerNextDialog(join(folder, 'protégé.docx'))
  await importButton.click()
  await expect(page.getByRole('alert')).toContainText('This Word document is password-protected.')

  const huge = join(folder, 'énorme.docx')
  await writeFile(huge, '')
  await truncate(huge, 50_000_001)
  await copydesk.answerNextDialog(huge)
  await importButton.click()
  await expect(page.getByRole('alert')).toHaveText('This file is too large to import. “énorme.docx” is 50 MB; Copydesk imports files up to 50 MB.')

  await writeFile(join(folder, 'page.html'), '<html lang="fr"><head><title>Une page</title><script>window.pwned = 1</script></head><body onload="window.pwned = 2"><h1>Le titre</h1><p style="color:red">Le texte<img src=x onerror="window.pwned = 3"></p><iframe src="https://example.org"></iframe></body></html>')
  await copydesk.answerNextDialog(join(folder, 'page.html'))
  await importButton.click()
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Le titre')
  const body = page.getByRole('textbox', { name: 'Article text' })
  await expect(body.locator('> *')).toHaveCount(1)
  await expect(body.locator('p')).toHaveText('Le texte')
  await expect(body.locator('[style], img, iframe')).toHaveCount(0)
  expect(await page.evaluate(() => window.pwned)).toBeUndefined()
})

test('backup folder: the article appears there as a file a few seconds after writing, and follows the text', async ({ copydesk }) => {
  const { page } = copydesk
  const folder = join(copydesk.userDataDir, '..', 'Sauvegardes')
  await mkdir(folder)
  await page.getByRole('button', { name: 'Settings' }).click()
  await copydesk.answerNextDialog(folder)
  await page.getByRole('button', { name: 'Choose a backup folder…' }).click()
  await expect(page.getByText(`Articles are copied to ${folder}`)).toBeVisible()
  await page.keyboard.press('Escape')

  await newArticle(page)
  await page.getByRole('textbox', { name: 'Headline' }).fill('Une sauvegarde')
  await page.getByRole('textbox', { name: 'Article text' }).click()
  await page.keyboard.insertText(exampleArticle.body[0]!)

  const markdownFiles = async () => (await readdir(folder)).filter((name) => name.endsWith('.md'))
  await expect.poll(markdownFiles, { timeout: 15_000 }).toEqual([expect.stringMatching(/^Une sauvegarde \([0-9a-f]{8}\)\.md$/)])
  const [first] = await markdownFiles()
  await expect.poll(async () => readFile(join(folder, first!), 'utf8'), { timeout: 15_000 }).toContain(exampleArticle.body[0]!.slice(0, 80))
  expect((await readdir(join(folder, '.copydesk-state'))).length).toBe(1)

  // More text, and a new headline: the same one file, renamed, with the new words.
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('Un dernier paragraphe.')
  await page.getByRole('textbox', { name: 'Headline' }).fill('Le titre final')
  await expect.poll(markdownFiles, { timeout: 15_000 }).toEqual([expect.stringMatching(/^Le titre final \([0-9a-f]{8}\)\.md$/)])
  const [renamed] = await markdownFiles()
  await expect.poll(async () => readFile(join(folder, renamed!), 'utf8'), { timeout: 15_000 }).toMatch(/^---\ntitle: Le titre final\n[\s\S]*Un dernier paragraphe\.\n$/)
})
