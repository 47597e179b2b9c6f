const allowedProtocols = new Set(['http:', 'https:', 'mailto:'])

/**
 * Whether a link may be handed to the operating system (`shell.openExternal`). Anything else —
 * file:, javascript:, custom app schemes — could run or open local things, so it is refused.
 */
export function isSafeExternalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (!allowedProtocols.has(parsed.protocol)) return false
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0
  // `https://bank.example@evil.example` reads like one site and opens another.
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === ''
}
