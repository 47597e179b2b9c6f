import { describe, expect, it } from 'vitest'
import { foldForSearch, indexWords, searchTokens } from './searchWords'

describe('search words', () => {
  it('folds accents and case', () => {
    expect(foldForSearch('Azerbaïdjan ÉTAT')).toBe('azerbaidjan etat')
  })

  it('splits at apostrophes, hyphens, guillemets and no-break spaces', () => {
    expect(searchTokens('« l’État d’Israël »\u202f; Haut-Karabakh')).toEqual([
      'l',
      'etat',
      'd',
      'israel',
      'haut',
      'karabakh',
    ])
  })

  it('indexes each word once and leaves out single letters', () => {
    expect(indexWords("l'armée, l'armée et l'État")).toEqual(['armee', 'et', 'etat'])
  })
})
