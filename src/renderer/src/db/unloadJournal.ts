import { base64ToBytes, bytesToBase64 } from '@shared/base64'

/**
 * The last updates of an article when its page unloads (reload, window closed). Chromium aborts
 * IndexedDB transactions still running when a page is torn down — even committed ones, as measured
 * here — while a localStorage write is synchronous and kept by the browser. The next open of the
 * article applies and stores what it finds, then clears it.
 */
const keyFor = (articleId: string) => `copydesk:unload:${articleId}`

export function saveUnloadJournal(articleId: string, update: Uint8Array): boolean {
  try {
    localStorage.setItem(keyFor(articleId), bytesToBase64(update))
    return true
  } catch {
    return false // storage full or unavailable: the IndexedDB write issued beside it is all we have
  }
}

export function readUnloadJournal(articleId: string): Uint8Array | null {
  const stored = localStorage.getItem(keyFor(articleId))
  if (!stored) return null
  try {
    return base64ToBytes(stored)
  } catch {
    return null
  }
}

export function clearUnloadJournal(articleId: string): void {
  localStorage.removeItem(keyFor(articleId))
}
