import type { Page } from '@playwright/test'
import { asUser } from '../../src/main/services/sync/testing/siteRequests'
import { newArticle } from '../support/deskSupport'
import { setProfile } from '../support/reviewSupport'
import { expect, test } from '../fixtures/wordpress'
import { connectToSite, fileAndWait } from '../support/siteSupport'

// An article scheduled for a time that passed before it was filed (written offline, the desk closed)
// is not shown as published — it is not on the site — and the desk says it is overdue. Once filed,
// WordPress publishes it (its time has come) and the desk's next pull shows it published by the site.
// (WordPress's own WP-cron publication at the scheduled time: scheduledPublication.wordpress.test.ts.)


const workflow = (page: Page) => page.getByRole('region', { name: 'Workflow' })
const history = (page: Page) => page.getByRole('list', { name: 'History' }).getByRole('listitem')

test('a scheduled article whose time passed unfiled says it is overdue; filed, it comes back published by the site, with its history line, in Published today', async ({
  copydesk,
  wordpress,
}) => {
  const { page } = copydesk
  await connectToSite(page, wordpress)
  await setProfile(page, 'Claire Martin', 'Editor')
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Section' }).fill('Monde')
  await page.getByRole('textbox', { name: 'Headline' }).fill('Bakou reprend le Karabakh')
  await page.getByRole('textbox', { name: 'Standfirst' }).fill('Les séparatistes ont rendu les armes.')
  await page.getByRole('textbox', { name: 'Article text' }).click()
  await page.keyboard.insertText('Bakou a obtenu la reddition des séparatistes.')
  for (const action of ['Submit for review', 'Start editing', 'Approve']) await workflow(page).getByRole('button', { name: action }).click()
  await expect(workflow(page).getByLabel('Status: Approved')).toBeVisible()

  // Scheduled for this minute (already begun: the field holds minutes), and not filed.
  const thisMinute = new Date(Math.floor(Date.now() / 60_000) * 60_000)
  const pad = (value: number) => String(value).padStart(2, '0')
  const local = `${thisMinute.getFullYear()}-${pad(thisMinute.getMonth() + 1)}-${pad(thisMinute.getDate())}T${pad(thisMinute.getHours())}:${pad(thisMinute.getMinutes())}`
  await workflow(page).getByLabel('Publish at').fill(local)
  await workflow(page).getByRole('button', { name: 'Schedule' }).click()
  await expect(workflow(page).getByLabel('Status: Scheduled')).toBeVisible()
  const overdue = workflow(page).getByRole('note')
  await expect(overdue).toContainText('Overdue: it was due to go out')
  await expect(overdue).toContainText('this computer has not filed it to the site since it was scheduled. It goes out once filed.')
  await expect(page.getByRole('status', { name: 'Sync with the site' })).toContainText('Saved locally, not on')
  await page.screenshot({ path: test.info().outputPath('scheduled-overdue.png') })

  // Filed now: its time has passed, so WordPress publishes it at once.
  const { postId } = await fileAndWait(page)
  const admin = asUser(wordpress, 'administrator')
  expect(((await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as { status: string }).status).toBe('publish')

  // The next pull brings the publication: published, by the site, at the scheduled time.
  await page.getByRole('button', { name: 'Get changes' }).click()
  await expect(workflow(page).getByLabel('Status: Published')).toBeVisible()
  await expect(workflow(page).getByRole('note')).toHaveCount(0)
  await expect(history(page).first()).toContainText('Published at the scheduled time by the site (WordPress)')
  await expect(history(page)).toHaveCount(5)
  const post = (await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as { meta: { copydesk_workflow_status: string } }
  expect(post.meta.copydesk_workflow_status).toBe('published')
  await page.getByRole('list', { name: 'History' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: test.info().outputPath('scheduled-published-by-site.png') })

  await page.getByRole('button', { name: 'Back to the desk' }).click()
  await expect(page.getByRole('link', { name: 'Scheduled, 0 articles' })).toBeVisible()
  // The site's own posts (its sample post) come into the desk too: the view lists ours among them.
  await page.getByRole('link', { name: /^Published today, / }).click()
  await expect(page.getByRole('heading', { name: 'Published today' })).toBeVisible()
  await expect(page.getByText('Bakou reprend le Karabakh')).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('scheduled-published-today.png') })
})
