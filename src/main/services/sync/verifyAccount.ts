import { cmsCapabilities, type CmsAccount, type CmsFailureKind } from '@shared/cms/account'
import { isLoopback, normaliseSiteUrl } from '@shared/cms/siteUrl'
import { networkError, WordPressClient, WordPressError, type WordPressCredentials } from './WordPressClient'

export type Verified = { ok: true; account: CmsAccount; apiRoot: string }
export type VerifyFailure = { ok: false; failure: CmsFailureKind; detail: string }

type RestIndex = {
  name?: unknown
  namespaces?: unknown
  authentication?: Record<string, unknown>
}

type Me = {
  id: number
  username?: string
  name?: string
  roles?: string[]
  capabilities?: Record<string, boolean>
}

// Codes the "disable REST API" plugins and filters answer with.
const restDisabledCodes = new Set(['rest_disabled', 'rest_login_required', 'rest_cannot_access', 'rest_not_logged_in', 'rest_api_disabled'])
const wrongPasswordCodes = new Set(['incorrect_password', 'invalid_username', 'invalid_email', 'rest_not_logged_in'])
const noApplicationPasswordCodes = new Set(['application_passwords_disabled', 'application_passwords_disabled_for_user'])

const fail = (failure: CmsFailureKind, detail: string): VerifyFailure => ({ ok: false, failure, detail })

function failureFromNetwork(error: WordPressError): VerifyFailure {
  if (error.kind === 'no-such-host') return fail('no-such-host', error.message)
  if (error.kind === 'timeout') return fail('timeout', error.message)
  return fail('unreachable', error.message)
}

function isIndex(data: unknown): data is RestIndex & { namespaces: string[] } {
  return typeof data === 'object' && data !== null && Array.isArray((data as RestIndex).namespaces)
}

/** The REST API root the site advertises in its `Link: <…>; rel="https://api.w.org/"` header. */
function advertisedApiRoot(headers: Headers): string | undefined {
  const link = headers.get('link') ?? ''
  return /<([^>]+)>\s*;\s*rel="https:\/\/api\.w\.org\/"/.exec(link)?.[1]
}

type Discovery = { ok: true; apiRoot: string; index: RestIndex & { namespaces: string[] } } | VerifyFailure

/** Finds the REST API of the site at `base`, or says why there is none. */
async function discover(base: URL, fetchImpl: typeof fetch, timeoutMs: number): Promise<Discovery> {
  const tryRoot = async (apiRoot: string): Promise<Discovery | 'absent'> => {
    const client = new WordPressClient({ apiRoot, fetch: fetchImpl, timeoutMs })
    try {
      const { data } = await client.get('', { anonymous: true })
      if (!isIndex(data)) return 'absent'
      if (!data.namespaces.includes('wp/v2')) return fail('rest-disabled', 'The REST API answers without the wp/v2 routes')
      return { ok: true, apiRoot, index: data }
    } catch (error) {
      if (!(error instanceof WordPressError)) throw error
      if (error.isNetwork) return failureFromNetwork(error)
      if (error.code === 'copydesk_cross_origin_redirect') return fail('cross-origin-redirect', error.message)
      if (error.code && restDisabledCodes.has(error.code)) return fail('rest-disabled', error.message)
      if ((error.status ?? 0) >= 500) return fail('server-error', error.message)
      return 'absent'
    }
  }

  const conventional = await tryRoot(`${base.href.replace(/\/$/, '')}/wp-json/`)
  if (conventional !== 'absent') return conventional

  // Not at /wp-json/ (plain permalinks, or a moved API): ask the home page where it is.
  let home: Response
  let html: string
  try {
    home = await fetchImpl(base.href, { redirect: 'manual', signal: AbortSignal.timeout(timeoutMs) })
    html = await home.text()
  } catch (error) {
    return failureFromNetwork(networkError(error, base.href))
  }
  const moved = home.status >= 300 && home.status < 400 ? home.headers.get('location') : null
  if (moved && new URL(moved, base).origin !== base.origin) {
    return fail('cross-origin-redirect', `${base.origin} redirects to ${new URL(moved, base).origin}: connect to that address instead`)
  }
  const advertised = advertisedApiRoot(home.headers)
  if (advertised) {
    // The account's password goes to the address the user typed, never to one a page names.
    let advertisedUrl: URL | undefined
    try {
      advertisedUrl = new URL(advertised, base)
    } catch {
      advertisedUrl = undefined
    }
    if (advertisedUrl?.origin !== base.origin) {
      return fail('other-origin', `The site advertises its REST API at ${advertised}, on another address than ${base.origin}: not used`)
    }
    const found = await tryRoot(advertised)
    if (found !== 'absent') return found
    return fail('rest-disabled', `The site advertises its REST API at ${advertised}, but it does not answer there`)
  }
  if (/\/wp-(content|includes)\//.test(html)) {
    return fail('rest-disabled', 'This looks like WordPress, but its REST API does not answer')
  }
  return fail('not-wordpress', `${base.host} answers, but not as a WordPress site (no REST API at /wp-json/)`)
}

/**
 * Checks, step by step, that `siteUrl` is a WordPress site whose REST API this user can sign in to
 * with this Application Password; returns who they are there and what they may do.
 */
export async function verifyAccount(
  request: { siteUrl: string } & WordPressCredentials,
  options: { fetch?: typeof fetch; timeoutMs?: number; now?: () => Date } = {},
): Promise<Verified | VerifyFailure> {
  const fetchImpl = options.fetch ?? globalThis.fetch
  const timeoutMs = options.timeoutMs ?? 15_000
  const base = normaliseSiteUrl(request.siteUrl)
  if (!base) return fail('invalid-url', `“${request.siteUrl}” is not a web address (http or https)`)
  // The password travels with every request: in the clear only to this computer itself.
  if (base.protocol === 'http:' && !isLoopback(base.hostname)) return fail('insecure-url', `${base.origin} is plain http: Copydesk connects over https only`)

  const discovery = await discover(base, fetchImpl, timeoutMs)
  if (!discovery.ok) return discovery
  const { apiRoot, index } = discovery
  if (index.authentication && !('application-passwords' in index.authentication)) {
    return fail(
      'application-passwords-unavailable',
      'The site does not accept Application Passwords (they need https, or WP_ENVIRONMENT_TYPE local, and may be turned off)',
    )
  }

  const client = new WordPressClient({ apiRoot, credentials: request, fetch: fetchImpl, timeoutMs })
  let me: Me
  try {
    me = (await client.get<Me>('wp/v2/users/me', { query: { context: 'edit' } })).data
  } catch (error) {
    if (!(error instanceof WordPressError)) throw error
    if (error.isNetwork) return failureFromNetwork(error)
    if (error.code === 'copydesk_cross_origin_redirect') return fail('cross-origin-redirect', error.message)
    if (error.code && noApplicationPasswordCodes.has(error.code)) return fail('application-passwords-unavailable', error.message)
    if (error.status === 401 || (error.code && wrongPasswordCodes.has(error.code))) return fail('wrong-password', error.message)
    if (error.code && restDisabledCodes.has(error.code)) return fail('rest-disabled', error.message)
    if ((error.status ?? 0) >= 500) return fail('server-error', error.message)
    return fail('not-wordpress', error.message)
  }
  if (typeof me?.id !== 'number') return fail('not-wordpress', 'users/me did not describe a WordPress user')

  const pluginInstalled = index.namespaces.includes('copydesk/v1')
  let pluginVersion: string | null = null
  if (pluginInstalled) {
    try {
      const info = (await client.get<{ version?: unknown }>('copydesk/v1/info')).data
      pluginVersion = typeof info.version === 'string' ? info.version : null
    } catch {
      /* the namespace is there; its version is a nicety */
    }
  }
  const granted = me.capabilities ?? {}
  const account: CmsAccount = {
    siteUrl: base.href.replace(/\/$/, ''),
    siteName: typeof index.name === 'string' ? index.name : base.host,
    username: me.username ?? request.username,
    displayName: me.name ?? request.username,
    userId: me.id,
    roles: me.roles ?? [],
    capabilities: cmsCapabilities.filter((capability) => granted[capability] === true),
    plugin: { installed: pluginInstalled, version: pluginVersion },
    connectedAt: (options.now?.() ?? new Date()).toISOString(),
  }
  return { ok: true, account, apiRoot }
}
