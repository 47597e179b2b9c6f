import { useCallback, useSyncExternalStore } from 'react'

export type Route = { view: 'desk' } | { view: 'trash' } | { view: 'article'; id: string }

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '')
  const [first, second] = path.split('/')
  if (first === 'article' && second) return { view: 'article', id: decodeURIComponent(second) }
  if (first === 'trash') return { view: 'trash' }
  return { view: 'desk' }
}

export function routeToHash(route: Route): string {
  return route.view === 'article' ? `#/article/${encodeURIComponent(route.id)}` : `#/${route.view}`
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
  return [parseRoute(hash), navigate]
}
