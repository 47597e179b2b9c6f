/**
 * A suggestion's id carries who made it and when: the library's marks hold only an id, and the id
 * travels with the mark through Yjs, so author and time sync with the text for free.
 * Format: `s~<random>~<time in ms, base 36>~<author>` (the author last: it may hold any character).
 */
export type SuggestionOrigin = { author: string; at: number }

const PREFIX = 's'

export function makeSuggestionId(author: string, now: number = Date.now()): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  return `${PREFIX}~${random}~${now.toString(36)}~${author}`
}

/** Author and time from an id; ids made elsewhere (plain numbers) have neither. */
export function originOfSuggestion(id: unknown): SuggestionOrigin {
  if (typeof id !== 'string') return { author: '', at: 0 }
  const parts = id.split('~')
  if (parts.length < 4 || parts[0] !== PREFIX) return { author: '', at: 0 }
  const at = parseInt(parts[2] ?? '', 36)
  return { author: parts.slice(3).join('~'), at: Number.isFinite(at) ? at : 0 }
}

/** A stable hue (0–359) for an author's name: the same person has the same colour on every machine. */
export function authorHue(author: string): number {
  let hash = 2166136261
  for (let i = 0; i < author.length; i++) {
    hash ^= author.charCodeAt(i)
    hash = Math.imul(hash, 16777619)
  }
  // Twelve well-spaced hues read apart better than 360 close ones.
  return (((hash >>> 0) % 12) * 30 + 15) % 360
}
