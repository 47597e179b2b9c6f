import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { articleDocFromText } from './articleFromText'
import { indexEntryFromDoc } from './articleIndex'
import { applyTextDiff, FIELD_EDIT_ORIGIN, readFields, textFieldOf } from './articleDoc'

const NNBSP = '\u202f'

describe('Yjs document ↔ index row', () => {
  const doc = articleDocFromText(
    {
      section: 'International',
      headline: 'Les armes israéliennes à l’Azerbaïdjan',
      standfirst: 'Un rapport de l’AP.',
      byline: 'Marie Dupont',
      tags: ['Gabriel Attal'],
      language: 'fr',
    },
    [
      { type: 'paragraph', text: `«${NNBSP}Pour nous, c'est une préoccupation majeure${NNBSP}», a déclaré Arman Akopian.` },
      { type: 'heading2', text: 'Une offensive éclair' },
      { type: 'paragraph', text: 'Les combats ont coûté la vie à environ 200 Arméniens.' },
    ],
    1_700_000_000_000,
  )

  it('carries every field into the row', () => {
    const { row } = indexEntryFromDoc(doc, 'a1', { updatedAt: 5, trashedAt: 0 })
    expect(row).toMatchObject({
      id: 'a1',
      headline: 'Les armes israéliennes à l’Azerbaïdjan',
      section: 'International',
      status: 'draft',
      byline: 'Marie Dupont',
      language: 'fr',
      createdAt: 1_700_000_000_000,
      updatedAt: 5,
      trashedAt: 0,
      excerpt: 'Un rapport de l’AP.',
    })
  })

  it('counts words and signes per field, blocks counted one by one', () => {
    const { row } = indexEntryFromDoc(doc, 'a1', { updatedAt: 5, trashedAt: 0 })
    expect(row.counts.headline).toEqual({ words: 5, signes: 38 })
    expect(row.counts.body.words).toBe(10 + 3 + 10)
    const quote = `«${NNBSP}Pour nous, c'est une préoccupation majeure${NNBSP}», a déclaré Arman Akopian.`
    expect(row.counts.body.signes).toBe([...quote].length + 'Une offensive éclair'.length + 'Les combats ont coûté la vie à environ 200 Arméniens.'.length)
  })

  it('indexes folded words of every field and the body, tags included', () => {
    const { words } = indexEntryFromDoc(doc, 'a1', { updatedAt: 5, trashedAt: 0 })
    expect(words).toEqual(expect.arrayContaining(['azerbaidjan', 'akopian', 'offensive', 'armeniens', 'gabriel', 'attal', 'dupont']))
    expect(new Set(words).size).toBe(words.length)
  })

  it('follows edits made to the document', () => {
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    copy.transact(() => applyTextDiff(textFieldOf(copy, 'headline'), 'Bakou reprend le Haut-Karabakh'), FIELD_EDIT_ORIGIN)
    const { row, words } = indexEntryFromDoc(copy, 'a1', { updatedAt: 6, trashedAt: 9 })
    expect(row.headline).toBe('Bakou reprend le Haut-Karabakh')
    expect(row.trashedAt).toBe(9)
    expect(words).toContain('karabakh')
    expect(readFields(copy).tags).toEqual(['Gabriel Attal'])
  })
})

describe('applyTextDiff', () => {
  it('changes only the differing middle, so concurrent edits at both ends merge', () => {
    const a = new Y.Doc()
    const text = a.getText('t')
    text.insert(0, 'Les armes à Bakou')
    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    applyTextDiff(a.getText('t'), 'Les armes israéliennes à Bakou')
    applyTextDiff(b.getText('t'), 'Les armes à Bakou, selon l’AP')
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(a.getText('t').toString()).toBe('Les armes israéliennes à Bakou, selon l’AP')
    expect(b.getText('t').toString()).toBe(a.getText('t').toString())
  })
})
