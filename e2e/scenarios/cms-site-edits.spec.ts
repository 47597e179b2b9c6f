import type { Page } from '@playwright/test'
import { asUser } from '../../src/main/services/sync/testing/siteRequests'
import type { PageGlobals } from '../fixtures'
import { newArticle } from '../support/deskSupport'
import { expect, test } from '../fixtures/wordpress'
import { connectToSite, fileAndWait } from '../support/siteSupport'

// page.evaluate callbacks run in the app window (e2e code has no DOM types).
declare const window: PageGlobals & { pwned?: number }

const body = (page: Page) => page.getByRole('textbox', { name: 'Article text' })
const syncState = (page: Page) => page.getByRole('status', { name: 'Sync with the site' })

test('an edit made in wp-admin while Copydesk has unsynced edits: the site’s headline merges in as text, its body is kept as a version, nothing runs, nothing is lost', async ({
  copydesk,
  wordpress,
}) => {
  const { page } = copydesk
  await connectToSite(page, wordpress)
  await newArticle(page)
  await page.getByRole('textbox', { name: 'Headline' }).fill('Crue de la Loire')
  await body(page).click()
  await page.keyboard.insertText('Premier paragraphe.')
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()
  const { postId } = await fileAndWait(page)

  // On the site, the administrator rewrites the headline (markup and script in it) and the body.
  const hostileHeadline = 'Crue de la Loire : <img src=x onerror="window.pwned=1"> alerte'
  const admin = asUser(wordpress, 'administrator')
  const edited = await admin.post(`wp/v2/posts/${postId}`, {
    title: hostileHeadline,
    content: '<p>Texte réécrit sur le site.<script>window.pwned=2</script></p>',
  })
  expect(edited.status).toBe(200)
  // Meanwhile, in Copydesk, a paragraph not yet filed.
  await body(page).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('Ajout local.')
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()

  await page.getByRole('button', { name: 'Get changes' }).click()
  const notice = page.getByRole('status').filter({ hasText: 'edited this article on the site' })
  await expect(notice).toHaveText(
    `${wordpress.users.administrator.username} edited this article on the site. Both versions are kept: yours here, theirs in Versions as “Site version by ${wordpress.users.administrator.username}”.`,
  )
  // The headline changed only on the site: it comes in, its markup as plain characters.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveText(hostileHeadline)
  await expect(page.getByRole('textbox', { name: 'Headline' }).locator('img')).toHaveCount(0)
  await expect(body(page).locator('p')).toHaveText(['Premier paragraphe.', 'Ajout local.'])
  expect(await page.evaluate(() => window.pwned)).toBeUndefined()
  // The site's version is kept among the article's versions, under its name.
  await expect(page.getByRole('list', { name: 'Saved versions' }).getByText(`Site version by ${wordpress.users.administrator.username}`)).toBeAttached()
  // The article's history says who edited it on the site.
  await expect(page.getByRole('list', { name: 'History' }).getByRole('listitem').first()).toContainText(
    `Edited on the site by ${wordpress.users.administrator.username}`,
  )
  await page.screenshot({ path: test.info().outputPath('cms-site-edit.png') })

  // Filed again: the merged article goes to the site, the headline escaped, the local paragraph in.
  await fileAndWait(page)
  await expect(syncState(page)).toHaveText('On Copydesk test site')
  const post = (await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as { title: { raw: string }; content: { raw: string } }
  expect(post.title.raw).toBe('Crue de la Loire : &lt;img src=x onerror="window.pwned=1"&gt; alerte')
  expect(post.content.raw).toBe('<p>Premier paragraphe.</p>\n<p>Ajout local.</p>')
})
