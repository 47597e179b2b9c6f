import { describe, expect, it } from 'vitest'
import { addCounts, countText } from './counts'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

describe('countText', () => {
  it('counts words and signes of plain text', () => {
    expect(countText('Les armes israéliennes')).toEqual({ words: 3, signes: 22 })
  })

  it('does not count guillemets standing alone as words, but counts them and their spaces as signes', () => {
    const quote = `«${NNBSP}Pour nous${NNBSP}»`
    expect(countText(quote)).toEqual({ words: 2, signes: 13 })
  })

  it('counts ordinary, no-break and narrow no-break spaces as signes', () => {
    expect(countText(`a b${NBSP}c${NNBSP}d`).signes).toBe(7)
    expect(countText(`a b${NBSP}c${NNBSP}d`).words).toBe(4)
  })

  it('counts a word glued by an apostrophe once, as word processors do', () => {
    expect(countText('l’Azerbaïdjan a déclaré à l' + "'" + 'AP').words).toBe(5)
  })

  it('counts a colon between French spaces as signes only', () => {
    expect(countText(`Bilan${NBSP}: 200 morts`)).toEqual({ words: 3, signes: 17 })
  })

  it('counts an emoji as one sign', () => {
    expect(countText('ok 👍').signes).toBe(4)
  })

  it('gives zero for empty or blank text', () => {
    expect(countText('')).toEqual({ words: 0, signes: 0 })
    expect(countText('   ')).toEqual({ words: 0, signes: 3 })
  })

  it('adds counts', () => {
    expect(addCounts({ words: 1, signes: 2 }, { words: 3, signes: 4 })).toEqual({ words: 4, signes: 6 })
  })
})
