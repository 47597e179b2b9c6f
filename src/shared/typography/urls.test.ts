import { describe, expect, it } from 'vitest'
import { addressSpans, currentWord, looksLikeAddress, typingInAddress } from './urls'

describe('currentWord', () => {
  it('is what follows the last space or opening quote', () => {
    expect(currentWord('voir https://apnews.com/a')).toBe('https://apnews.com/a')
    expect(currentWord('dit «\u202fwww.x')).toBe('www.x')
    expect(currentWord('')).toBe('')
    expect(currentWord('fin ')).toBe('')
  })
})

describe('looksLikeAddress', () => {
  it.each(['https://apnews.com/article?x=1', 'http://a.fr', 'www.lemonde.fr', 'mailto:redaction@x.fr', 'redaction@journal.fr', 'C:\\Users', 'apnews.com/article', '(https://x.fr', 'https', 'mailto'])(
    'recognises %s',
    (word) => expect(looksLikeAddress(word)).toBe(true),
  )

  it.each(['bonjour', 'l’AP', 'Haut-Karabakh', 'M.', '10:30', ''])('leaves the word %s to the rules', (word) =>
    expect(looksLikeAddress(word)).toBe(false),
  )

  it('is checked on the word before the caret', () => {
    expect(typingInAddress('Voir https://apnews.com/a')).toBe(true)
    expect(typingInAddress('Voir https://apnews.com/a ')).toBe(false)
  })
})

describe('addressSpans', () => {
  it('finds addresses in a text, without the sentence punctuation after them', () => {
    const text = 'Voir https://apnews.com/a?b=1. Écrire à jean--pierre@x.fr, ou (www.x.fr) ; C:\\Temp'
    expect(addressSpans(text).map(([start, end]) => text.slice(start, end))).toEqual([
      'https://apnews.com/a?b=1',
      'jean--pierre@x.fr',
      'www.x.fr',
      'C:\\Temp',
    ])
  })
})
