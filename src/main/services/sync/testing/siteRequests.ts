import type { Site, SiteUser } from '../../../../../scripts/wordpress/site.mjs'

export type SiteResponse = { status: number; body: unknown; headers: Headers }

/** Plain HTTP to the test site as one of its users (Basic auth with their Application Password). */
export function asUser(site: Site, role: SiteUser['role'] | 'anonymous') {
  const user = role === 'anonymous' ? undefined : site.users[role]
  const headers: Record<string, string> = {}
  if (user) headers.authorization = `Basic ${Buffer.from(`${user.username}:${user.applicationPassword}`).toString('base64')}`
  async function request(method: string, route: string, body?: unknown): Promise<SiteResponse> {
    const response = await fetch(`${site.url}/wp-json/${route.replace(/^\//, '')}`, {
      method,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      /* not JSON: kept as text */
    }
    return { status: response.status, body: parsed, headers: response.headers }
  }
  return {
    user,
    get: (route: string) => request('GET', route),
    post: (route: string, body?: unknown) => request('POST', route, body ?? {}),
    del: (route: string) => request('DELETE', route),
    request,
  }
}
