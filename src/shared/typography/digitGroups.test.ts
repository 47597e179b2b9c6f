import { describe, expect, it } from 'vitest'
import { typeCharacter } from './typeCharacter'
import { fixTypography } from './fixTypography'

const NNBSP = '\u202f'
const NBSP = '\u00a0'

/** Types `keys` one by one, as a reporter would, applying each automatic change. */
function typed(keys: string): string {
  let text = ''
  for (const char of keys) {
    const change = typeCharacter(text, char, 'fr')
    text = change ? text.slice(0, text.length - change.deleteBefore) + change.insert : text + char
  }
  return text
}

// Both ways a text reaches the rules: typed in the editor, and "Fix typography" on a pasted text.
const ways = { typed, fixed: (text: string) => fixTypography(text, 'fr') }

describe.each(Object.entries(ways))('French digit groups (%s)', (_, apply) => {
  it('joins groups of three with a narrow no-break space', () => {
    expect(apply('Ils étaient 100 000 dans la rue.')).toBe(`Ils étaient 100${NNBSP}000 dans la rue.`)
    expect(apply('Un budget de 12 500 000 euros')).toBe(`Un budget de 12${NNBSP}500${NNBSP}000 euros`)
    expect(apply('soit 1 000, puis 2 500.')).toBe(`soit 1${NNBSP}000, puis 2${NNBSP}500.`)
    expect(apply('(3 200)')).toBe(`(3${NNBSP}200)`)
  })

  it('keeps the other rules on the mark after the number', () => {
    expect(apply('Combien ? 100 000 !')).toBe(`Combien${NNBSP}? 100${NNBSP}000${NNBSP}!`)
    expect(apply('Total : 45 000 ; fin')).toBe(`Total${NBSP}: 45${NNBSP}000${NNBSP}; fin`)
  })

  it('leaves phone numbers in pairs, years, times and numbers that are not grouped by three', () => {
    expect(apply('Appelez le 06 12 34 56 78 demain.')).toBe('Appelez le 06 12 34 56 78 demain.')
    expect(apply('Appelez le 01 23 456 789 demain.')).toBe('Appelez le 01 23 456 789 demain.')
    expect(apply('En 2024 350 personnes sont venues.')).toBe('En 2024 350 personnes sont venues.')
    expect(apply('De 1990 à 2000 ils ont vécu ici.')).toBe('De 1990 à 2000 ils ont vécu ici.')
    expect(apply('À 10:30 000 personnes')).toBe('À 10:30 000 personnes')
    expect(apply('il a 12 1000 raisons')).toBe('il a 12 1000 raisons')
    expect(apply('le 3,5 000 fois')).toBe('le 3,5 000 fois')
    expect(apply('un A380 000 ')).toBe('un A380 000 ')
  })

  it('leaves web addresses as they are', () => {
    expect(apply('Voir https://example.org/stats/100 000 au total')).toBe(`Voir https://example.org/stats/100 000 au total`)
    expect(apply('Voir example.org/2024 100 fois')).toBe('Voir example.org/2024 100 fois')
  })
})

describe('French digit groups at the end of a paragraph', () => {
  it('"Fix typography" sets them even with nothing after the number', () => {
    expect(fixTypography('Ils étaient 100 000', 'fr')).toBe(`Ils étaient 100${NNBSP}000`)
  })

  it('leaves English numbers alone (English groups with commas)', () => {
    expect(fixTypography('They were 100 000 strong', 'en')).toBe('They were 100 000 strong')
  })
})
