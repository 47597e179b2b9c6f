import { describe, expect, it } from 'vitest'
import data from '../../../resources/section-limits.json'
import { limitsForSection, parseSectionLimits } from './sectionLimits'

const shipped = parseSectionLimits(data)

describe('section limits', () => {
  it('the shipped data file is valid and gives defaults to unknown sections', () => {
    expect(limitsForSection(shipped, 'Météo')).toEqual(shipped.defaults)
  })
  it('matches a section whatever its case and accents, and keeps defaults for fields it does not set', () => {
    expect(limitsForSection(shipped, ' economie ')).toEqual({ headline: 85, seoTitle: shipped.defaults.seoTitle })
    expect(limitsForSection(shipped, 'SPORT').headline).toBe(70)
  })
  it('a broken file is an error that names the field', () => {
    expect(() => parseSectionLimits({ defaults: { headline: -1, seoTitle: 60 }, sections: {} })).toThrow(/headline/)
  })
})
