/**
 * A small client for the WordPress REST API: Node's fetch, Basic auth with an Application
 * Password, a timeout on every request (AbortSignal), and errors sorted into kinds the sync and the
 * account setup can act on. No Electron here: it runs in plain Node in tests.
 */

export type WordPressErrorKind =
  | 'no-such-host' // the name does not resolve
  | 'unreachable' // refused, reset, offline
  | 'timeout' // no answer in time
  | 'http' // the site answered with an error status (see status, code)
  | 'bad-response' // the site answered 2xx with something that is not the expected JSON

export class WordPressError extends Error {
  constructor(
    readonly kind: WordPressErrorKind,
    message: string,
    readonly details: { status?: number; code?: string; retryAfterMs?: number; body?: unknown } = {},
  ) {
    super(message)
    this.name = 'WordPressError'
  }

  get status(): number | undefined {
    return this.details.status
  }

  /** WordPress's own error code (`rest_cannot_publish`, `incorrect_password`…), when it sent one. */
  get code(): string | undefined {
    return this.details.code
  }

  /** The site could not be reached at all: we are offline, or it is down. */
  get isNetwork(): boolean {
    return this.kind === 'no-such-host' || this.kind === 'unreachable' || this.kind === 'timeout'
  }

  /** Worth trying again later, unchanged. */
  get isRetryable(): boolean {
    const status = this.details.status ?? 0
    return this.isNetwork || status === 408 || status === 429 || status >= 500
  }
}

export type WordPressCredentials = { username: string; applicationPassword: string }

export type WordPressClientOptions = {
  /** The REST API root, e.g. `https://example.org/wp-json/` or `https://example.org/?rest_route=/`. */
  apiRoot: string
  credentials?: WordPressCredentials
  timeoutMs?: number
  fetch?: typeof fetch
}

export type RequestOptions = {
  query?: Record<string, string | number | boolean | undefined>
  json?: unknown
  body?: Uint8Array
  headers?: Record<string, string>
  timeoutMs?: number
  /** Send without credentials (discovery). */
  anonymous?: boolean
  /** Aborts the request (the sync stopping); the timeout applies as well. */
  signal?: AbortSignal
}

export type WordPressResponse<T> = { status: number; data: T; headers: Headers }

const networkCodes: Record<string, WordPressErrorKind> = {
  ENOTFOUND: 'no-such-host',
  EAI_AGAIN: 'no-such-host',
  EAI_NONAME: 'no-such-host',
  ECONNREFUSED: 'unreachable',
  ECONNRESET: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETUNREACH: 'unreachable',
  EPIPE: 'unreachable',
  UND_ERR_SOCKET: 'unreachable',
  UND_ERR_CLOSED: 'unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'timeout',
  UND_ERR_HEADERS_TIMEOUT: 'timeout',
  UND_ERR_BODY_TIMEOUT: 'timeout',
}

/** The deepest `code` in an error's cause chain (undici wraps the socket error). */
function causeCode(error: unknown): string | undefined {
  let current: unknown = error
  let code: string | undefined
  for (let depth = 0; current && depth < 5; depth++) {
    const candidate = (current as { code?: unknown }).code
    if (typeof candidate === 'string') code = candidate
    current = (current as { cause?: unknown }).cause
  }
  return code
}

/** Turns what fetch threw into a WordPressError. */
export function networkError(error: unknown, url: string): WordPressError {
  if (error instanceof WordPressError) return error
  const name = (error as { name?: string })?.name
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new WordPressError('timeout', `${new URL(url).host} did not answer in time`)
  }
  const code = causeCode(error)
  const kind = (code && networkCodes[code]) || 'unreachable'
  const host = new URL(url).host
  const message =
    kind === 'no-such-host' ? `${host} was not found (${code})` : `${host} cannot be reached (${code ?? String(error)})`
  return new WordPressError(kind, message)
}

/** Retry-After in milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export function basicAuth({ username, applicationPassword }: WordPressCredentials): string {
  // Application Passwords are shown with spaces; WordPress ignores them, so do we.
  const password = applicationPassword.replace(/\s+/g, '')
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`
}

export class WordPressClient {
  readonly apiRoot: string
  private readonly credentials?: WordPressCredentials
  private readonly timeoutMs: number
  private readonly fetch: typeof fetch

  constructor(options: WordPressClientOptions) {
    this.apiRoot = options.apiRoot
    this.credentials = options.credentials
    this.timeoutMs = options.timeoutMs ?? 20_000
    this.fetch = options.fetch ?? globalThis.fetch
  }

  /** The URL of `route` (e.g. `wp/v2/posts`) under the API root, in either permalink style. */
  url(route: string, query: RequestOptions['query'] = {}): string {
    const root = new URL(this.apiRoot)
    const path = route.replace(/^\/+/, '')
    let url: URL
    if (root.searchParams.has('rest_route')) {
      url = root
      url.searchParams.set('rest_route', `/${path}`)
    } else {
      url = new URL(path, root.href.endsWith('/') ? root.href : `${root.href}/`)
    }
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    return url.href
  }

  async request<T = unknown>(method: string, route: string, options: RequestOptions = {}): Promise<WordPressResponse<T>> {
    const url = this.url(route, options.query)
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers }
    if (this.credentials && !options.anonymous) headers.authorization = basicAuth(this.credentials)
    let body: string | Uint8Array | undefined = options.body
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    }
    let response: Response
    let text: string
    try {
      response = await this.fetchSameOrigin(url, {
        method,
        headers,
        body: body as RequestInit['body'],
        signal: options.signal
          ? AbortSignal.any([options.signal, AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs)])
          : AbortSignal.timeout(options.timeoutMs ?? this.timeoutMs),
      })
      text = await response.text()
    } catch (error) {
      throw networkError(error, url)
    }
    let data: unknown
    try {
      data = text === '' ? null : JSON.parse(text)
    } catch {
      data = undefined
    }
    if (!response.ok) {
      const error = (data ?? {}) as { code?: unknown; message?: unknown }
      const code = typeof error.code === 'string' ? error.code : undefined
      const detail = typeof error.message === 'string' ? error.message : text.slice(0, 200).trim()
      throw new WordPressError('http', `${method} ${route}: HTTP ${response.status}${detail ? ` — ${detail}` : ''}`, {
        status: response.status,
        code,
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        body: data,
      })
    }
    if (data === undefined) {
      throw new WordPressError('bad-response', `${method} ${route}: the answer is not JSON (${text.slice(0, 80).trim()}…)`, {
        status: response.status,
      })
    }
    return { status: response.status, data: data as T, headers: response.headers }
  }

  /**
   * The bytes at `url` (a media file): through this client's fetch, timeout and error kinds like
   * every other request, at most `maxBytes` (more is a bad-response error, read no further). The
   * account's credentials go only to the API root's own origin: media on a CDN is fetched without them.
   */
  async download(url: string, options: { maxBytes: number; signal?: AbortSignal; timeoutMs?: number }): Promise<Uint8Array> {
    const target = new URL(url)
    if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new WordPressError('bad-response', `Not a web address: ${url}`)
    const headers: Record<string, string> = {}
    if (this.credentials && target.origin === new URL(this.apiRoot).origin) headers.authorization = basicAuth(this.credentials)
    const timeout = AbortSignal.timeout(options.timeoutMs ?? 120_000)
    try {
      const response = await this.fetchSameOrigin(target.href, { headers, signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout }, true)
      if (!response.ok) {
        await response.body?.cancel()
        throw new WordPressError('http', `GET ${target.pathname}: HTTP ${response.status}`, { status: response.status, retryAfterMs: parseRetryAfter(response.headers.get('retry-after')) })
      }
      const tooLarge = () => new WordPressError('bad-response', `${target.pathname} is larger than ${options.maxBytes} bytes`, { status: response.status })
      if (Number(response.headers.get('content-length') ?? 0) > options.maxBytes) {
        await response.body?.cancel()
        throw tooLarge()
      }
      const chunks: Uint8Array[] = []
      let size = 0
      for await (const chunk of response.body ?? []) {
        size += chunk.length
        if (size > options.maxBytes) throw tooLarge()
        chunks.push(chunk)
      }
      return new Uint8Array(Buffer.concat(chunks))
    } catch (error) {
      throw networkError(error, target.href)
    }
  }

  /**
   * fetch, following redirects within the URL's origin only: a redirect elsewhere (another host,
   * port or scheme) is refused, so the account's credentials never follow it (an error with
   * code `copydesk_cross_origin_redirect`), unless `elsewhereWithoutCredentials`, when it is
   * followed without them (media on a CDN).
   */
  private async fetchSameOrigin(url: string, init: RequestInit & { headers: Record<string, string> }, elsewhereWithoutCredentials = false): Promise<Response> {
    let current = new URL(url)
    let headers = init.headers
    for (let hop = 0; ; hop++) {
      const response = await this.fetch(current.href, { ...init, headers, redirect: 'manual' })
      const location = response.headers.get('location')
      if (response.status < 300 || response.status >= 400 || !location) return response
      await response.body?.cancel()
      const next = new URL(location, current)
      if (hop >= 5) throw new WordPressError('http', `${current.host} redirects too many times`, { status: response.status })
      if (next.origin !== new URL(url).origin) {
        if (!elsewhereWithoutCredentials) {
          throw new WordPressError('http', `${current.origin} redirects to another site, ${next.origin}: not followed`, {
            status: response.status,
            code: 'copydesk_cross_origin_redirect',
          })
        }
        headers = Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
      }
      current = next
    }
  }

  get<T = unknown>(route: string, options?: RequestOptions): Promise<WordPressResponse<T>> {
    return this.request<T>('GET', route, options)
  }

  post<T = unknown>(route: string, json: unknown, options?: RequestOptions): Promise<WordPressResponse<T>> {
    return this.request<T>('POST', route, { ...options, json })
  }
}
