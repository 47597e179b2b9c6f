import { describe, expect, it } from 'vitest'
import { menuLabels } from './menuLabels'

describe('menuLabels', () => {
  it.each(['fr', 'fr-FR', 'fr-CA', 'fr_BE', 'FR-fr'])('speaks French for %s', (locale) => {
    expect(menuLabels(locale).file).toBe('Fichier')
    expect(menuLabels(locale).saveVersion).toBe('Enregistrer une version')
  })

  it.each(['en', 'en-GB', 'de-DE', '', 'fry', 'français'])('speaks English for %j', (locale) => {
    expect(menuLabels(locale).file).toBe('File')
  })

  it('has a non-empty label for every entry in both languages', () => {
    const english = menuLabels('en')
    const french = menuLabels('fr')
    expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort())
    for (const labels of [english, french]) {
      for (const label of Object.values(labels)) expect(label.trim()).not.toBe('')
    }
  })
})
