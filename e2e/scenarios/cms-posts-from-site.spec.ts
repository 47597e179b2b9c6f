import type { Page } from '@playwright/test'
import { siteUsers } from '../../scripts/wordpress/site.mjs'
import { asUser } from '../../src/main/services/sync/testing/siteRequests'
import { cspReportOfInertHandlers, type PageGlobals } from '../fixtures'
import { expect, test, type Site } from '../fixtures/wordpress'
import { connectToSite, fileAndWait } from '../support/siteSupport'

// page.evaluate callbacks run in the app window (e2e code has no DOM types).
declare const window: PageGlobals & { pwned?: number }
declare const location: { hash: string }

type Post = { id: number; title: { raw: string }; content: { raw: string }; meta: { copydesk_uuid: string } }

const listedStatuses = 'draft,pending,future,publish,private'

/** Every post the editor's pull looks at: each comes into a fresh desk (made here, or filed by another desk). */
async function postsOnSite(site: Site): Promise<number> {
  const answer = await asUser(site, 'editor').get(`wp/v2/posts?status=${listedStatuses}&per_page=1&context=edit`)
  return Number(answer.headers.get('x-wp-total'))
}

const displayName = (role: string) => siteUsers.find((user) => user.role === role)!.displayName

async function openBySearch(page: Page, words: string) {
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(words)
  const found = page.getByRole('grid', { name: 'Articles' }).getByRole('button', { name: /^Open / })
  await expect(found).toHaveCount(1)
  await found.click()
}

test('posts written in wp-admin by a reporter come into the editor’s desk with their fields, hostile markup as text, once; edited and filed, the same post changes', async ({
  copydesk,
  wordpress,
}) => {
  copydesk.pageErrors.allow(cspReportOfInertHandlers) // the post's onerror/onclick; window.pwned is checked below
  const reporter = asUser(wordpress, 'author')
  const admin = asUser(wordpress, 'administrator')
  const stamp = Date.now().toString(36)
  const category = (await admin.post('wp/v2/categories', { name: 'Environnement' })).body as { id: number }
  const tag = (await admin.post('wp/v2/tags', { name: `crue-${stamp}` })).body as { id: number }

  // In wp-admin, the administrator (allowed unfiltered HTML) writes a story with markup and script in
  // it, and the reporter a batch of dispatches.
  const hostile = await admin.post('wp/v2/posts', {
    title: `Crue de la Loire ${stamp}`,
    excerpt: 'Le fleuve a passé la cote d’alerte.',
    content:
      '<p>Le niveau monte <strong>vite</strong>.<script>window.pwned=1</script></p>' +
      '<img src="x" onerror="window.pwned=2"><h1>Les digues tiennent</h1><p onclick="window.pwned=3">Les pompiers veillent.</p>',
    status: 'pending',
    categories: [category.id],
    tags: [tag.id],
  })
  expect(hostile.status, JSON.stringify(hostile.body)).toBe(201)
  const postId = (hostile.body as Post).id
  expect(((await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as Post).content.raw).toContain('<script>')
  for (let i = 1; i <= 12; i++) {
    const made = await reporter.post('wp/v2/posts', { title: `Dépêche n${String(i).padStart(2, '0')} ${stamp}`, content: `<p>Texte ${i}.</p>`, status: 'draft' })
    expect(made.status).toBe(201)
  }
  const total = await postsOnSite(wordpress)
  expect(total).toBeGreaterThanOrEqual(13)

  // The editor connects: the desk's pull brings them all, with a progress bar counting them.
  const { page } = copydesk
  await connectToSite(page, wordpress, 'editor')
  const progress = page.getByRole('progressbar', { name: 'Getting changes from the site' })
  await expect(progress).toHaveAttribute('max', String(total))
  await expect(progress).toHaveAttribute('value', String(total))
  await expect(progress).toHaveAttribute('aria-valuetext', `${total} of ${total} articles`)
  await page.screenshot({ path: test.info().outputPath('cms-pull-progress.png') })
  await expect(progress).toBeHidden()

  await openBySearch(page, `Crue ${stamp}`)
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveText(`Crue de la Loire ${stamp}`)
  await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveText('Le fleuve a passé la cote d’alerte.')
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue('Environnement')
  const adminName = ((await admin.get('wp/v2/users/me')).body as { name: string }).name
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue(adminName)
  await expect(page.getByRole('list', { name: 'Tags' })).toContainText(`crue-${stamp}`)
  const body = page.getByRole('textbox', { name: 'Article text' })
  await expect(body.locator('p')).toHaveText(['Le niveau monte vite.', 'Les pompiers veillent.'])
  await expect(body.locator('strong')).toHaveText('vite')
  await expect(body.getByRole('heading', { level: 2 })).toHaveText('Les digues tiennent')
  await expect(body.locator('img, script')).toHaveCount(0)
  await expect(page.getByRole('status', { name: 'Sync with the site' })).toHaveText('On Copydesk test site')
  expect(await page.evaluate(() => window.pwned)).toBeUndefined()
  await page.screenshot({ path: test.info().outputPath('cms-post-from-site.png') })
  const articleId = decodeURIComponent((await page.evaluate(() => location.hash)).replace('#/article/', ''))
  expect(((await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as Post).meta.copydesk_uuid).toBe(articleId)

  // Pulled again (the app reopened): still one article per post.
  await page.reload()
  await page.getByRole('button', { name: 'Back to the desk' }).click()
  await openBySearch(page, `Dépêche n07 ${stamp}`)
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue(displayName('author'))
  await page.getByRole('button', { name: 'Back to the desk' }).click()
  await page.getByRole('searchbox', { name: 'Search articles' }).fill(stamp)
  await expect(page.getByRole('grid', { name: 'Articles' }).getByRole('button', { name: /^Open / })).toHaveCount(13)

  // Edited in Copydesk and filed: the same post changes, and there is still one.
  await openBySearch(page, `Crue ${stamp}`)
  await page.getByRole('textbox', { name: 'Headline' }).click()
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText(' : alerte rouge')
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()
  // Filed: the same post, not a second one.
  expect((await fileAndWait(page)).postId).toBe(postId)
  const posts = (await admin.get(`wp/v2/posts?status=${listedStatuses}&search=${encodeURIComponent(stamp)}&per_page=100&context=edit`)).body as Post[]
  expect(posts.filter((post) => post.title.raw.startsWith('Crue de la Loire')).map((post) => [post.id, post.title.raw])).toEqual([
    [postId, `Crue de la Loire ${stamp} : alerte rouge`],
  ])
  expect(posts).toHaveLength(13)
})

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' })

  test('the progress bar of a filing batch is named and counted in French, and goes once the batch has ended', async ({ copydesk }) => {
    const { page } = copydesk
    await expect(page.getByRole('button', { name: 'Nouvel article' })).toBeVisible()
    // What main's outbox sends as it files a batch of eight articles (checked against the contract).
    await copydesk.emit('cms:progress', { operation: 'file', done: 3, total: 8, ended: false })
    const progress = page.getByRole('progressbar', { name: 'Envoi des articles au site' })
    await expect(progress).toHaveAttribute('max', '8')
    await expect(progress).toHaveAttribute('value', '3')
    await expect(progress).toHaveAttribute('aria-valuetext', '3 sur 8 articles')
    await copydesk.emit('cms:progress', { operation: 'photos', done: 1, total: 2, ended: false })
    await expect(page.getByRole('progressbar', { name: 'Envoi des photos au site' })).toHaveAttribute('aria-valuetext', '1 sur 2 photos')
    await copydesk.emit('cms:progress', { operation: 'file', done: 8, total: 8, ended: true })
    await expect(progress).toHaveAttribute('value', '8')
    await expect(progress).toBeHidden()
  })
})
