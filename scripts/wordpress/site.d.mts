// Types for site.mjs, for the TypeScript test setups that start the site.
export type SiteUser = {
  id: number
  role: 'administrator' | 'editor' | 'author' | 'contributor'
  username: string
  password: string
  applicationPassword: string
}
export type Site = {
  url: string
  port: number
  dbPort: number
  dir: string
  configName: string
  users: Record<SiteUser['role'], SiteUser>
  startedInMs: number
}
/** The users every site gets, one per role Copydesk cares about. */
export const siteUsers: readonly { role: SiteUser['role']; username: string; displayName: string }[]
export const defaultSiteDir: string
export const defaultPort: number
export function freePort(): Promise<number>
export function siteStatus(dir?: string): Site | undefined
export function startSite(options?: { dir?: string; port?: number; fresh?: boolean }): Promise<Site>
export function stopSite(options?: { dir?: string; purge?: boolean }): Promise<void>
export function startFrontDoor(site: Site, testSwitch: 'no-plugin' | 'rest-disabled'): Promise<{ url: string; stop: () => Promise<void> }>
