import type { Page } from '@playwright/test'
import { startFaultProxy } from '../../src/main/services/sync/testing/faultProxy'
import { asUser } from '../../src/main/services/sync/testing/siteRequests'
import { exampleArticle } from '../support/exampleArticle'
import { expect, test, type Site } from '../fixtures/wordpress'
import { newArticle } from '../support/deskSupport'
import { connectToSite } from '../support/siteSupport'

// page.evaluate callbacks run in the app window (e2e code has no DOM types).
declare const location: { hash: string }

/** Wherever the app opened (the desk, or the article it showed last), go to this article. */
async function openArticle(page: Page, articleId: string) {
  await page.evaluate((id) => (location.hash = `#/article/${encodeURIComponent(id)}`), articleId)
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeVisible()
}

type Post = {
  id: number
  title: { raw: string }
  excerpt: { raw: string }
  content: { raw: string }
  status: string
  categories: number[]
  tags: number[]
  meta: { copydesk_uuid: string }
}

const standfirst = 'Des avions cargo azerbaïdjanais ont fait la navette avec une base israélienne avant l’offensive.'

/** The example article, typed into a new article; returns its id. */
async function writeExampleArticle(page: Page): Promise<string> {
  await newArticle(page)
  await page.getByRole('combobox', { name: 'Section' }).fill(exampleArticle.section)
  await page.getByRole('textbox', { name: 'Headline' }).fill(exampleArticle.headline)
  await page.getByRole('textbox', { name: 'Standfirst' }).fill(standfirst)
  await page.getByRole('textbox', { name: 'Article text' }).click()
  for (const [index, paragraph] of exampleArticle.body.entries()) {
    if (index > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(paragraph)
  }
  for (const tag of exampleArticle.tags) {
    await page.getByRole('textbox', { name: 'Add a tag' }).fill(tag)
    await page.getByRole('textbox', { name: 'Add a tag' }).press('Enter')
  }
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()
  return decodeURIComponent((await page.evaluate(() => location.hash)).replace('#/article/', ''))
}

async function postsOf(site: Site, articleId: string): Promise<Post[]> {
  const posts = (await asUser(site, 'administrator').get('wp/v2/posts?status=draft,pending,publish,future&per_page=100&context=edit')).body as Post[]
  return posts.filter((post) => post.meta.copydesk_uuid === articleId)
}

const syncState = (page: Page) => page.getByRole('status', { name: 'Sync with the site' })

test('an editor files the example article: the post on the site has its title, standfirst, text, section and tags', async ({ copydesk, wordpress }) => {
  const { page } = copydesk
  await connectToSite(page, wordpress)
  const articleId = await writeExampleArticle(page)
  await expect(syncState(page)).toHaveText('Saved locally, not on Copydesk test site yet')

  await page.getByRole('button', { name: 'File to site' }).click()
  await expect(syncState(page)).toHaveText('On Copydesk test site')
  await page.screenshot({ path: test.info().outputPath('cms-filed.png') })

  const [post, ...others] = await postsOf(wordpress, articleId)
  expect(others).toHaveLength(0)
  expect(post!.title.raw).toBe(exampleArticle.headline)
  expect(post!.excerpt.raw).toBe(standfirst)
  expect(post!.status).toBe('draft')
  const paragraphs = [...post!.content.raw.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1]!.replace(/&#39;/g, "'"))
  expect(paragraphs).toEqual(exampleArticle.body)
  const admin = asUser(wordpress, 'administrator')
  const category = (await admin.get(`wp/v2/categories/${post!.categories[0]}`)).body as { name: string }
  expect(category.name).toBe('International')
  const tags = await Promise.all(post!.tags.map(async (id) => ((await admin.get(`wp/v2/tags/${id}`)).body as { name: string }).name))
  expect(tags).toEqual(exampleArticle.tags)

  // Still synced after a restart; filing again updates the same post.
  await copydesk.restart()
  await expect(syncState(copydesk.page)).toHaveText('On Copydesk test site')
  await copydesk.page.getByRole('textbox', { name: 'Headline' }).fill(`${exampleArticle.headline} (mis à jour)`)
  await copydesk.page.getByRole('button', { name: 'File to site' }).click()
  await expect.poll(async () => (await postsOf(wordpress, articleId)).map((p) => p.title.raw)).toEqual([`${exampleArticle.headline} (mis à jour)`])
})

test('the app killed after the site created the post, before it heard back: after a restart, exactly one post', async ({ copydesk, wordpress }) => {
  // A loopback proxy in front of the site holds the answer to the create, after the site made the post.
  const proxy = await startFaultProxy(wordpress.url)
  try {
    await connectToSite(copydesk.page, { ...wordpress, url: proxy.url })
    const articleId = await writeExampleArticle(copydesk.page)
    proxy.rules.push({ match: /^POST .*copydesk\/v1\/articles/, fault: 'hold-answer', times: 1 })
    await copydesk.page.getByRole('button', { name: 'File to site' }).click()
    await proxy.whenHeld()
    expect(await postsOf(wordpress, articleId)).toHaveLength(1)
    await copydesk.restart({ crash: true })

    // The outbox survived the kill and is sent again on start; the plugin finds the post by its UUID.
    await openArticle(copydesk.page, articleId)
    await expect(syncState(copydesk.page)).toHaveText('On Copydesk test site')
    const posts = await postsOf(wordpress, articleId)
    expect(posts).toHaveLength(1)
    expect(posts[0]!.excerpt.raw).toBe(standfirst)
    expect(proxy.log.filter((entry) => /^POST .*copydesk\/v1\/articles/.test(entry.request))).toHaveLength(2)
  } finally {
    proxy.release()
    await proxy.close()
  }
})
