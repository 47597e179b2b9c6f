import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { asUser } from '../../src/main/services/sync/testing/siteRequests'
import { ChromiumCopydesk } from '../fixtures/ChromiumCopydesk'
import { expect, test } from '../fixtures/wordpress'
import { newArticle } from '../support/deskSupport'
import { connectToSite, fileAndWait } from '../support/siteSupport'

const body = (page: Page) => page.getByRole('textbox', { name: 'Article text' })
const syncState = (page: Page) => page.getByRole('status', { name: 'Sync with the site' })

async function addParagraphAtEnd(page: Page, text: string) {
  await body(page).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText(text)
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()
}

test('a reporter and an editor, each in their own Copydesk, edit the same article: after syncing both see both edits, and so does the post', async ({
  copydesk: reporter,
  wordpress,
  appMode,
}) => {
  test.skip(appMode !== 'chromium', 'the second profile is started in Chromium mode')
  const headline = 'Incendie au port de Marseille'
  await connectToSite(reporter.page, wordpress, 'author')
  await newArticle(reporter.page)
  await reporter.page.getByRole('textbox', { name: 'Headline' }).fill(headline)
  await body(reporter.page).click()
  await reporter.page.keyboard.insertText('Premier paragraphe du reporter.')
  await expect(reporter.page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()
  await fileAndWait(reporter.page)
  await expect(syncState(reporter.page)).toHaveText('On Copydesk test site')

  const editorDir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-editor-'))
  const editor = await ChromiumCopydesk.start({ testDir: editorDir, locale: 'en-US', blockIndexedDB: false })
  try {
    // The editor's desk receives the story from the site.
    await connectToSite(editor.page, wordpress, 'editor')
    await editor.page.getByRole('button', { name: `Open ${headline}` }).click()
    await expect(body(editor.page).locator('p')).toHaveText(['Premier paragraphe du reporter.'])

    // Each adds a paragraph without seeing the other's; the editor files first.
    await addParagraphAtEnd(editor.page, 'Ajout de l’éditeur.')
    await addParagraphAtEnd(reporter.page, 'Ajout du reporter.')
    await fileAndWait(editor.page)
    await fileAndWait(reporter.page)

    for (const app of [reporter, editor]) {
      await app.page.getByRole('button', { name: 'Get changes' }).click()
      await expect(body(app.page).locator('p')).toHaveCount(3)
    }
    const reporterParagraphs = await body(reporter.page).locator('p').allTextContents()
    expect(reporterParagraphs.sort()).toEqual(['Ajout de l’éditeur.', 'Ajout du reporter.', 'Premier paragraphe du reporter.'])
    expect(await body(editor.page).locator('p').allTextContents()).toEqual(await body(reporter.page).locator('p').allTextContents())
    await editor.page.screenshot({ path: test.info().outputPath('cms-two-profiles-editor.png') })

    // Filed again from the merged article: the post has both edits, still one post.
    await reporter.page.getByRole('button', { name: 'File to site' }).click()
    const admin = asUser(wordpress, 'administrator')
    await expect
      .poll(async () => {
        const posts = (await admin.get('wp/v2/posts?status=draft&per_page=100&context=edit&search=Marseille')).body as { content: { raw: string } }[]
        return posts.map((post) => [...post.content.raw.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1]).sort())
      })
      .toEqual([['Ajout de l’éditeur.', 'Ajout du reporter.', 'Premier paragraphe du reporter.']])
  } finally {
    await editor.dispose()
    await rm(editorDir, { recursive: true, force: true })
  }
})
