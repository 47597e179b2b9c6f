import { describe, expect, it } from 'vitest'
import type { TypographyLanguage } from './characters'
import { typeCharacter } from './typeCharacter'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

/** Types `keys` one by one, as a reporter would, applying each automatic change. */
function typed(keys: string, language: TypographyLanguage): string {
  let text = ''
  for (const char of keys) {
    const change = typeCharacter(text, char, language)
    text = change ? text.slice(0, text.length - change.deleteBefore) + change.insert : text + char
  }
  return text
}

describe('typing in French', () => {
  it('gives the sentence of the brief its spaces, guillemets and apostrophe', () => {
    expect(typed(`Il a dit "bonjour" : c'est fini ! Vraiment ?`, 'fr')).toBe(
      `Il a dit «${NNBSP}bonjour${NNBSP}»${NBSP}: c’est fini${NNBSP}! Vraiment${NNBSP}?`,
    )
  })

  it('handles ; ! ? : typed with or without a space before', () => {
    expect(typed('Oui; non!Quoi?Bilan:', 'fr')).toBe(`Oui${NNBSP}; non${NNBSP}!Quoi${NNBSP}?Bilan${NBSP}:`)
    expect(typed('Oui ; non ! Quoi ? Bilan :', 'fr')).toBe(`Oui${NNBSP}; non${NNBSP}! Quoi${NNBSP}? Bilan${NBSP}:`)
  })

  it('never doubles a space that is already right', () => {
    expect(typed(`Oui${NNBSP}; Bilan${NBSP}: «${NNBSP}a${NNBSP}»`, 'fr')).toBe(`Oui${NNBSP}; Bilan${NBSP}: «${NNBSP}a${NNBSP}»`)
    expect(typed('« Pour nous »', 'fr')).toBe(`«${NNBSP}Pour nous${NNBSP}»`)
  })

  it('makes … and – from ... and --, keeping the spaces around the dash', () => {
    expect(typed('Et puis... rien -- ou presque.', 'fr')).toBe('Et puis… rien – ou presque.')
  })

  it('nests “ ” inside « », whichever way the closing quote is typed', () => {
    expect(typed(`« Il m'a dit "non" »`, 'fr')).toBe(`«${NNBSP}Il m’a dit “non”${NNBSP}»`)
    expect(typed(`"Il m'a dit "non" "`, 'fr')).toBe(`«${NNBSP}Il m’a dit “non”${NNBSP}»`)
    expect(typed(`" bonjour "`, 'fr')).toBe(`«${NNBSP}bonjour${NNBSP}»`)
  })

  it('removes the space after an elided article: l’ AP', () => {
    expect(typed(`l' AP`, 'fr')).toBe('l’AP')
    expect(typed(`quelqu' un`, 'fr')).toBe('quelqu’ un') // not an elision the rule knows: left alone
  })

  it('leaves times, ratios and 10 h 30 alone', () => {
    expect(typed('À 10:30, 3:1, vers 10 h 30', 'fr')).toBe('À 10:30, 3:1, vers 10 h 30')
  })

  it('leaves emoticons as typed', () => {
    expect(typed('Bien :) et ;-) ou :-D', 'fr')).toBe('Bien :) et ;-) ou :-D')
  })

  it('leaves C:\\ alone', () => {
    expect(typed('dans C:\\Temp', 'fr')).toBe('dans C:\\Temp')
  })

  it('changes nothing inside web and e-mail addresses', () => {
    const addresses = "https://apnews.com/a?b=1;c=2 http://x.fr/l'a www.x.fr/?q mailto:redaction@x.fr a.b@x.fr"
    expect(typed(addresses, 'fr')).toBe(addresses)
  })

  it('says an automatic change may be reverted by Backspace, and a correction of one may not', () => {
    expect(typeCharacter('fini ', '!', 'fr')?.revertible).toBe(true)
    expect(typeCharacter(`bien${NBSP}:`, ')', 'fr')?.revertible).toBe(false)
  })
})

describe('typing in English', () => {
  it('gives curly quotes and apostrophes', () => {
    expect(typed(`She said "hello" and 'goodbye', it's over.`, 'en')).toBe('She said “hello” and ‘goodbye’, it’s over.')
  })

  it('takes away the space before ; : ! ?', () => {
    expect(typed('Really ? Yes ! Note : this ; that', 'en')).toBe('Really? Yes! Note: this; that')
    expect(typed('Really?', 'en')).toBe('Really?')
  })

  it('makes … and –', () => {
    expect(typed('Wait... then -- nothing', 'en')).toBe('Wait… then – nothing')
  })

  it('leaves times, emoticons and addresses alone', () => {
    expect(typed('At 10:30, 3:1 :) ;-) :-D see https://x.com/a?b=1 !', 'en')).toBe('At 10:30, 3:1 :) ;-) :-D see https://x.com/a?b=1!')
  })
})
