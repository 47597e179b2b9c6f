import { describe, expect, it } from 'vitest'
import { changedFields, diffBlocks, diffWords, wordTokens } from './textDiff'

describe('word diff', () => {
  it('keeps the text whole in its tokens', () => {
    const text = 'L’offensive  éclair a contraint, selon Bakou. '
    expect(wordTokens(text).join('')).toBe(text)
  })

  it('shows exactly the words added and removed', () => {
    expect(diffWords('Bakou a obtenu la reddition des séparatistes.', 'Bakou a obtenu mercredi la reddition totale des séparatistes.')).toEqual([
      { kind: 'same', text: 'Bakou a obtenu ' },
      { kind: 'added', text: 'mercredi ' },
      { kind: 'same', text: 'la reddition ' },
      { kind: 'added', text: 'totale ' },
      { kind: 'same', text: 'des séparatistes.' },
    ])
    expect(diffWords('un deux trois', 'un trois')).toEqual([
      { kind: 'same', text: 'un ' },
      { kind: 'removed', text: 'deux ' },
      { kind: 'same', text: 'trois' },
    ])
  })

  it('matches unchanged blocks and diffs the changed ones, with whole blocks added or removed', () => {
    const before = ['Titre', 'Premier paragraphe.', 'Deuxième paragraphe.', 'Fin.']
    const after = ['Titre', 'Premier paragraphe modifié.', 'Fin.', 'Post-scriptum.']
    expect(diffBlocks(before, after)).toEqual([
      { kind: 'same', text: 'Titre' },
      { kind: 'changed', parts: [{ kind: 'same', text: 'Premier ' }, { kind: 'removed', text: 'paragraphe.' }, { kind: 'added', text: 'paragraphe modifié.' }] },
      { kind: 'removed', text: 'Deuxième paragraphe.' },
      { kind: 'same', text: 'Fin.' },
      { kind: 'added', text: 'Post-scriptum.' },
    ])
  })

  it('lists the fields whose value changed', () => {
    expect(changedFields({ headline: 'A', section: 'France', tags: 'x' }, { headline: 'B', section: 'France', tags: 'x, y' })).toEqual([
      { field: 'headline', before: 'A', after: 'B' },
      { field: 'tags', before: 'x', after: 'x, y' },
    ])
  })
})
