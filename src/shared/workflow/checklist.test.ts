import { describe, expect, it } from 'vitest'
import { isWellFormedLink, runChecklist, type ChecklistInput } from './checklist'

const now = Date.UTC(2026, 10, 24, 9)
const complete: ChecklistInput = {
  headline: 'L’Azerbaïdjan reprend le Haut-Karabakh',
  standfirst: 'En vingt-quatre heures, Bakou a obtenu la reddition des séparatistes.',
  section: 'International',
  byline: 'Marie Dupont',
  headlineLimit: 90,
  headlineSignes: 38,
  bodySignes: 3400,
  lengthTarget: 3500,
  tags: ['Arménie'],
  links: [
    { href: 'https://www.example.org/rapport', text: 'le rapport' },
    { href: 'mailto:redaction@example.org', text: 'écrire' },
  ],
  blockingComments: [],
  photos: [],
  now,
}
const codes = (input: Partial<ChecklistInput>) => runChecklist({ ...complete, ...input }).problems.map((item) => item.code)

describe('pre-publish checklist', () => {
  it('passes a complete article with no warning', () => {
    expect(runChecklist(complete)).toEqual({ problems: [], warnings: [], passes: true })
  })

  it('blocks while suggestions are unresolved, naming how many', () => {
    const result = runChecklist({ ...complete, unresolvedSuggestions: 2 })
    expect(result.passes).toBe(false)
    expect(result.problems).toEqual([{ code: 'suggestions-unresolved', severity: 'problem', target: { kind: 'body' }, params: { number: 2 } }])
    expect(runChecklist({ ...complete, unresolvedSuggestions: 0 }).passes).toBe(true)
  })

  it('names every problem of an incomplete article, each with where to fix it', () => {
    const result = runChecklist({ ...complete, headline: ' ', standfirst: '', section: '', byline: '' })
    expect(result.passes).toBe(false)
    expect(result.problems.map((item) => [item.code, item.target])).toEqual([
      ['headline-missing', { kind: 'field', field: 'headline' }],
      ['standfirst-missing', { kind: 'field', field: 'standfirst' }],
      ['section-missing', { kind: 'field', field: 'section' }],
      ['byline-missing', { kind: 'field', field: 'byline' }],
    ])
  })

  it('blocks a headline over the section’s limit, saying by how much', () => {
    expect(runChecklist({ ...complete, headlineSignes: 95 }).problems).toEqual([
      { code: 'headline-too-long', severity: 'problem', target: { kind: 'field', field: 'headline' }, params: { limit: 90, over: 5 } },
    ])
  })

  it('flags links that are not http(s)/mailto or not well formed, by their place in the text', () => {
    const links = [
      { href: 'https://www.example.org', text: 'bon' },
      { href: 'javascript:alert(1)', text: 'piège' },
      { href: 'http://exemple', text: 'sans domaine' },
      { href: 'mailto:personne', text: 'sans adresse' },
      { href: 'https://www.example.org/a b', text: 'espace' },
      { href: 'file:///etc/passwd', text: 'fichier' },
    ]
    const result = runChecklist({ ...complete, links })
    expect(result.problems.map((item) => item.target)).toEqual([1, 2, 3, 4, 5].map((index) => ({ kind: 'link', index })))
    expect(isWellFormedLink('http://localhost:8080/x')).toBe(true)
  })

  it('blocks on open blocking comments and on photos missing caption, credit or alt text', () => {
    const result = runChecklist({
      ...complete,
      blockingComments: [{ id: 'c1', quote: 'selon un témoin' }],
      photos: [
        { id: 'p1', label: 'bakou.jpg', caption: 'Bakou, le 20 septembre.', credit: 'AFP', altText: '' },
        { id: 'p2', label: 'erevan.jpg', caption: '', credit: '', altText: 'Une rue d’Erevan' },
      ],
    })
    expect(result.problems.map((item) => [item.code, item.params])).toEqual([
      ['comment-blocking', { quote: 'selon un témoin' }],
      ['photo-alt-missing', { photo: 'bakou.jpg' }],
      ['photo-caption-missing', { photo: 'erevan.jpg' }],
      ['photo-credit-missing', { photo: 'erevan.jpg' }],
    ])
  })

  it('shortens a long commented quote for the list', () => {
    const quote = 'Dans une série d’échanges diplomatiques, Akopian a déclaré avoir exprimé son inquiétude.'
    const [item] = runChecklist({ ...complete, blockingComments: [{ id: 'c', quote }] }).problems
    expect(item!.params.quote).toBe('Dans une série d’échanges diplomatiques, Akopian a déclaré…')
  })

  it('blocks before the embargo and not after it', () => {
    expect(codes({ embargoAt: now + 1 })).toEqual(['embargo-not-passed'])
    expect(codes({ embargoAt: now })).toEqual([])
  })

  it('warns, without blocking, about length and missing tags', () => {
    const result = runChecklist({ ...complete, bodySignes: 2000, tags: [] })
    expect(result.passes).toBe(true)
    expect(result.warnings.map((item) => item.code)).toEqual(['length-under', 'tags-missing'])
    expect(runChecklist({ ...complete, bodySignes: 5000 }).warnings.map((item) => item.code)).toEqual(['length-over'])
    expect(runChecklist({ ...complete, lengthTarget: undefined }).warnings).toEqual([])
  })
})
