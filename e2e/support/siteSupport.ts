import { expect, type Page } from '@playwright/test'
import type { PageGlobals } from '../fixtures'
import type { Site } from '../fixtures/wordpress'

// page.evaluate callbacks run in the app window (e2e code has no DOM types).
declare const window: PageGlobals

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
