import { describe, expect, it } from 'vitest'
import { maxYjsUpdateBytes } from '@shared/cms/limits'
import { publicationRefusal } from './publicationChecks'
import { articleDoc, filingOf } from './testing/articleFixtures'

const now = Date.parse('2026-12-08T10:00:00Z')
const filing = (status: 'published' | 'scheduled' | 'approved', extra: { embargoAt?: number; scheduledAt?: number } = {}) => ({
  ...filingOf(articleDoc({ headline: 'Sous embargo' }, ['Texte.']), { headline: 'Sous embargo', paragraphs: ['Texte.'] }, status),
  ...extra,
})

describe('publicationRefusal', () => {
  it('refuses publishing before the embargo, and scheduling for before it; allows both after', () => {
    const embargoAt = now + 3_600_000
    expect(publicationRefusal(filing('published', { embargoAt }), now)).toEqual({ kind: 'embargoed', parameter: '2026-12-08T11:00:00.000Z' })
    expect(publicationRefusal(filing('published', { embargoAt }), embargoAt)).toBeUndefined()
    expect(publicationRefusal(filing('scheduled', { embargoAt, scheduledAt: embargoAt - 1 }), now)?.kind).toBe('embargoed')
    expect(publicationRefusal(filing('scheduled', { embargoAt, scheduledAt: embargoAt }), now)).toBeUndefined()
    // Approving (not going out) under embargo is fine.
    expect(publicationRefusal(filing('approved', { embargoAt }), now)).toBeUndefined()
  })

  it('refuses an article whose whole state is larger than the plugin takes in one update', () => {
    // base64 of n bytes (n a multiple of 3) is n / 3 * 4 characters; 2^23 + 1 is a multiple of 3.
    const base64Of = (bytes: number) => 'A'.repeat((bytes / 3) * 4)
    const big = { ...filing('approved'), yjsState: base64Of(maxYjsUpdateBytes + 1) }
    expect(publicationRefusal(big, now)).toEqual({ kind: 'too-large', parameter: String(maxYjsUpdateBytes + 1) })
    const fits = { ...filing('approved'), yjsState: base64Of(maxYjsUpdateBytes - 2) }
    expect(publicationRefusal(fits, now)).toBeUndefined()
  })
})
