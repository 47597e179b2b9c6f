import { describe, expect, it } from 'vitest'
import { correctEmoticonOrPath, typeAfterOpeningGuillemet, typeHighPunctuation } from './spacing'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

describe('typeHighPunctuation in French', () => {
  it.each([';', '!', '?'])('puts a narrow no-break space before %s', (mark) => {
    expect(typeHighPunctuation('fini', mark, 'fr')).toMatchObject({ deleteBefore: 0, insert: NNBSP + mark })
    expect(typeHighPunctuation('fini ', mark, 'fr')).toMatchObject({ deleteBefore: 1, insert: NNBSP + mark })
    expect(typeHighPunctuation(`fini${NBSP}`, mark, 'fr')).toMatchObject({ deleteBefore: 1, insert: NNBSP + mark })
    expect(typeHighPunctuation(`fini${NNBSP}`, mark, 'fr')).toBeNull()
  })

  it('puts a no-break space before :', () => {
    expect(typeHighPunctuation('Bilan', ':', 'fr')).toMatchObject({ deleteBefore: 0, insert: `${NBSP}:` })
    expect(typeHighPunctuation('Bilan ', ':', 'fr')).toMatchObject({ deleteBefore: 1, insert: `${NBSP}:` })
    expect(typeHighPunctuation(`Bilan${NNBSP}`, ':', 'fr')).toMatchObject({ deleteBefore: 1, insert: `${NBSP}:` })
    expect(typeHighPunctuation(`Bilan${NBSP}`, ':', 'fr')).toBeNull()
  })

  it('adds no space in ?! !!, after an opening bracket, at the start or after a digit before :', () => {
    expect(typeHighPunctuation(`Quoi${NNBSP}?`, '!', 'fr')).toBeNull()
    expect(typeHighPunctuation(`honte${NNBSP}!`, '!', 'fr')).toBeNull()
    expect(typeHighPunctuation('(', '?', 'fr')).toBeNull()
    expect(typeHighPunctuation('', '!', 'fr')).toBeNull()
    expect(typeHighPunctuation('10', ':', 'fr')).toBeNull()
    expect(typeHighPunctuation('AT&amp', ';', 'fr')).toBeNull()
  })
})

describe('typeHighPunctuation in English', () => {
  it('takes away any space before ; : ! ?', () => {
    for (const mark of [';', ':', '!', '?']) {
      expect(typeHighPunctuation('done ', mark, 'en')).toMatchObject({ deleteBefore: 1, insert: mark })
      expect(typeHighPunctuation(`done${NNBSP}`, mark, 'en')).toMatchObject({ deleteBefore: 1, insert: mark })
      expect(typeHighPunctuation('done', mark, 'en')).toBeNull()
    }
    expect(typeHighPunctuation(' ', '?', 'en')).toBeNull()
  })
})

describe('typeAfterOpeningGuillemet', () => {
  it('puts the narrow space after « and swallows a space typed after it', () => {
    expect(typeAfterOpeningGuillemet('dit ', '«')).toMatchObject({ insert: `«${NNBSP}` })
    expect(typeAfterOpeningGuillemet('«', ' ')).toMatchObject({ deleteBefore: 0, insert: NNBSP })
    expect(typeAfterOpeningGuillemet(`«${NNBSP}`, ' ')).toMatchObject({ deleteBefore: 0, insert: '' })
    expect(typeAfterOpeningGuillemet('dit', ' ')).toBeNull()
  })
})

describe('correctEmoticonOrPath', () => {
  it('gives emoticons an ordinary space back in French', () => {
    expect(correctEmoticonOrPath(`bien${NBSP}:`, ')', 'fr')).toEqual({ deleteBefore: 2, insert: ' :)', revertible: false })
    expect(correctEmoticonOrPath(`bien${NNBSP};-`, ')', 'fr')).toMatchObject({ deleteBefore: 3, insert: ' ;-)' })
    expect(correctEmoticonOrPath(`bien${NBSP}:-`, 'D', 'fr')).toMatchObject({ insert: ' :-D' })
    expect(correctEmoticonOrPath(`Bilan${NBSP}:`, 'l', 'fr')).toBeNull()
  })

  it('gives emoticons their space back in English', () => {
    expect(correctEmoticonOrPath('see you;', ')', 'en')).toMatchObject({ deleteBefore: 1, insert: ' ;)' })
    expect(correctEmoticonOrPath(':', ')', 'en')).toBeNull()
  })

  it('glues a drive letter to its colon: C:\\', () => {
    expect(correctEmoticonOrPath(`dans C${NBSP}:`, '\\', 'fr')).toMatchObject({ deleteBefore: 2, insert: ':\\' })
    expect(correctEmoticonOrPath(`dans Cx${NBSP}:`, '\\', 'fr')).toBeNull()
  })
})
