/** A time as a `datetime-local` input shows it: local time, to the minute. */
export function toDateTimeInput(time: number | undefined): string {
  if (!time) return ''
  const date = new Date(time)
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The time a `datetime-local` input holds (local time), or null when it is empty or incomplete. */
export function fromDateTimeInput(value: string): number | null {
  if (!value) return null
  const time = new Date(value).getTime()
  return Number.isFinite(time) ? time : null
}

export function formatDateTime(time: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(time)
}
