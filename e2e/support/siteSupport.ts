import { expect, type Page } from '@playwright/test'
import type { PageGlobals } from '../fixtures'
import type { Site } from '../fixtures/wordpress'

// page.evaluate callbacks run in the app window (e2e code has no DOM types).
declare const window: PageGlobals
declare const location: { hash: string }

/** Connects the app to the test site as one of its users, through the contract, and reloads. */
export async function connectToSite(page: Page, site: Site, role: keyof Site['users'] = 'editor'): Promise<void> {
  const user = site.users[role]
  const result = await page.evaluate((request) => window.copydesk.cms.connect(request), {
    siteUrl: site.url,
    username: user.username,
    applicationPassword: user.applicationPassword,
  })
  expect(result).toMatchObject({ ok: true, value: { ok: true } })
  await page.reload()
}

/**
 * Files the open article and waits until this filing (not an earlier one) is on the site. A failure
 * shows the state and its reason (why the filing did not go through).
 */
export async function fileAndWait(page: Page): Promise<{ articleId: string; postId: number }> {
  const articleId = decodeURIComponent((await page.evaluate(() => location.hash)).replace('#/article/', ''))
  const clickedAt = Date.now()
  await page.getByRole('button', { name: 'File to site' }).click()
  let postId: number | undefined
  await expect
    .poll(
      async () => {
        const answer = await page.evaluate((id) => window.copydesk.cms.articleState({ articleId: id }), articleId)
        if (!answer.ok) return 'unknown'
        postId = answer.value.postId
        return `${answer.value.state}${(answer.value.syncedAt ?? 0) >= clickedAt ? '' : ' (earlier)'} ${answer.value.reason?.message ?? ''}`.trim()
      },
      { timeout: 30_000 },
    )
    .toBe('synced')
  return { articleId, postId: postId! }
}
