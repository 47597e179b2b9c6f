import { createValueStore } from '../../ui/valueStore'

/**
 * Whether this user is suggesting, and as whom. Local to this machine and user (never in the article):
 * a reporter and an editor can look at the same text, one suggesting and one not.
 */
const STORAGE_KEY = 'copydesk.suggesting'

function storedMode(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'on'
  } catch {
    return false
  }
}

export const suggestingMode = createValueStore<boolean>(storedMode())
suggestingMode.subscribe(() => {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, suggestingMode.get() ? 'on' : 'off')
  } catch {
    // Private storage unavailable: the mode lasts until the app closes.
  }
})

/** Who is suggesting: the profile's display name and role, set by the article view. */
export const suggestingAs = createValueStore<{ name: string; role: string }>({ name: '', role: '' })
