import { describe, expect, it } from 'vitest'
import { creditLine, noOverrides, overrideFor, photoAsPublished } from './photoInArticle'

const library = {
  caption: 'Yoav Gallant marche avec le ministre de la Défense azéri, à Bakou, le 13 juillet 2023',
  creator: 'Ariel Hermoni',
  credit: 'Ministère israélien de la Défense',
  copyright: '© Ministère israélien de la Défense',
  altText: 'Deux hommes marchent devant une garde d’honneur',
}

describe('a library photo as an article shows it', () => {
  it('follows the library when the article overrides nothing', () => {
    const shown = photoAsPublished(library, noOverrides)
    expect(shown).toMatchObject({ ...library, creditLine: 'Ariel Hermoni/Ministère israélien de la Défense', missing: [] })
    expect(shown.overridden).toEqual({ caption: false, credit: false, altText: false })
  })

  it('takes the article’s caption, credit and alt text where it has its own, and the library’s elsewhere', () => {
    const shown = photoAsPublished(library, { caption: 'Le ministre israélien à Bakou, en juillet.', credit: '', altText: '' })
    expect(shown.caption).toBe('Le ministre israélien à Bakou, en juillet.')
    expect(shown.credit).toBe(library.credit)
    expect(shown.overridden).toEqual({ caption: true, credit: false, altText: false })
    const credited = photoAsPublished(library, { caption: '', credit: 'DR', altText: 'Une garde d’honneur' })
    expect(credited).toMatchObject({ caption: library.caption, credit: 'DR', creditLine: 'Ariel Hermoni/DR', altText: 'Une garde d’honneur' })
  })

  it('says what publishing lacks after overrides, and a blank override does not hide the library’s value', () => {
    const bare = { ...library, caption: '', credit: '', altText: '' }
    expect(photoAsPublished(bare, noOverrides).missing).toEqual(['caption', 'credit', 'altText'])
    expect(photoAsPublished(bare, { caption: 'Bakou', credit: '  ', altText: 'Deux hommes' }).missing).toEqual(['credit'])
    expect(photoAsPublished(library, { caption: '   ', credit: '', altText: '' }).caption).toBe(library.caption)
    // A photo the library does not know (yet): only the article's own words.
    expect(photoAsPublished(undefined, { caption: 'Bakou', credit: '', altText: '' })).toMatchObject({ caption: 'Bakou', creditLine: '', missing: ['credit', 'altText'] })
  })

  it('keeps no override for what the library already says', () => {
    expect(overrideFor(library.caption, library.caption)).toBe('')
    expect(overrideFor(library.caption, `${library.caption} `)).toBe('')
    expect(overrideFor(library.caption, 'Autre légende')).toBe('Autre légende')
    expect(overrideFor(undefined, '')).toBe('')
  })

  it('writes the credit line as the newsroom does', () => {
    expect(creditLine('Ariel Hermoni', 'Ministère israélien de la Défense')).toBe('Ariel Hermoni/Ministère israélien de la Défense')
    expect(creditLine('', 'AFP')).toBe('AFP')
    expect(creditLine('Jack Guez', '')).toBe('Jack Guez')
    expect(creditLine('Jack Guez', 'Jack Guez/AFP')).toBe('Jack Guez/AFP')
  })
})
