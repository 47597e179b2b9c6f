import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ArticleUndoManager } from './ArticleUndoManager'
import { initArticleDoc, textFieldOf } from './articleDoc'
import { checklistInputFromDoc } from './articleReview'
import {
  ownSuggestedText,
  readFieldSuggestions,
  resolveAllFieldSuggestions,
  resolveFieldSuggestion,
  suggestFieldText,
} from './fieldSuggestions'
import { originOfSuggestion } from '../editor/suggestions/suggestionIds'

const HEADLINE = 'Le conseil vote le budget'

function article(): Y.Doc {
  const doc = new Y.Doc()
  initArticleDoc(doc, { headline: HEADLINE, standfirst: 'Trois heures de débat.', createdAt: 1 })
  return doc
}

describe('field suggestions', () => {
  it('records a proposed headline without changing the headline, signed with author and time', () => {
    const doc = article()
    suggestFieldText(doc, 'headline', 'Paul Bernard', 'Le conseil adopte le budget', 1_764_000_000_000)
    expect(textFieldOf(doc, 'headline').toString()).toBe(HEADLINE)
    const [suggestion] = readFieldSuggestions(doc)
    expect(suggestion).toMatchObject({ field: 'headline', author: 'Paul Bernard', at: 1_764_000_000_000, text: 'Le conseil adopte le budget' })
    expect(originOfSuggestion(suggestion!.id).author).toBe('Paul Bernard')
    expect(ownSuggestedText(doc, 'headline', 'Paul Bernard')).toBe('Le conseil adopte le budget')
    expect(ownSuggestedText(doc, 'headline', 'Marie Dupont')).toBeUndefined()
  })

  it("updates the author's own suggestion on a second edit, and withdraws it when it matches the field again", () => {
    const doc = article()
    suggestFieldText(doc, 'headline', 'Paul Bernard', 'Le conseil adopte', 1000)
    const id = readFieldSuggestions(doc)[0]!.id
    suggestFieldText(doc, 'headline', 'Paul Bernard', 'Le conseil adopte le budget', 2000)
    expect(readFieldSuggestions(doc)).toEqual([{ id, field: 'headline', author: 'Paul Bernard', at: 2000, text: 'Le conseil adopte le budget' }])
    suggestFieldText(doc, 'headline', 'Paul Bernard', HEADLINE, 3000)
    expect(readFieldSuggestions(doc)).toEqual([])
  })

  it('accepts as one undoable edit of the field, and rejects by dropping the suggestion', () => {
    const doc = article()
    const undo = new ArticleUndoManager(doc)
    suggestFieldText(doc, 'headline', 'Paul Bernard', 'Le conseil adopte le budget')
    suggestFieldText(doc, 'standfirst', 'Paul Bernard', 'Quatre heures de débat.')
    undo.stopCapturing()
    const [headline, standfirst] = readFieldSuggestions(doc)
    expect(resolveFieldSuggestion(doc, headline!.id, true)).toBe(true)
    expect(textFieldOf(doc, 'headline').toString()).toBe('Le conseil adopte le budget')
    undo.stopCapturing()
    expect(resolveFieldSuggestion(doc, standfirst!.id, false)).toBe(true)
    expect(textFieldOf(doc, 'standfirst').toString()).toBe('Trois heures de débat.')
    expect(readFieldSuggestions(doc)).toEqual([])
    expect(resolveFieldSuggestion(doc, headline!.id, true)).toBe(false)

    undo.undo() // the rejection
    undo.undo() // the acceptance: the old headline and the suggestion are back
    expect(textFieldOf(doc, 'headline').toString()).toBe(HEADLINE)
    expect(readFieldSuggestions(doc).map((s) => s.field)).toEqual(['headline', 'standfirst'])
    undo.dispose()
  })

  it('merges two offline copies, each with a suggestion on the same field, keeping both', () => {
    const base = article()
    const reporter = new Y.Doc()
    const editor = new Y.Doc()
    Y.applyUpdate(reporter, Y.encodeStateAsUpdate(base))
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(base))
    suggestFieldText(editor, 'headline', 'Paul Bernard', 'Le conseil adopte le budget', 1000)
    suggestFieldText(reporter, 'headline', 'Claire Martin', 'Budget : le conseil dit oui', 2000)
    Y.applyUpdate(reporter, Y.encodeStateAsUpdate(editor))
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(reporter))
    for (const copy of [reporter, editor]) {
      expect(readFieldSuggestions(copy).map((s) => [s.author, s.text]).sort()).toEqual([
        ['Claire Martin', 'Budget : le conseil dit oui'],
        ['Paul Bernard', 'Le conseil adopte le budget'],
      ])
      expect(textFieldOf(copy, 'headline').toString()).toBe(HEADLINE)
    }
  })

  it('resolves all at once; the latest wins when two suggest the same field', () => {
    const doc = article()
    suggestFieldText(doc, 'headline', 'Paul Bernard', 'Premier titre', 1000)
    suggestFieldText(doc, 'headline', 'Claire Martin', 'Second titre', 2000)
    suggestFieldText(doc, 'standfirst', 'Paul Bernard', 'Autre chapô.', 1500)
    expect(resolveAllFieldSuggestions(doc, true)).toBe(3)
    expect(textFieldOf(doc, 'headline').toString()).toBe('Second titre')
    expect(textFieldOf(doc, 'standfirst').toString()).toBe('Autre chapô.')
    suggestFieldText(doc, 'byline', 'Paul Bernard', 'Par Paul Bernard')
    expect(resolveAllFieldSuggestions(doc, false)).toBe(1)
    expect(textFieldOf(doc, 'byline').toString()).toBe('')
    expect(readFieldSuggestions(doc)).toEqual([])
  })

  it('counts pending field suggestions as unresolved in the checklist', () => {
    const doc = article()
    const input = () => checklistInputFromDoc(doc, { headlineLimit: 100, headlineSignes: 10, bodySignes: 0, now: 0, photos: [] })
    expect(input().unresolvedSuggestions).toBe(0)
    suggestFieldText(doc, 'headline', 'Paul Bernard', 'Le conseil adopte le budget')
    expect(input().unresolvedSuggestions).toBe(1)
  })
})
