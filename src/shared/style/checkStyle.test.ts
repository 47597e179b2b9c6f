import { describe, expect, it } from 'vitest'
import data from '../../../resources/house-style.json'
import example from '../../../e2e/data/example-article.json'
import { applyStyleFixes, checkStyle } from './checkStyle'
import { parseHouseStyle, type HouseStyle } from './houseStyle'

const style = parseHouseStyle(data)
const check = (text: string, language: 'fr' | 'en' = 'fr') => checkStyle(text, style, language)
const ids = (text: string, language: 'fr' | 'en' = 'fr') => check(text, language).map((finding) => finding.ruleId)

describe('house style on the example article', () => {
  const findings = example.body.map((paragraph) => check(paragraph))

  it('flags "24h" in the first paragraph, with "24 heures" as the fix', () => {
    expect(findings[0]).toEqual([
      expect.objectContaining({ ruleId: '24-heures', text: '24h', replacement: '24 heures', severity: 'warning' }),
    ])
    expect(example.body[0]!.slice(findings[0]![0]!.from, findings[0]![0]!.to)).toBe('24h')
  })

  it('flags "l\' AP" in the second paragraph and fixes it to "l\'AP"; both quotations there are attributed', () => {
    expect(findings[1]!.map((finding) => [finding.ruleId, finding.replacement])).toEqual([['apostrophe-space', "l'"]])
    expect(findings[1]![0]!.text).toMatch(/^l'\s$/u)
    expect(applyStyleFixes(example.body[1]!, findings[1]!)).toMatch(/a-t-il déclaré à l'AP\.$/)
  })

  it('finds nothing in the third paragraph', () => {
    expect(findings[2]).toEqual([])
  })

  it('with the attributions taken out, a quotation is flagged unless the next sentence attributes it', () => {
    const unattributed = example.body[1]!.replace(/, a déclaré à\sl.Associated Press[^.]*/u, '').replace(/, a-t-il déclaré à\sl.\sAP/u, '')
    expect(unattributed).not.toMatch(/Associated|AP\./)
    const quotes = check(unattributed).filter((finding) => finding.ruleId === 'citation-sans-attribution')
    // The first is followed by "Akopian a déclaré avoir exprimé…"; the second has nothing after it.
    expect(quotes.map((finding) => finding.text.slice(0, 12))).toEqual(['« Je ne vois'])
    expect(quotes[0]!.text.endsWith('pays »')).toBe(true)
    expect(quotes[0]!.severity).toBe('warning')
    expect(quotes[0]!.message.fr).toMatch(/Citation sans attribution/)
  })
})

describe('quotations and their attribution', () => {
  it('accepts an attribution before the quotation in the same sentence, or in the next sentence', () => {
    expect(ids('Selon le ministre, « la situation est sous contrôle depuis hier ».')).toEqual([])
    expect(ids('« La situation est sous contrôle depuis hier. » C’est ce qu’affirme le ministre.')).toEqual([])
    expect(ids('« La situation est sous contrôle depuis hier », assure-t-il.')).toEqual([])
  })
  it('flags an attribution only two sentences later, and words inside the quotation do not count', () => {
    expect(ids('« La situation est sous contrôle depuis hier ». Le calme est revenu. Le ministre l’a dit.')).toEqual(['citation-sans-attribution'])
    expect(ids('« Selon moi, la situation est sous contrôle ». Le calme est revenu.')).toEqual(['citation-sans-attribution'])
  })
  it('leaves a word or two in quotes alone', () => {
    expect(ids('Il parle d’une « opération spéciale » en cours.')).toEqual([])
  })
  it('checks English quotations with English verbs', () => {
    expect(ids('“We will not give up on our people,” he said.', 'en')).toEqual([])
    expect(ids('“We will not give up on our people.” The crowd cheered.', 'en')).toEqual(['quote-without-attribution'])
  })
})

describe('pattern rules', () => {
  it('fixes each rule with its replacement, in either apostrophe', () => {
    const text = 'L’ Etat a tenu 24 h, de 10h30 à 12h 15, etc... au jour d’aujourd’hui.'
    expect(applyStyleFixes(text, check(text))).toBe('L’État a tenu 24 heures, de 10 h 30 à 12 h 15, etc. aujourd’hui.')
  })
  it('does not take times, words or English text for French mistakes', () => {
    expect(ids('À 24h30, l’AP et l’État répondent. Il est 10:30.')).not.toContain('24-heures')
    expect(ids('The students\' union met for 24h.', 'en')).toEqual([])
    expect(ids('Eta et Etatisme')).toEqual([])
    expect(ids('les Etats-Unis')).toEqual(['etat-majuscule'])
  })
  it('gives a finding for each occurrence, in text order', () => {
    expect(check('24h puis 24h').map((finding) => finding.from)).toEqual([0, 9])
  })
})

describe('rules as data', () => {
  it('refuses a broken pattern, a duplicate id and an unknown severity, saying where', () => {
    const rule = { id: 'x', type: 'pattern', pattern: 'a', severity: 'info', message: { fr: 'a', en: 'a' } }
    expect(() => parseHouseStyle({ version: 1, rules: [{ ...rule, pattern: '(' }] })).toThrow(/rules\[0\]\.pattern|not a valid regular expression/)
    expect(() => parseHouseStyle({ version: 1, rules: [rule, rule] })).toThrow(/used twice/)
    expect(() => parseHouseStyle({ version: 1, rules: [{ ...rule, severity: 'fatal' }] })).toThrow(/severity/)
    expect(() => parseHouseStyle({ version: 1, rules: [{ ...rule, pattern: 'a*' }] })).toThrow(/empty text/)
  })
  it('a user rule applies like a shipped one', () => {
    const own: HouseStyle = parseHouseStyle({
      version: 1,
      rules: [{ id: 'ukraine', type: 'pattern', pattern: 'en Ukraine', replacement: 'en Ukraine', severity: 'info', message: { fr: 'ok', en: 'ok' } }],
    })
    expect(checkStyle('Il vit en Ukraine.', own, 'fr')).toHaveLength(1)
  })
})
