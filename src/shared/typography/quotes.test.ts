import { describe, expect, it } from 'vitest'
import { openQuotes, reopenNestedQuote, typeClosingGuillemet, typeQuote } from './quotes'

const NNBSP = '\u202f'

describe('typeQuote in French', () => {
  it('opens guillemets with a narrow no-break space at the outer level, whatever comes before', () => {
    expect(typeQuote('Il a dit ', '"', 'fr')).toMatchObject({ deleteBefore: 0, insert: `«${NNBSP}` })
    expect(typeQuote('', '"', 'fr')).toMatchObject({ deleteBefore: 0, insert: `«${NNBSP}` })
  })

  it('closes them after a word, or in place of the space typed before', () => {
    expect(typeQuote(`«${NNBSP}bonjour`, '"', 'fr')).toMatchObject({ deleteBefore: 0, insert: `${NNBSP}»` })
    expect(typeQuote(`«${NNBSP}bonjour `, '"', 'fr')).toMatchObject({ deleteBefore: 1, insert: `${NNBSP}»` })
  })

  it('uses “ ” inside guillemets', () => {
    expect(typeQuote(`«${NNBSP}il a dit “non`, '"', 'fr')).toMatchObject({ insert: '”' })
  })

  it('makes every apostrophe ’', () => {
    expect(typeQuote('c', "'", 'fr')).toMatchObject({ insert: '’' })
    expect(typeQuote('', "'", 'fr')).toMatchObject({ insert: '’' })
  })
})

describe('typeQuote in English', () => {
  it('opens after a space or at the start, closes after a word', () => {
    expect(typeQuote('He said ', '"', 'en')).toMatchObject({ insert: '“' })
    expect(typeQuote('He said “hi', '"', 'en')).toMatchObject({ insert: '”' })
    expect(typeQuote('', "'", 'en')).toMatchObject({ insert: '‘' })
    expect(typeQuote('(', "'", 'en')).toMatchObject({ insert: '‘' })
    expect(typeQuote('don', "'", 'en')).toMatchObject({ insert: '’' })
  })
})

describe('guillemets typed directly and nested quotes', () => {
  it('puts the narrow space before », swapping an ordinary one', () => {
    expect(typeClosingGuillemet('nous ')).toMatchObject({ deleteBefore: 1, insert: `${NNBSP}»` })
    expect(typeClosingGuillemet('nous')).toMatchObject({ deleteBefore: 0, insert: `${NNBSP}»` })
    expect(typeClosingGuillemet(`nous${NNBSP}`)).toMatchObject({ deleteBefore: 0, insert: '»' })
  })

  it('turns a guessed » followed by a letter into an opening “, not revertible by Backspace', () => {
    expect(reopenNestedQuote(`«${NNBSP}il a dit${NNBSP}»`, 'n')).toEqual({ deleteBefore: 2, insert: ' “n', revertible: false })
    expect(reopenNestedQuote(`«${NNBSP}fin${NNBSP}»`, ',')).toBeNull()
    expect(reopenNestedQuote(`a${NNBSP}»`, 'n')).toBeNull()
  })

  it('counts the quotes still open', () => {
    expect(openQuotes('« a “b” » « c “d')).toEqual({ guillemets: 1, curly: 1 })
  })
})
