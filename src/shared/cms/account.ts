import { z } from 'zod'

/**
 * Why connecting to a WordPress site failed, one kind per thing the user can do something about.
 * The renderer turns each into a sentence (i18n `cms.failure.<kind>`).
 */
export const cmsFailureKinds = [
  'invalid-url', // not an http(s) address
  'insecure-url', // plain http to another computer: the password would travel in the clear
  'other-origin', // the site advertises its REST API on another address
  'cross-origin-redirect', // the site redirects to another address
  'no-such-host', // the name does not resolve
  'unreachable', // nothing answers (offline, refused, reset)
  'timeout', // it answered too slowly
  'not-wordpress', // a web site, but no WordPress REST API
  'rest-disabled', // WordPress, but its REST API is turned off
  'wrong-password', // unknown user or wrong application password
  'application-passwords-unavailable', // the site does not accept Application Passwords (https only, or disabled)
  'server-error', // the site failed (5xx)
  'secrets-unavailable', // no OS keychain to keep the password safely
] as const
export type CmsFailureKind = (typeof cmsFailureKinds)[number]

/** Capabilities the UI decides on (a subset of WordPress's). */
export const cmsCapabilities = [
  'edit_posts',
  'edit_others_posts',
  'edit_published_posts',
  'publish_posts',
  'delete_posts',
  'upload_files',
  'manage_categories',
] as const

export const cmsAccountSchema = z.object({
  siteUrl: z.string(),
  siteName: z.string(),
  username: z.string(),
  displayName: z.string(),
  userId: z.number().int(),
  roles: z.array(z.string()),
  capabilities: z.array(z.enum(cmsCapabilities)),
  /** The Copydesk companion plugin: without it, UUIDs, the Yjs log and workflow status are unavailable. */
  plugin: z.object({ installed: z.boolean(), version: z.string().nullable() }),
  connectedAt: z.string(),
})
export type CmsAccount = z.infer<typeof cmsAccountSchema>

export const cmsStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('disconnected') }),
  z.object({ state: z.literal('connected'), account: cmsAccountSchema }),
])
export type CmsStatus = z.infer<typeof cmsStatusSchema>

export const cmsConnectRequestSchema = z.object({
  siteUrl: z.string().trim().min(1).max(2048),
  username: z.string().trim().min(1).max(200),
  applicationPassword: z.string().trim().min(1).max(200),
})
export type CmsConnectRequest = z.infer<typeof cmsConnectRequestSchema>

export const cmsConnectResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), account: cmsAccountSchema }),
  z.object({ ok: z.literal(false), failure: z.enum(cmsFailureKinds), detail: z.string() }),
])
export type CmsConnectResult = z.infer<typeof cmsConnectResultSchema>
