import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { articleDocFromText } from './articleFromText'
import { indexEntryFromDoc } from './articleIndex'
import { applyTextDiff, bodyOf, FIELD_EDIT_ORIGIN, readFields, textFieldOf } from './articleDoc'
import { addThread, setThreadResolved } from './articleComments'
import { setLeadPhoto, setLeadPhotoOverride } from './articlePhotos'
import { EMBARGO_AT, SCHEDULED_AT, setTimeField } from './articleWorkflow'

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

describe('the desk signals in the index row', () => {
  it('says none for a plain article', () => {
    const plain = articleDocFromText({ headline: 'Rien' }, [{ type: 'paragraph', text: 'Rien à signaler.' }])
    expect(indexEntryFromDoc(plain, 'p', { updatedAt: 1, trashedAt: 0 }).row.signals).toEqual({
      openComments: 0,
      openSuggestions: 0,
      leadPhoto: null,
      embargoAt: 0,
      scheduledAt: 0,
    })
  })

  it('counts open comments and suggestions, names the lead photo and its own words, and carries embargo and schedule', () => {
    const article = articleDocFromText({ headline: 'Bakou' }, [{ type: 'paragraph', text: 'Bakou a obtenu la reddition des séparatistes.' }])
    const text = (bodyOf(article).get(0) as Y.XmlElement).get(0) as Y.XmlText
    const anchors = { start: Y.createRelativePositionFromTypeIndex(text, 0), end: Y.createRelativePositionFromTypeIndex(text, 5, -1) }
    addThread(article, { ...anchors, quote: 'Bakou', author: 'Paul', text: 'Source ?', blocking: true })
    const resolved = addThread(article, { ...anchors, quote: 'Bakou', author: 'Paul', text: 'Orthographe', blocking: false })
    addThread(article, { ...anchors, quote: 'Bakou', author: 'Claire', text: 'Date ?', blocking: false })
    setThreadResolved(article, resolved, true, 'Claire')
    // The suggestion mark as the track-changes extension writes it (see articleSuggestions.test.ts).
    text.format(6, 2, { insertion: { id: 's~a~1~Claire' } })
    setLeadPhoto(article, 'photo-1')
    setLeadPhotoOverride(article, 'credit', 'AFP')
    setTimeField(article, EMBARGO_AT, 1_800_000_000_000, null)
    setTimeField(article, SCHEDULED_AT, 1_800_000_600_000, null)
    expect(indexEntryFromDoc(article, 'b', { updatedAt: 1, trashedAt: 0 }).row.signals).toEqual({
      openComments: 2,
      openSuggestions: 1,
      leadPhoto: { photoId: 'photo-1', ownWords: ['credit'] },
      embargoAt: 1_800_000_000_000,
      scheduledAt: 1_800_000_600_000,
    })
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
