/**
 * The view that failed to show, so that the next start does not open it again by itself: reopening
 * the last view after a restart is what locked users out of a window that failed on an article.
 */
const FAILED_ROUTE_KEY = 'copydesk:failedRoute'

export function noteFailedRoute(hash: string): void {
  try {
    localStorage.setItem(FAILED_ROUTE_KEY, hash)
  } catch {
    // Storage full or refused: nothing else to do; the view's failure notice is still shown.
  }
}

export function failedRoute(): string | null {
  return localStorage.getItem(FAILED_ROUTE_KEY)
}

export function clearFailedRoute(): void {
  localStorage.removeItem(FAILED_ROUTE_KEY)
}

/** How long a view must show without failing before it is trusted to be reopened at start again. */
export const ROUTE_SETTLED_MS = 2000
