// A site on this computer (the newsroom's test site, a local WordPress) rarely has a certificate.
const LOOPBACK_HOST = /^(?:localhost|[\w-]+\.localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i

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
  if (!hasScheme && LOOPBACK_HOST.test(url.hostname)) url.protocol = 'http:'
  url.hash = ''
  url.search = ''
  url.pathname = url.pathname.replace(/\/(wp-json|wp-admin|wp-login\.php)(\/.*)?$/, '').replace(/\/+$/, '')
  return url
}
