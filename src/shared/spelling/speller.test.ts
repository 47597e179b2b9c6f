import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadModule } from 'hunspell-asm'
import { inNewsroomDictionary, isSpeltRight, suggestionsFor, type Hunspell } from './speller'
import { spellingWords } from './spellingWords'

// The real shipped dictionaries, through the same hunspell-asm build the worker uses.
const dictionaries = new URL('../../../resources/dictionaries/', import.meta.url)
let fr: Hunspell
let en: Hunspell

beforeAll(async () => {
  const factory = await loadModule()
  const open = (language: string) =>
    factory.create(
      factory.mountBuffer(readFileSync(new URL(`${language}/${language}.aff`, dictionaries)), `${language}.aff`),
      factory.mountBuffer(readFileSync(new URL(`${language}/${language}.dic`, dictionaries)), `${language}.dic`),
    )
  fr = open('fr')
  en = open('en')
})

describe('French dictionary', () => {
  it('knows elisions, accents, capitals and hyphenated words', () => {
    for (const word of ['l’élection', "l'élection", 'aujourd’hui', 'c’est-à-dire', 'a-t-il', 'États-Unis', 'Azerbaïdjan', 'ÉLECTION', 'lance-roquettes']) {
      expect(isSpeltRight(fr, word), word).toBe(true)
    }
  })
  it('flags misspelt words, and a compound only when a part is wrong', () => {
    for (const word of ['ministere', 'éléction', 'gouvernment', 'Akopian', 'Haut-Karabakh']) expect(isSpeltRight(fr, word), word).toBe(false)
    expect(isSpeltRight(fr, 'franco-allemand')).toBe(true)
  })
  it('suggests the accented word first (the MAP rule)', () => {
    expect(suggestionsFor(fr, 'ministere')[0]).toBe('ministère')
    expect(suggestionsFor(fr, 'éléction')[0]).toBe('élection')
    expect(suggestionsFor(fr, 'hopital')[0]).toBe('hôpital')
    expect(suggestionsFor(fr, 'tres')).toContain('très')
    expect(suggestionsFor(fr, 'gouvernment')).toContain('gouvernement')
    expect(suggestionsFor(fr, 'aujourdhui')).toContain('aujourd’hui')
  })
})

describe('English dictionary', () => {
  it('checks and suggests', () => {
    expect(isSpeltRight(en, 'don’t')).toBe(true)
    expect(isSpeltRight(en, 'governement')).toBe(false)
    expect(suggestionsFor(en, 'governement')[0]).toBe('government')
    expect(suggestionsFor(en, 'governement')).not.toContain('governement')
  })
})

describe('newsroom dictionary', () => {
  it('matches the word as written, or capitalised at a sentence start', () => {
    const words = new Set(['Akopian', 'djihadiste'])
    expect(inNewsroomDictionary(words, 'Akopian')).toBe(true)
    expect(inNewsroomDictionary(words, 'Djihadiste')).toBe(true)
    expect(inNewsroomDictionary(words, 'akopian')).toBe(false)
  })
})

describe('spellingWords', () => {
  const words = (text: string) => spellingWords(text).map((word) => word.word)
  it('keeps elisions and compounds whole, with offsets into the text', () => {
    const text = 'L’offensive de l’Azerbaïdjan, c’est-à-dire Haut-Karabakh.'
    expect(words(text)).toEqual(['L’offensive', 'de', 'l’Azerbaïdjan', 'c’est-à-dire', 'Haut-Karabakh'])
    const found = spellingWords(text)[2]!
    expect(text.slice(found.from, found.to)).toBe('l’Azerbaïdjan')
  })
  it('skips numbers with letters, single letters, acronyms, URLs and addresses', () => {
    expect(words('Un assaut de 24h le 3e jour, selon l’AP et l’ONU : voir https://apnews.com/article ou redaction@journal.fr à 10h30.')).toEqual([
      'Un', 'assaut', 'de', 'le', 'jour', 'selon', 'et', 'voir', 'ou',
    ])
  })
})
