import { useEffect } from 'react'
import { cmsApi } from './cmsApi'
import { pullFromSite } from './pullFromSite'

const PULL_EVERY_MS = 60_000

/**
 * Brings other writers' changes from the site into the desk: when the app opens, every minute,
 * and when the network comes back. Renders nothing; a failed pull (offline) waits for the next.
 */
export function SitePuller() {
  useEffect(() => {
    let running = false
    const pull = async () => {
      if (running) return
      running = true
      try {
        const status = await cmsApi.status()
        if (status.state === 'connected') await pullFromSite()
      } catch (error) {
        console.info('Copydesk: pull from the site postponed:', error instanceof Error ? error.message : error)
      } finally {
        running = false
      }
    }
    void pull()
    const timer = setInterval(() => void pull(), PULL_EVERY_MS)
    const onOnline = () => void pull()
    const onRequest = () => void pull()
    addEventListener('online', onOnline)
    addEventListener(PULL_REQUEST_EVENT, onRequest)
    return () => {
      clearInterval(timer)
      removeEventListener('online', onOnline)
      removeEventListener(PULL_REQUEST_EVENT, onRequest)
    }
  }, [])
  return null
}

/** Dispatched on window to pull now (the article's "Sync" button). */
export const PULL_REQUEST_EVENT = 'copydesk:pull-request'
