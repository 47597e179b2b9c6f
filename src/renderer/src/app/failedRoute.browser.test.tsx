import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { initI18n } from '../i18n/i18n'
import { PartBoundary } from '../ui/PartBoundary'
import { failedRoute, noteFailedRoute, ROUTE_SETTLED_MS } from './failedRoute'
import { RouteSettled } from './RouteSettled'
import { restoreLastRoute } from './useHashRoute'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const ARTICLE = '#/article/0b9d5c1e-5d7b-4b8e-9b59-2f1f0a3c7d11'
let root: Root | undefined

beforeEach(async () => {
  await initI18n('en')
  localStorage.clear()
  history.replaceState(null, '', location.pathname + location.search)
})
afterEach(() => {
  vi.useRealTimers()
  if (root) act(() => root!.unmount())
  root = undefined
  localStorage.clear()
  history.replaceState(null, '', location.pathname + location.search)
})

function Broken(): never {
  throw new Error('the article view is broken')
}

/** The article's view as the app mounts it, failing as it draws. */
async function renderBrokenArticle() {
  root = createRoot(document.body.appendChild(document.createElement('div')))
  await act(async () =>
    root!.render(
      <PartBoundary part="The article" onFailed={() => noteFailedRoute(ARTICLE)}>
        <RouteSettled hash={ARTICLE} />
        <Broken />
      </PartBoundary>,
    ),
  )
}

describe('a view that failed is not reopened by itself at the next start', () => {
  it('opens the last view at start, as after any restart', () => {
    localStorage.setItem('copydesk:lastRoute', ARTICLE)
    expect(restoreLastRoute()).toBeNull()
    expect(location.hash).toBe(ARTICLE)
  })

  it('opens the desk instead of a view that failed, after a restart or a reload, and says which one', async () => {
    await renderBrokenArticle()
    expect(failedRoute()).toBe(ARTICLE)

    // Restart: no hash, the last route was the article.
    localStorage.setItem('copydesk:lastRoute', ARTICLE)
    expect(restoreLastRoute()).toBe(ARTICLE)
    expect(location.hash).toBe('#/desk')
    // Reload: the hash is still the article's.
    history.replaceState(null, '', ARTICLE)
    expect(restoreLastRoute()).toBe(ARTICLE)
    expect(location.hash).toBe('#/desk')
  })

  it('trusts a view again once it has shown for a while without failing', async () => {
    vi.useFakeTimers()
    noteFailedRoute(ARTICLE)
    root = createRoot(document.body.appendChild(document.createElement('div')))
    await act(async () => root!.render(<RouteSettled hash={ARTICLE} />))
    await act(async () => vi.advanceTimersByTime(ROUTE_SETTLED_MS - 1))
    expect(failedRoute()).toBe(ARTICLE)
    await act(async () => vi.advanceTimersByTime(1))
    expect(failedRoute()).toBeNull()
  })

  it('keeps the mark of a view that fails again before it has settled', async () => {
    vi.useFakeTimers()
    noteFailedRoute(ARTICLE)
    await renderBrokenArticle()
    await act(async () => vi.advanceTimersByTime(ROUTE_SETTLED_MS * 2))
    expect(failedRoute()).toBe(ARTICLE)
  })
})
