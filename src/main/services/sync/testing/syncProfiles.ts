import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect } from 'vitest'
import type { SiteUser } from '../../../../../scripts/wordpress/site.mjs'
import { SecretStoreDouble } from '../../../../../e2e/fixtures/secretStoreDouble'
import { CmsAccountService } from '../CmsAccountService'
import { SyncService } from '../SyncService'

export type ProfileOptions = { siteUrl?: string; now?: () => number; compactLogAfterRows?: number }

/**
 * For WordPress tests: Copydesk profiles against the test site — each its own folder, an account
 * connected as `user` (the keychain is the test double) and a sync service — disposed and removed
 * after each test of the file that calls this.
 */
export function useSyncProfiles(site: { url: string }): (user: SiteUser, options?: ProfileOptions) => Promise<SyncService> {
  const dirs: string[] = []
  const services: SyncService[] = []
  afterEach(async () => {
    await Promise.all(services.splice(0).map((service) => service.dispose()))
    await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
  })
  return async (user, { siteUrl = site.url, now, compactLogAfterRows } = {}) => {
    const dir = await mkdtemp(join(tmpdir(), `copydesk-profile-${user.username}-`))
    dirs.push(dir)
    const account = new CmsAccountService(join(dir, 'cms-account.json'), new SecretStoreDouble())
    expect((await account.connect({ siteUrl, username: user.username, applicationPassword: user.applicationPassword })).ok).toBe(true)
    const sync = new SyncService({ file: join(dir, 'cms-sync.json'), account, ...(now ? { now } : {}), ...(compactLogAfterRows ? { compactLogAfterRows } : {}) })
    services.push(sync)
    return sync
  }
}
