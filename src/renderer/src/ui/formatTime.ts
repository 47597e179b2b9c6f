// Intl formatters are costly to build (about a millisecond each): one per language and style, reused.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>()

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined
  if (!formatter) {
    formatter = make()
    formatters.set(key, formatter)
  }
  return formatter
}

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS

/**
 * An absolute time in the interface language, to the minute: "14:05" today, "23 nov., 14:05" this
 * year, "23 nov. 2025, 14:05" before. For text that is kept (a version's label) or must not drift.
 */
export function formatClock(timestamp: number, language: string, now = Date.now()): string {
  const date = new Date(timestamp)
  const today = new Date(now)
  const style = today.toDateString() === date.toDateString() ? 'today' : today.getFullYear() === date.getFullYear() ? 'year' : 'full'
  const formatter = cached(`clock:${language}:${style}`, () =>
    style === 'today'
      ? new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' })
      : style === 'year'
        ? new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })
        : new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
  )
  return formatter.format(date)
}

/**
 * A time for lists and notes: relative within the last hour ("now", "5 min ago", "il y a 5 min"),
 * else as `formatClock`. Callers re-render at least every minute (`useTimeFormatter`) so it stays true.
 */
export function formatTime(timestamp: number, language: string, now = Date.now()): string {
  const age = now - timestamp
  // A little ahead (another computer's clock) still reads as "now".
  if (age > -MINUTE_MS && age < HOUR_MS) {
    const relative = cached(`relative:${language}`, () => new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' }))
    const minutes = Math.floor(Math.max(age, 0) / MINUTE_MS)
    return minutes === 0 ? relative.format(0, 'second') : relative.format(-minutes, 'minute')
  }
  return formatClock(timestamp, language, now)
}

export function formatNumber(value: number, language: string): string {
  return cached(`number:${language}`, () => new Intl.NumberFormat(language)).format(value)
}

/** A narrow time for list columns: "14:05" today, "23 Nov 14:05" otherwise. */
export function formatShortTime(timestamp: number, language: string, now = Date.now()): string {
  const date = new Date(timestamp)
  const sameDay = new Date(now).toDateString() === date.toDateString()
  const formatter = cached(`short:${language}:${sameDay}`, () =>
    sameDay
      ? new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' })
      : new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
  )
  return formatter.format(date)
}
