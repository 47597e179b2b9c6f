import { describe, expect, it } from 'vitest'
import { formatClock, formatTime } from './formatTime'
import { formatDateTime } from '../features/review/dateTimeInput'

// Run in Chromium: its ICU data is what the app shows (it puts a no-break space in "5 min", hence \s). The page's own locale is en-US here, so the
// French cases prove the interface language wins over the system's.
const now = new Date(2026, 11, 8, 14, 30, 0).getTime()
const minutes = (count: number) => count * 60_000
const seconds = /\d{1,2}:\d{2}:\d{2}/

describe('formatTime', () => {
  it('says "now" within the minute, in either language', () => {
    expect(formatTime(now - 20_000, 'fr', now)).toBe('maintenant')
    expect(formatTime(now - 20_000, 'en', now)).toBe('now')
    // Another computer's clock a little ahead is still "now", never "in 10 s".
    expect(formatTime(now + 10_000, 'en', now)).toBe('now')
  })

  it('is relative within the hour', () => {
    expect(formatTime(now - minutes(5) - 10_000, 'fr', now)).toMatch(/^il y a 5\smin$/)
    expect(formatTime(now - minutes(5), 'en', now)).toMatch(/^5\smin\.? ago$/)
    expect(formatTime(now - minutes(59), 'fr', now)).toMatch(/^il y a 59\smin$/)
  })

  it('gives the clock time, without seconds, later the same day', () => {
    const early = new Date(2026, 11, 8, 1, 44, 53).getTime()
    expect(formatTime(early, 'fr', now)).toBe('01:44')
    expect(formatTime(early, 'en', now)).toMatch(/^01:44\sAM$/)
  })

  it('names the day in the interface language on other days, and the year on other years', () => {
    const lastMonth = new Date(2026, 10, 23, 14, 5, 9).getTime()
    expect(formatTime(lastMonth, 'fr', now)).toMatch(/^23 nov\.,? (à )?14:05$/)
    expect(formatTime(lastMonth, 'en', now)).toMatch(/^Nov 23,? (at )?02:05\sPM$/)
    const lastYear = new Date(2025, 10, 23, 14, 5).getTime()
    expect(formatTime(lastYear, 'fr', now)).toMatch(/^23 nov\. 2025,? (à )?14:05$/)
    expect(formatTime(lastYear, 'en', now)).not.toMatch(/\d+\/\d+\/\d+/)
  })

  it('formatClock never goes relative (for labels kept with a version)', () => {
    expect(formatClock(now - minutes(5), 'fr', now)).toBe('14:25')
  })
})

describe('formatDateTime (schedules, embargoes)', () => {
  it('follows the interface language, to the minute', () => {
    const time = new Date(2026, 2, 4, 9, 7, 31).getTime()
    expect(formatDateTime(time, 'fr')).toMatch(/^4 mars 2026,? (à )?09:07$/)
    expect(formatDateTime(time, 'en')).toMatch(/^Mar 4, 2026,? (at )?9:07\sAM$/)
    expect(formatDateTime(time, 'fr')).not.toMatch(seconds)
  })
})
