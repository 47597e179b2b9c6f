import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { type Site, startSite, stopSite } from '../../../../../scripts/wordpress/site.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    wordpress: Site
  }
}

/**
 * Vitest project "wordpress": one throw-away WordPress (MariaDB + php -S, Debian packages) for the
 * whole run, on free ports in a temporary folder; stopped and deleted afterwards. Missing packages
 * fail the run with the command that installs them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-wp-'))
  const site = await startSite({ dir })
  console.log(`[wordpress] test site at ${site.url} started in ${site.startedInMs} ms (${dir})`)
  project.provide('wordpress', site)
  return () => stopSite({ dir, purge: true })
}
