import { useEffect } from 'react'
import { clearFailedRoute, failedRoute, ROUTE_SETTLED_MS } from './failedRoute'

/**
 * Placed inside the boundary of a view: once the view has shown for a while without failing, it may
 * be reopened at start again. A failure unmounts it first, so its timer never clears a fresh mark.
 */
export function RouteSettled({ hash }: { hash: string }) {
  useEffect(() => {
    const timer = setTimeout(() => {
      if (failedRoute() === hash) clearFailedRoute()
    }, ROUTE_SETTLED_MS)
    return () => clearTimeout(timer)
  }, [hash])
  return null
}
