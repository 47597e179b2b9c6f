import { useCallback, useEffect, useSyncExternalStore } from 'react'
import { isDeskViewName, type DeskViewName } from '@shared/workflow/deskViews'
import { failedRoute } from './failedRoute'

export type Route =
  | { view: 'desk' }
  | { view: 'trash' }
  | { view: 'photos' }
  | { view: 'article'; id: string }
  | { view: 'queue'; name: DeskViewName }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '')
  const [first, second] = path.split('/')
  if (first === 'article' && second) return { view: 'article', id: decodeURIComponent(second) }
  if (first === 'trash') return { view: 'trash' }
  if (first === 'queue' && second && isDeskViewName(second)) return { view: 'queue', name: second }
  if (first === 'photos') return { view: 'photos' }
  return { view: 'desk' }
}

export function routeToHash(route: Route): string {
  if (route.view === 'article') return `#/article/${encodeURIComponent(route.id)}`
  if (route.view === 'queue') return `#/queue/${route.name}`
  return `#/${route.view}`
}

const LAST_ROUTE_KEY = 'copydesk:lastRoute'

/**
 * Where the app opens: the URL hash when there is one (a reload), otherwise the view that was
 * open when the app last ran — so after a crash or a restart the reporter is back in their article.
 * Except a view that failed to show last time: the app opens on the desk and returns that view's
 * hash, so the user can be told and open it again themselves.
 */
export function restoreLastRoute(): string | null {
  const wanted = location.hash || localStorage.getItem(LAST_ROUTE_KEY)
  if (!wanted) return null
  const failed = failedRoute()
  if (failed !== null && routeToHash(parseRoute(wanted)) === failed) {
    history.replaceState(null, '', routeToHash({ view: 'desk' }))
    return failed
  }
  if (!location.hash) history.replaceState(null, '', wanted)
  return null
}

/** The current view lives in the URL hash, so a reload (or a crash) reopens the same article. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(
    (onChange) => {
      addEventListener('hashchange', onChange)
      return () => removeEventListener('hashchange', onChange)
    },
    () => location.hash,
  )
  const navigate = useCallback((route: Route) => {
    location.hash = routeToHash(route)
  }, [])
  useEffect(() => localStorage.setItem(LAST_ROUTE_KEY, routeToHash(parseRoute(hash))), [hash])
  return [parseRoute(hash), navigate]
}
