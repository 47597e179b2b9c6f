/** A short, locale-aware time for lists: "14:05" today, "23 Nov, 14:05" otherwise. */
export function formatTime(timestamp: number, language: string, now = Date.now()): string {
  const date = new Date(timestamp)
  const sameDay = new Date(now).toDateString() === date.toDateString()
  return new Intl.DateTimeFormat(language, {
    ...(sameDay ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
    second: sameDay ? '2-digit' : undefined,
  }).format(date)
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value)
}
