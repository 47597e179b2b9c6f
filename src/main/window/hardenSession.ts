import type { Session } from 'electron'
import { contentSecurityPolicy } from './contentSecurityPolicy'

/** Writing to the clipboard is the only permission the editor uses. */
const allowedPermissions = new Set(['clipboard-sanitized-write'])

/**
 * Session-wide defences, set once: deny every permission we do not use (camera, geolocation,
 * notifications…) and send the CSP as a header on top of the meta tag in index.html.
 */
export function hardenSession(session: Session, options: { isDev: boolean }): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(allowedPermissions.has(permission))
  })
  session.setPermissionCheckHandler((_contents, permission) => allowedPermissions.has(permission))

  // Vite's dev server needs an inline preamble and a websocket, which this policy forbids;
  // in dev the page's own meta tag governs.
  if (options.isDev) return
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders }
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name]
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [contentSecurityPolicy] } })
  })
}
