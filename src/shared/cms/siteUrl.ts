/** Loopback addresses: plain http is safe there (nothing leaves the computer). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase()
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host)
}

/**
 * The site's base address from what the user typed: a bare domain is taken as https (http for a
 * loopback host such as 127.0.0.1:8881 or localhost), no credentials, no trailing /wp-json or /wp-admin.
 */
export function normaliseSiteUrl(input: string): URL | undefined {
  const typed = input.trim()
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed)
  let url: URL
  try {
    url = new URL(hasScheme ? typed : `https://${typed}`)
  } catch {
    return undefined
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || !url.hostname) return undefined
  // A site on this computer (a local WordPress) rarely has a certificate.
  if (!hasScheme && isLoopback(url.hostname)) url.protocol = 'http:'
  url.hash = ''
  url.search = ''
  url.pathname = url.pathname.replace(/\/(wp-json|wp-admin|wp-login\.php)(\/.*)?$/, '').replace(/\/+$/, '')
  return url
}
