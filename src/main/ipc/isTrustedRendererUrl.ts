/** Where our renderer is loaded from: the built index.html, or Vite's dev server during `npm run dev`. */
export type RendererLocation = {
  /** file: URL of out/renderer/index.html. */
  indexFileUrl: string
  /** ELECTRON_RENDERER_URL, set by electron-vite in dev only. */
  devServerUrl?: string
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/**
 * Whether a frame showing `url` is our own renderer, and so may call main. Anything else — a page
 * navigated to by mistake, about:blank, another local file — is refused.
 */
export function isTrustedRendererUrl(url: string, location: RendererLocation): boolean {
  const candidate = parse(url)
  if (!candidate) return false
  if (candidate.protocol === 'file:') {
    const index = parse(location.indexFileUrl)
    // Query and hash are the app's own routing; the file itself must be our index.html.
    return index?.protocol === 'file:' && candidate.host === index.host && candidate.pathname === index.pathname
  }
  const dev = location.devServerUrl ? parse(location.devServerUrl) : undefined
  return dev !== undefined && (dev.protocol === 'http:' || dev.protocol === 'https:') && candidate.origin === dev.origin
}
