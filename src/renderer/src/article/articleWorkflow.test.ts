import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { capabilitiesOfRole, checkTransition, type Transition } from '@shared/workflow/workflow'
import type { ArticleStatus } from '@shared/article/article'
import { initArticleDoc, readFields } from './articleDoc'
import { applyTransition, correctionNoteOf, readHistory, statusChangedAt } from './articleWorkflow'
import { indexEntryFromDoc } from './articleIndex'

const editorCaps = capabilitiesOfRole('editor')
const reporterCaps = capabilitiesOfRole('reporter')

function transition(from: ArticleStatus, to: ArticleStatus, caps = editorCaps, message = ''): Transition {
  const check = checkTransition(from, to, { capabilities: caps, now: 0, message })
  if (!check.ok) throw new Error(check.reason)
  return check.transition
}

const newDoc = () => {
  const doc = new Y.Doc()
  initArticleDoc(doc, { createdAt: 100, headline: 'Bakou' })
  return doc
}

describe('workflow in the article document', () => {
  it('records who, when and the message with each transition, and updates the index row', () => {
    const doc = newDoc()
    applyTransition(doc, transition('draft', 'submitted', reporterCaps), { name: 'Marie Dupont', role: 'reporter' }, ' Prêt ', 1000)
    applyTransition(doc, transition('submitted', 'editing'), { name: 'Claire Martin', role: 'editor' }, '', 2000)
    expect(readFields(doc).status).toBe('editing')
    expect(readHistory(doc)).toEqual([
      { from: 'draft', to: 'submitted', action: 'submit', by: 'Marie Dupont', role: 'reporter', at: 1000, message: 'Prêt' },
      { from: 'submitted', to: 'editing', action: 'startEditing', by: 'Claire Martin', role: 'editor', at: 2000, message: '' },
    ])
    expect(statusChangedAt(doc, 100)).toBe(2000)
    expect(indexEntryFromDoc(doc, 'a', { updatedAt: 3000, trashedAt: 0 }).row).toMatchObject({ status: 'editing', statusAt: 2000 })
  })

  it('keeps the correction note with a reopened published article', () => {
    const doc = newDoc()
    const editor = { name: 'Claire Martin', role: 'editor' as const }
    for (const [from, to] of [['draft', 'submitted'], ['submitted', 'editing'], ['editing', 'approved'], ['approved', 'published']] as const) {
      applyTransition(doc, transition(from, to), editor, '')
    }
    applyTransition(doc, transition('published', 'correction', editorCaps, 'Âge corrigé.'), editor, 'Âge corrigé.')
    expect(readFields(doc).status).toBe('correction')
    expect(correctionNoteOf(doc)).toBe('Âge corrigé.')
  })

  it('keeps both history lines when two people move the story offline, and agrees on one status', () => {
    const a = newDoc()
    applyTransition(a, transition('draft', 'submitted', reporterCaps), { name: 'Marie', role: 'reporter' }, '', 1000)
    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    applyTransition(a, transition('submitted', 'editing'), { name: 'Claire', role: 'editor' }, 'je prends', 2000)
    applyTransition(b, transition('submitted', 'draft', reporterCaps), { name: 'Marie', role: 'reporter' }, 'oubli', 2100)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(readHistory(a).map((entry) => entry.message).sort()).toEqual(['', 'je prends', 'oubli'])
    expect(readHistory(b)).toEqual(readHistory(a))
    expect(readFields(a).status).toBe(readFields(b).status)
  })
})
