import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { exampleArticle } from '../support/exampleArticle'
import type { Page } from '@playwright/test'
import { selectInBody, setProfile } from '../support/reviewSupport'

// A reporter files a story; an editor (the same app, the role switched in Settings — two people on
// one site come with the sync work) finds it in "to review", comments on a sentence, approves and
// publishes once the checklist passes.

const STANDFIRST = 'Des avions cargo azerbaïdjanais ont fait la navette avec une base israélienne avant l’offensive.'


/** The text highlighted as commented, joined (other marks, such as spelling, split it into several spans). */
const highlighted = (page: Page) => page.locator('.article-body .comment-highlight').allTextContents().then((parts) => parts.join(''))

const workflow = (page: Page) => page.getByRole('region', { name: 'Workflow' })
const checklist = (page: Page) => page.getByRole('region', { name: 'Before publishing' })
const history = (page: Page) => page.getByRole('list', { name: 'History' }).getByRole('listitem')

test('a reporter submits and cannot publish; the editor reviews, comments, approves and publishes', async ({ copydesk }) => {
  const { page } = copydesk
  await setProfile(page, 'Marie Dupont', 'Reporter')

  await newArticle(page)
  await page.getByRole('combobox', { name: 'Section' }).fill(exampleArticle.section)
  await page.getByRole('textbox', { name: 'Headline' }).fill(exampleArticle.headline)
  await page.getByRole('textbox', { name: 'Standfirst' }).fill(STANDFIRST)
  await page.getByRole('textbox', { name: 'Article text' }).click()
  for (const [index, paragraph] of exampleArticle.body.slice(0, 3).entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(paragraph)
  }
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue('Marie Dupont')
  await expect(page.getByRole('link', { name: 'My drafts, 1 article' })).toBeVisible()

  // A reporter may not publish, and is told why.
  await workflow(page).getByRole('button', { name: 'Publish' }).click()
  await expect(workflow(page).getByRole('alert')).toHaveText('Only an editor can publish. Your role is Reporter (change it in Settings).')
  await expect(workflow(page).getByLabel('Status: Draft')).toBeVisible()

  await workflow(page).getByRole('textbox', { name: 'Message (optional)' }).fill('Prêt pour relecture')
  await workflow(page).getByRole('button', { name: 'Submit for review' }).click()
  await expect(workflow(page).getByLabel('Status: Submitted')).toBeVisible()
  await expect(history(page)).toHaveCount(1)
  await expect(history(page).first()).toContainText('Marie Dupont (Reporter)')
  await expect(history(page).first()).toContainText('Prêt pour relecture')
  // A version is kept at the transition.
  await expect(page.getByRole('list', { name: 'Saved versions' }).getByText('At a workflow step')).toHaveCount(1)
  // Now only withdrawing is left to the reporter.
  await expect(workflow(page).getByRole('button', { name: 'Withdraw' })).toBeVisible()
  await expect(workflow(page).getByRole('button', { name: 'Approve' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Back to the desk' }).click()
  await setProfile(page, 'Claire Martin', 'Editor')
  await expect(page.getByRole('link', { name: 'My drafts, 0 articles' })).toBeVisible()
  await page.getByRole('link', { name: 'To review, 1 article' }).click()
  await expect(page.getByRole('heading', { name: 'To review' })).toBeVisible()
  await page.getByRole('button', { name: `Open ${exampleArticle.headline}` }).click()

  await workflow(page).getByRole('button', { name: 'Start editing' }).click()
  await expect(workflow(page).getByLabel('Status: Editing')).toBeVisible()

  // A blocking comment on a sentence of the second paragraph.
  const sentence =
    'Dans une série d’échanges diplomatiques, Akopian a déclaré avoir exprimé son inquiétude aux politiciens et aux législateurs israéliens ces dernières semaines au sujet des livraisons d’armes israéliennes.'
  expect(exampleArticle.body[1]).toContain(sentence)
  await selectInBody(page, sentence)
  const comments = page.getByRole('region', { name: 'Comments' })
  await comments.getByRole('textbox', { name: 'Comment on the selected text' }).fill('Quelle source pour ce chiffre ?')
  await comments.getByRole('checkbox', { name: 'Blocking: must be resolved before publishing' }).check()
  await comments.getByRole('button', { name: 'Comment', exact: true }).click()
  const thread = comments.getByRole('listitem', { name: `Comment on “${sentence}”` })
  await expect(thread).toContainText('Claire Martin')
  await expect(thread).toContainText('Quelle source pour ce chiffre ?')
  await expect.poll(() => highlighted(page)).toBe(sentence)
  // The highlight follows the text: a word typed before the sentence leaves it whole.
  await page.getByRole('textbox', { name: 'Article text' }).locator('p').nth(1).click({ position: { x: 2, y: 2 } })
  await page.keyboard.press('Home')
  await page.keyboard.insertText('Selon nos informations, ')
  await expect.poll(() => highlighted(page)).toBe(sentence)

  await workflow(page).getByRole('button', { name: 'Approve' }).click()
  await expect(workflow(page).getByLabel('Status: Approved')).toBeVisible()

  // The checklist blocks publishing while the blocking comment is open…
  const problems = checklist(page).getByRole('list', { name: 'Problems that block publishing' }).getByRole('listitem')
  await expect(problems).toHaveCount(1)
  await expect(problems).toContainText('A blocking comment is still open on “Dans une série d’échanges diplomatiques, Akopian a déclaré…”.')
  await workflow(page).getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(workflow(page).getByRole('alert')).toHaveText('Publishing is blocked: fix the problem in the checklist.')
  await expect(workflow(page).getByLabel('Status: Approved')).toBeVisible()

  await page.setViewportSize({ width: 1440, height: 1500 })
  await page.getByRole('complementary', { name: 'Article details' }).evaluate((panel) => panel.scrollTo(0, 0))
  await page.screenshot({ path: test.info().outputPath('review-article-view.png') })
  await page.setViewportSize({ width: 1280, height: 720 })

  // …and lets it through once the comment is answered and resolved.
  await thread.getByRole('textbox', { name: `Reply to the comment on “${sentence}”` }).fill('Source : le ministère, vérifié.')
  await thread.getByRole('button', { name: 'Reply' }).click()
  await expect(thread).toContainText('Source : le ministère, vérifié.')
  await thread.getByRole('button', { name: `Resolve the comment on “${sentence}”` }).click()
  await expect(checklist(page).getByRole('status')).toHaveText('Ready to publish')
  await workflow(page).getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(workflow(page).getByLabel('Status: Published')).toBeVisible()
  await expect(history(page)).toHaveCount(4)
  await expect(history(page).first()).toContainText('Claire Martin (Editor)')

  await page.getByRole('button', { name: 'Back to the desk' }).click()
  await expect(page.getByRole('link', { name: 'Published today, 1 article' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'To review, 0 articles' })).toBeVisible()
})

test('the checklist names each problem of an incomplete article, links to it, and the embargo holds publication', async ({ copydesk }) => {
  const { page } = copydesk
  await setProfile(page, '', 'Editor')
  await newArticle(page)
  await page.getByRole('textbox', { name: 'Headline' }).fill('Un titre beaucoup trop long pour la rubrique Sport, qui ne tolère que soixante-dix signes')
  await page.getByRole('combobox', { name: 'Section' }).fill('Sport')
  for (const action of ['Submit for review', 'Start editing', 'Approve']) await workflow(page).getByRole('button', { name: action }).click()
  await expect(workflow(page).getByLabel('Status: Approved')).toBeVisible()

  await workflow(page).getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(workflow(page).getByRole('alert')).toHaveText('Publishing is blocked: fix the 3 problems in the checklist.')
  const problems = checklist(page).getByRole('list', { name: 'Problems that block publishing' }).getByRole('listitem')
  await expect(problems).toHaveText([/The headline is 19 signes over the section’s limit of 70\./, /The standfirst is missing\./, /The byline is missing\./])
  await expect(checklist(page).getByRole('list', { name: 'Warnings' })).toContainText('No tags yet.')

  await checklist(page).getByRole('button', { name: 'Go to: The standfirst is missing.' }).click()
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toBeFocused()
  await page.keyboard.type('Un chapô.')
  await checklist(page).getByRole('button', { name: 'Go to: The byline is missing.' }).click()
  await expect(page.getByRole('textbox', { name: 'Byline' })).toBeFocused()
  await page.keyboard.type('Paul Roux')
  await page.getByRole('textbox', { name: 'Headline' }).fill('Un titre court')
  await expect(checklist(page).getByRole('status')).toHaveText('Ready to publish')

  // An embargo an hour from now: shown plainly, and publishing is refused until then.
  const inAnHour = new Date(Date.now() + 3600_000)
  const pad = (value: number) => String(value).padStart(2, '0')
  const local = `${inAnHour.getFullYear()}-${pad(inAnHour.getMonth() + 1)}-${pad(inAnHour.getDate())}T${pad(inAnHour.getHours())}:${pad(inAnHour.getMinutes())}`
  await workflow(page).getByLabel('Embargo until').fill(local)
  await expect(workflow(page).getByRole('note')).toContainText('Embargoed until')
  await expect(problems).toHaveText([/Embargoed until/])
  await workflow(page).getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(workflow(page).getByRole('alert')).toContainText('Embargoed until')
  await expect(workflow(page).getByLabel('Status: Approved')).toBeVisible()
  await workflow(page).getByLabel('Embargo until').fill('')
  await workflow(page).getByRole('button', { name: 'Publish', exact: true }).click()
  await expect(workflow(page).getByLabel('Status: Published')).toBeVisible()

  // A correction needs its note.
  await workflow(page).getByRole('button', { name: 'Reopen for a correction' }).click()
  await expect(workflow(page).getByRole('alert')).toHaveText('Write the correction note first: it is published with the article.')
  await workflow(page).getByRole('textbox', { name: 'Message, or the correction note' }).fill('Le titre a été précisé.')
  await workflow(page).getByRole('button', { name: 'Reopen for a correction' }).click()
  await expect(workflow(page).getByLabel('Status: Correction')).toBeVisible()
  await expect(workflow(page)).toContainText('Correction: Le titre a été précisé.')
})

test('compare two versions shows exactly the change; "changes since I last read it" offers the comparison', async ({ copydesk }) => {
  const { page } = copydesk
  await setProfile(page, 'Claire Martin', 'Editor')
  await newArticle(page)
  await page.getByRole('textbox', { name: 'Headline' }).fill('Bakou reprend le Karabakh')
  const body = page.getByRole('textbox', { name: 'Article text' })
  await body.click()
  await page.keyboard.insertText('Bakou a obtenu la reddition des séparatistes.')
  await workflow(page).getByRole('button', { name: 'Submit for review' }).click()
  await expect(workflow(page).getByLabel('Status: Submitted')).toBeVisible()

  // Two changes, then a second workflow step (and so a second version).
  await page.getByRole('textbox', { name: 'Headline' }).fill('Bakou reprend tout le Karabakh')
  await selectInBody(page, 'la reddition')
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.insertText('mercredi ')
  await expect(body).toContainText('Bakou a obtenu mercredi la reddition des séparatistes.')
  await workflow(page).getByRole('button', { name: 'Start editing' }).click()
  await expect(page.getByRole('list', { name: 'Saved versions' }).getByText('At a workflow step')).toHaveCount(2)

  // The older version against the newer one.
  await page.getByRole('combobox', { name: 'Compare' }).selectOption({ index: 2 })
  await page.getByRole('combobox', { name: 'with' }).selectOption({ index: 1 })
  await page.getByRole('button', { name: 'Compare', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Compare versions' })
  await expect(dialog.getByRole('list', { name: 'Changed fields' }).getByRole('listitem')).toHaveText([
    'Headline: Bakou reprend le Karabakh → Bakou reprend tout le Karabakh',
    'Status: Submitted → Editing',
  ])
  const diff = dialog.getByRole('document', { name: 'Changes in the text' })
  await expect(diff.locator('ins')).toHaveText(['mercredi '])
  await expect(diff.locator('del')).toHaveCount(0)
  await page.setViewportSize({ width: 1440, height: 1000 })
  await page.screenshot({ path: test.info().outputPath('compare-versions.png') })
  await page.setViewportSize({ width: 1280, height: 720 })

  // Restoring the older version brings its text back, as a new change.
  await dialog.getByRole('button', { name: /^Restore the version of / }).click()
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Bakou reprend le Karabakh')
  await expect(body).toContainText('Bakou a obtenu la reddition des séparatistes.')

  // Claire leaves; Marie adds a sentence; Claire comes back and is offered what changed.
  await page.getByRole('button', { name: 'Back to the desk' }).click()
  await setProfile(page, 'Marie Dupont', 'Reporter')
  await page.getByRole('button', { name: 'Open Bakou reprend le Karabakh' }).click()
  await expect(page.getByRole('note').filter({ hasText: 'Changed since you last read it' })).toHaveCount(0)
  await body.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText(' Erevan proteste.')
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()
  await page.getByRole('button', { name: 'Back to the desk' }).click()
  await setProfile(page, 'Claire Martin', 'Editor')
  await page.getByRole('button', { name: 'Open Bakou reprend le Karabakh' }).click()
  await page.getByRole('note').filter({ hasText: 'Changed since you last read it' }).getByRole('button', { name: 'See what changed' }).click()
  const since = page.getByRole('dialog', { name: 'Compare versions' })
  await expect(since.getByRole('document', { name: 'Changes in the text' }).locator('ins')).toHaveText(['Erevan proteste.'])
  await expect(since.getByText('No field changed.')).toBeVisible()
})
