import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { asUser } from '../../src/main/services/sync/testing/siteRequests'
import type { PageGlobals } from '../fixtures'
import { ChromiumCopydesk } from '../fixtures/ChromiumCopydesk'
import { expect, test } from '../fixtures/wordpress'
import { exampleArticle } from '../support/exampleArticle'
import { selectInBody, setProfile } from '../support/reviewSupport'
import { newArticle } from '../support/deskSupport'
import { leadAltText, writeExampleLeadPhoto } from '../support/photoSupport'
import { connectToSite, fileAndWait } from '../support/siteSupport'

// The review through the newsroom's WordPress: a reporter (the site's author) and an editor (the
// site's editor), each in their own Copydesk, pass the example article back and forth through the
// site — suggestions, comments, a headline proposal — until the editor publishes it.

// page.evaluate callbacks run in the app window (e2e code has no DOM types).
declare const window: PageGlobals
declare const location: { hash: string }

const STANDFIRST = 'Des avions cargo azerbaïdjanais ont fait la navette avec une base israélienne avant l’offensive.'
const KEPT_SENTENCE = 'Les ministères israéliens des Affaires étrangères et de la Défense ont refusé de commenter ce rapport.'
const QUOTE = 'une préoccupation majeure que les armes israéliennes tirent sur notre peuple'
const lead = exampleArticle.leadPhoto
const lastWord = exampleArticle.headline.split(' ').at(-1)!
const NEW_HEADLINE = `${exampleArticle.headline.slice(0, -lastWord.length)}Karabakh`

const body = (page: Page) => page.getByRole('textbox', { name: 'Article text' })
const workflow = (page: Page) => page.getByRole('region', { name: 'Workflow' })
const suggestions = (page: Page) => page.getByRole('region', { name: 'Suggestions' })
const comments = (page: Page) => page.getByRole('region', { name: 'Comments' })
const thread = (page: Page) => comments(page).getByRole('listitem', { name: `Comment on “${QUOTE}”` })

test('a reporter and an editor review the example article through WordPress until the editor publishes it, photo and all', async ({
  copydesk: reporterApp,
  wordpress,
  appMode,
}) => {
  test.skip(appMode !== 'chromium', 'the second profile is started in Chromium mode')
  test.setTimeout(240_000)
  const reporter = reporterApp.page
  await reporter.setViewportSize({ width: 1360, height: 900 })

  // The reporter, connected as the site's author: rights come from WordPress.
  await setProfile(reporter, 'Rémi Reporter', 'Reporter')
  await connectToSite(reporter, wordpress, 'author')
  const folder = join(reporterApp.userDataDir, '..', 'incoming-review')
  await writeExampleLeadPhoto(folder, 3)
  await reporter.getByRole('link', { name: 'Photos' }).click()
  await reporterApp.answerNextDialog(folder)
  await reporter.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(reporter.getByRole('status').filter({ hasText: '1 photo imported' })).toBeVisible()

  await newArticle(reporter)
  await reporter.getByRole('combobox', { name: 'Section' }).fill(exampleArticle.section)
  await reporter.getByRole('textbox', { name: 'Headline' }).fill(exampleArticle.headline)
  await reporter.getByRole('textbox', { name: 'Standfirst' }).fill(STANDFIRST)
  await body(reporter).click()
  for (const [index, paragraph] of exampleArticle.body.entries()) {
    if (index > 0) await reporter.keyboard.press('Enter')
    await reporter.keyboard.insertText(paragraph)
  }
  await reporter.getByRole('button', { name: 'Add a lead photo…' }).click()
  await reporter.getByRole('dialog', { name: 'Choose the lead photo' }).getByRole('option').first().press('Enter')
  await expect(reporter.getByRole('region', { name: 'Lead photo' }).locator('figcaption')).toContainText(lead.caption)

  await expect(workflow(reporter)).toContainText('Rights from WordPress: Author')
  await workflow(reporter).getByRole('button', { name: 'Publish' }).click()
  await expect(workflow(reporter).getByRole('alert')).toHaveText('Your WordPress role, Author, does not let you publish: only an editor on the site can.')
  await workflow(reporter).scrollIntoViewIfNeeded()
  await reporter.screenshot({ path: test.info().outputPath('review-through-wordpress-author-refused.png') })
  // Had the window offered it all the same (a renderer out of date), main refuses the step, and says why.
  const openId = decodeURIComponent((await reporter.evaluate(() => location.hash)).replace('#/article/', ''))
  const now = Date.now()
  const article = { id: openId, headline: exampleArticle.headline, standfirst: '', byline: '', section: '', tags: [], language: 'fr' as const, createdAt: now, updatedAt: now, body: [] }
  await reporter.evaluate((request) => window.copydesk.cms.file(request), { article, status: 'published' as const, yjsState: '' })
  await expect(reporter.getByRole('status', { name: 'Sync with the site' })).toHaveText(
    'Not sent to Copydesk test site. Your WordPress role (author) does not let you publish it: ask an editor. (Your rights in Copydesk are those of your WordPress role.)',
  )

  await workflow(reporter).getByRole('button', { name: 'Submit for review' }).click()
  await expect(workflow(reporter).getByLabel('Status: Submitted')).toBeVisible()
  const { articleId } = await fileAndWait(reporter)

  const editorDir = await mkdtemp(join(tmpdir(), 'copydesk-e2e-editor-'))
  const editorApp = await ChromiumCopydesk.start({ testDir: editorDir, locale: 'en-US', blockIndexedDB: false })
  try {
    const editor = editorApp.page
    await editor.setViewportSize({ width: 1360, height: 900 })
    // The editor, on her own computer: the story reaches her "to review" view from the site.
    await setProfile(editor, 'Élise Éditrice', 'Editor')
    await connectToSite(editor, wordpress, 'editor')
    // The site is shared with the other WordPress scenarios: other stories may wait for review too.
    await editor.getByRole('link', { name: /^To review, \d+ articles?$/ }).click()
    await expect(editor.getByRole('heading', { name: 'To review' })).toBeVisible()
    await editor.getByRole('button', { name: `Open ${exampleArticle.headline}` }).click()
    await expect(body(editor).locator('p')).toHaveCount(3)
    // The lead photo came with it, words and all (from the site, where the reporter's Copydesk put it).
    await expect(editor.getByRole('region', { name: 'Lead photo' }).locator('figcaption')).toContainText(lead.caption)
    await expect(workflow(editor)).toContainText('Rights from WordPress: Editor')
    await workflow(editor).getByRole('button', { name: 'Start editing' }).click()
    await expect(workflow(editor).getByLabel('Status: Editing')).toBeVisible()

    // Suggesting: a shorter headline, and a sentence cut.
    const toggle = editor.getByRole('button', { name: 'Suggesting' })
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await editor.getByRole('textbox', { name: 'Headline' }).click()
    await editor.keyboard.press('ControlOrMeta+End')
    for (let i = 0; i < lastWord.length; i++) await editor.keyboard.press('Backspace')
    await editor.keyboard.insertText('Karabakh')
    await expect(editor.getByRole('group', { name: 'Suggested headline by Élise Éditrice' }).locator('ins')).toHaveText('Karabakh')
    await selectInBody(editor, KEPT_SENTENCE)
    await editor.keyboard.press('Backspace')
    await expect(body(editor).locator('del.suggestion-deletion')).toHaveText(KEPT_SENTENCE)
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')

    // A blocking question on a quote.
    await selectInBody(editor, QUOTE)
    await comments(editor).getByRole('textbox', { name: 'Comment on the selected text' }).fill('Citation vérifiée sur l’enregistrement ?')
    await comments(editor).getByRole('checkbox', { name: 'Blocking: must be resolved before publishing' }).check()
    await comments(editor).getByRole('button', { name: 'Comment', exact: true }).click()
    await expect(thread(editor)).toContainText('Citation vérifiée sur l’enregistrement ?')
    await expect(suggestions(editor).getByRole('listitem')).toHaveCount(2)
    await fileAndWait(editor)

    // The reporter gets the editor's work: accepts the headline, keeps the sentence, answers the question.
    await reporter.getByRole('button', { name: 'Get changes' }).click()
    await expect(suggestions(reporter).getByRole('listitem')).toHaveCount(2)
    await expect(thread(reporter)).toContainText('Élise Éditrice')
    await expect(workflow(reporter).getByLabel('Status: Editing')).toBeVisible()
    await expect(workflow(reporter).getByRole('button', { name: 'Approve' })).toHaveCount(0)
    await reporter.getByRole('button', { name: 'Accept suggested headline' }).click()
    await expect(reporter.getByRole('textbox', { name: 'Headline' })).toHaveValue(NEW_HEADLINE)
    await suggestions(reporter).getByRole('button', { name: /^Reject the suggestion: Delete “ ?Les ministères israéliens/ }).click()
    await expect(suggestions(reporter).getByText('No suggestions.')).toBeVisible()
    await expect(body(reporter).locator('p').nth(2)).toHaveText(exampleArticle.body[2]!)
    await thread(reporter).getByRole('textbox', { name: `Reply to the comment on “${QUOTE}”` }).fill('Oui, mot pour mot (entretien AP).')
    await thread(reporter).getByRole('button', { name: 'Reply' }).click()
    await expect(thread(reporter)).toContainText('Oui, mot pour mot (entretien AP).')
    await thread(reporter).getByRole('button', { name: `Resolve the comment on “${QUOTE}”` }).click()
    await expect(comments(reporter).getByRole('button', { name: 'Show 1 resolved comment' })).toBeVisible()
    await fileAndWait(reporter)

    // The editor gets them, and compares her version from the start of editing with the text now.
    await editor.getByRole('button', { name: 'Get changes' }).click()
    await expect(editor.getByRole('textbox', { name: 'Headline' })).toHaveValue(NEW_HEADLINE)
    await expect(suggestions(editor).getByText('No suggestions.')).toBeVisible()
    await comments(editor).getByRole('button', { name: 'Show 1 resolved comment' }).click()
    await expect(thread(editor)).toContainText('Oui, mot pour mot (entretien AP).')
    await expect(thread(editor)).toContainText('Resolved by Rémi Reporter')
    const from = editor.getByRole('combobox', { name: 'Compare' })
    const editingVersion = (await from.locator('option').allTextContents()).find((label) => label.endsWith('Editing'))!
    await from.selectOption({ label: editingVersion })
    await editor.getByRole('combobox', { name: 'with' }).selectOption({ label: 'Current text' })
    await editor.getByRole('button', { name: 'Compare', exact: true }).click()
    const dialog = editor.getByRole('dialog', { name: 'Compare versions' })
    await expect(dialog.getByRole('list', { name: 'Changed fields' }).getByRole('listitem')).toHaveText([`Headline: ${exampleArticle.headline} → ${NEW_HEADLINE}`])
    // The cut was refused: the text is as it was.
    await expect(dialog.getByText('The text is the same.')).toBeVisible()
    await editor.screenshot({ path: test.info().outputPath('review-through-wordpress-compare.png') })
    await dialog.getByRole('button', { name: 'Close', exact: true }).click()

    await workflow(editor).getByRole('button', { name: 'Approve' }).click()
    await expect(workflow(editor).getByLabel('Status: Approved')).toBeVisible()
    await workflow(editor).getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(workflow(editor).getByLabel('Status: Published')).toBeVisible()
    await fileAndWait(editor)
    await editor.screenshot({ path: test.info().outputPath('review-through-wordpress-published.png') })

    // The post on the site: published, the accepted headline, the kept sentence, the photo with its words.
    const admin = asUser(wordpress, 'administrator')
    const { value } = (await editor.evaluate((id) => window.copydesk.cms.articleState({ articleId: id }), articleId)) as { value: { postId: number } }
    const post = (await admin.get(`wp/v2/posts/${value.postId}?context=edit`)).body as {
      status: string
      title: { raw: string }
      content: { raw: string }
      featured_media: number
      meta: { copydesk_workflow_status: string }
    }
    expect(post).toMatchObject({ status: 'publish', title: { raw: NEW_HEADLINE }, meta: { copydesk_workflow_status: 'published' } })
    expect(post.content.raw).toContain(KEPT_SENTENCE)
    expect(post.content.raw).toContain(QUOTE)
    const media = (await admin.get(`wp/v2/media/${post.featured_media}?context=edit`)).body as {
      caption: { raw: string }
      alt_text: string
      meta: Record<string, string>
    }
    expect(media.caption.raw).toBe(lead.caption)
    expect(media.alt_text).toBe(leadAltText)
    expect(media.meta).toMatchObject({ copydesk_credit: lead.credit, copydesk_creator: lead.creator })
  } finally {
    await editorApp.dispose()
    await rm(editorDir, { recursive: true, force: true })
  }
})
