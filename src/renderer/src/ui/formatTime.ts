// Intl formatters are costly to build (about a millisecond each): one per language and style, reused.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>()

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined
  if (!formatter) {
    formatter = make()
    formatters.set(key, formatter)
  }
  return formatter
}

/** A short, locale-aware time for lists: "14:05:09" today, "23 Nov, 14:05" otherwise. */
export function formatTime(timestamp: number, language: string, now = Date.now()): string {
  const date = new Date(timestamp)
  const sameDay = new Date(now).toDateString() === date.toDateString()
  const formatter = cached(`time:${language}:${sameDay}`, () =>
    sameDay
      ? new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' })
      : new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }),
  )
  return formatter.format(date)
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
