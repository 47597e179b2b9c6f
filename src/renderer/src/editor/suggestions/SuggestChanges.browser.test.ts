import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ArticleUndoManager } from '../../article/ArticleUndoManager'
import { bodyOf } from '../../article/articleDoc'
import { articleEditor, destroyArticleEditors, posOf } from '../testing/articleEditor'
import { initI18n } from '../../i18n/i18n'
import { collectSuggestions } from './collectSuggestions'
import { authorHue, makeSuggestionId, originOfSuggestion } from './suggestionIds'
import { suggestingAs, suggestingMode } from './suggestionMode'
import { refusedEdit } from './refusedEdit'
import { SuggestionRefusedNotice } from './SuggestionRefusedNotice'
import { createElement } from 'react'
import { createRoot } from 'react-dom/client'
import { flushSync } from 'react-dom'

const PARAGRAPH = 'Le conseil a voté le budget. La séance a duré trois heures. Le maire était absent.'
const SENTENCE = ' La séance a duré trois heures.'

beforeAll(async () => {
  await initI18n('en')
})

afterEach(() => {
  destroyArticleEditors()
  suggestingMode.set(false)
  suggestingAs.set({ name: '', role: '' })
  refusedEdit.set(null)
})

/** What the Yjs body's first paragraph holds, as a delta (text with its marks as attributes). */
function yDelta(doc: Y.Doc): { insert: string; attributes?: Record<string, { id: string }> }[] {
  const paragraph = bodyOf(doc).get(0) as Y.XmlElement
  return (paragraph.get(0) as Y.XmlText).toDelta() as { insert: string; attributes?: Record<string, { id: string }> }[]
}

async function withParagraph(doc: Y.Doc, undoManager?: ArticleUndoManager) {
  const editor = await articleEditor(doc, undoManager)
  editor.commands.setContent(`<p>${PARAGRAPH}</p>`)
  return editor
}

function suggestAs(name: string) {
  suggestingAs.set({ name, role: 'editor' })
  suggestingMode.set(true)
}

describe('suggestion mode', () => {
  it('records an insertion and a deletion with author; accepting one and rejecting the other gives the exact text', async () => {
    const doc = new Y.Doc()
    const editor = await withParagraph(doc)
    suggestAs('Claire Martin')
    editor.commands.insertContentAt(posOf(editor, 'budget'), 'nouveau ')
    const from = posOf(editor, SENTENCE)
    editor.commands.deleteRange({ from, to: from + SENTENCE.length })

    // Nothing removed yet: the deletion is a mark, the insertion is there, marked.
    expect(editor.state.doc.textContent).toBe('Le conseil a voté le nouveau budget. La séance a duré trois heures. Le maire était absent.')
    const suggestions = collectSuggestions(editor.state.doc)
    expect(suggestions.map((s) => ({ author: s.author, inserted: s.inserted, deleted: s.deleted }))).toEqual([
      { author: 'Claire Martin', inserted: 'nouveau ', deleted: '' },
      { author: 'Claire Martin', inserted: '', deleted: SENTENCE },
    ])
    expect(suggestions[0]!.at).toBeGreaterThan(Date.now() - 60_000)
    // The marks are in the Yjs document, so they sync and persist.
    const marked = yDelta(doc).filter((op) => op.attributes)
    expect(marked.map((op) => [Object.keys(op.attributes!), op.insert])).toEqual([
      [['insertion'], 'nouveau '],
      [['deletion'], SENTENCE],
    ])

    suggestingMode.set(false)
    expect(editor.commands.acceptSuggestion(suggestions[0]!.id)).toBe(true)
    expect(editor.commands.rejectSuggestion(suggestions[1]!.id)).toBe(true)
    expect(editor.state.doc.textContent).toBe('Le conseil a voté le nouveau budget. La séance a duré trois heures. Le maire était absent.')
    expect(collectSuggestions(editor.state.doc)).toEqual([])
    expect(yDelta(doc)).toEqual([{ insert: 'Le conseil a voté le nouveau budget. La séance a duré trois heures. Le maire était absent.' }])
  })

  it('accepting a deletion removes the sentence; rejecting an insertion removes the word', async () => {
    const editor = await withParagraph(new Y.Doc())
    suggestAs('Claire Martin')
    editor.commands.insertContentAt(posOf(editor, 'budget'), 'nouveau ')
    const from = posOf(editor, SENTENCE)
    editor.commands.deleteRange({ from, to: from + SENTENCE.length })
    const [insertion, deletion] = collectSuggestions(editor.state.doc)
    editor.commands.rejectSuggestion(insertion!.id)
    editor.commands.acceptSuggestion(deletion!.id)
    expect(editor.state.doc.textContent).toBe('Le conseil a voté le budget. Le maire était absent.')
  })

  it('undo takes a suggestion back, leaving no mark', async () => {
    const doc = new Y.Doc()
    const undoManager = new ArticleUndoManager(doc)
    const editor = await withParagraph(doc, undoManager)
    undoManager.stopCapturing()
    suggestAs('Claire Martin')
    editor.commands.insertContentAt(posOf(editor, 'budget'), 'nouveau ')
    expect(collectSuggestions(editor.state.doc)).toHaveLength(1)
    // The command the toolbar's Undo button runs.
    expect(editor.commands.undo()).toBe(true)
    expect(editor.state.doc.textContent).toBe(PARAGRAPH)
    expect(collectSuggestions(editor.state.doc)).toEqual([])

    undoManager.stopCapturing()
    const from = posOf(editor, SENTENCE)
    editor.commands.deleteRange({ from, to: from + SENTENCE.length })
    expect(collectSuggestions(editor.state.doc)).toHaveLength(1)
    undoManager.stopCapturing()
    expect(editor.commands.undo()).toBe(true)
    expect(collectSuggestions(editor.state.doc)).toEqual([])
    expect(yDelta(doc)).toEqual([{ insert: PARAGRAPH }])
  })

  it('a suggestion arriving from another copy is shown as is, not suggested again by a reader who is suggesting', async () => {
    const docA = new Y.Doc()
    const docB = new Y.Doc()
    docA.on('update', (update: Uint8Array) => Y.applyUpdate(docB, update, 'remote'))
    const editorA = await withParagraph(docA)
    const editorB = await articleEditor(docB)
    expect(editorB.state.doc.textContent).toBe(PARAGRAPH)
    suggestAs('Claire Martin')
    editorA.commands.insertContentAt(posOf(editorA, 'budget'), 'nouveau ')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(editorB.state.doc.toJSON()).toEqual(editorA.state.doc.toJSON())
    expect(collectSuggestions(editorB.state.doc).map((s) => [s.author, s.inserted])).toEqual([['Claire Martin', 'nouveau ']])
  })

  it('merges suggestions made offline by two people on the same paragraph; each can be accepted or rejected', async () => {
    const base = new Y.Doc()
    await withParagraph(base)
    const docA = new Y.Doc()
    const docB = new Y.Doc()
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(base))
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(base))
    const editorA = await articleEditor(docA)
    const editorB = await articleEditor(docB)

    // Offline: each on their own copy.
    suggestAs('Claire Martin')
    editorA.commands.insertContentAt(posOf(editorA, 'budget'), 'nouveau ')
    suggestAs('Paul Roux')
    const from = posOf(editorB, SENTENCE)
    editorB.commands.deleteRange({ from, to: from + SENTENCE.length })
    suggestingMode.set(false)

    // Back online: the updates cross.
    Y.applyUpdate(docA, Y.encodeStateAsUpdate(docB, Y.encodeStateVector(docA)))
    Y.applyUpdate(docB, Y.encodeStateAsUpdate(docA, Y.encodeStateVector(docB)))
    await new Promise((resolve) => setTimeout(resolve, 0))

    for (const editor of [editorA, editorB]) {
      expect(collectSuggestions(editor.state.doc).map((s) => ({ author: s.author, inserted: s.inserted, deleted: s.deleted }))).toEqual([
        { author: 'Claire Martin', inserted: 'nouveau ', deleted: '' },
        { author: 'Paul Roux', inserted: '', deleted: SENTENCE },
      ])
    }
    // Claire's insertion is accepted in one copy, Paul's deletion rejected in the other.
    docA.on('update', (update: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(docB, update, 'sync'))
    docB.on('update', (update: Uint8Array, origin: unknown) => origin !== 'sync' && Y.applyUpdate(docA, update, 'sync'))
    const [claire, paul] = collectSuggestions(editorA.state.doc)
    expect(editorA.commands.acceptSuggestion(claire!.id)).toBe(true)
    expect(editorB.commands.rejectSuggestion(paul!.id)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 0))
    const expected = 'Le conseil a voté le nouveau budget. La séance a duré trois heures. Le maire était absent.'
    for (const editor of [editorA, editorB]) {
      expect(editor.state.doc.textContent).toBe(expected)
      expect(collectSuggestions(editor.state.doc)).toEqual([])
    }
  })

  it('keeps suggestions through the Yjs document: a fresh editor on a copy shows the same ones', async () => {
    const doc = new Y.Doc()
    const editor = await withParagraph(doc)
    suggestAs('Claire Martin')
    editor.commands.insertContentAt(posOf(editor, 'budget'), 'nouveau ')
    const from = posOf(editor, SENTENCE)
    editor.commands.deleteRange({ from, to: from + SENTENCE.length })
    // Apart from the deletion: next to it, the library makes both one suggestion.
    editor.commands.setTextSelection(posOf(editor, 'était'))
    editor.commands.splitBlock()
    suggestingMode.set(false)

    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    const reopened = await articleEditor(copy)
    expect(reopened.state.doc.toJSON()).toEqual(editor.state.doc.toJSON())
    const suggestions = collectSuggestions(reopened.state.doc)
    expect(suggestions.map((s) => [s.author, s.inserted, s.deleted, s.breakOnly])).toEqual([
      ['Claire Martin', 'nouveau ', '', false],
      ['Claire Martin', '', SENTENCE, false],
      ['Claire Martin', '', '', true],
    ])
    // The new paragraph break shows as a pilcrow (its anchor is a zero-width space).
    expect(reopened.view.dom.querySelectorAll('.suggestion-pilcrow-insertion')).toHaveLength(1)
    expect(editor.view.dom.querySelectorAll('.suggestion-pilcrow-insertion')).toHaveLength(1)
    // Typing elsewhere keeps it where it belongs (the marks are followed, not looked for again).
    reopened.commands.insertContentAt(1, 'Hier, ')
    expect(reopened.view.dom.querySelectorAll('.suggestion-pilcrow-insertion')).toHaveLength(1)
    reopened.commands.deleteRange({ from: 1, to: 1 + 'Hier, '.length })
    // Rejecting it joins the text again.
    reopened.commands.rejectSuggestion(suggestions[2]!.id)
    expect(reopened.state.doc.childCount).toBe(1)
    expect(reopened.view.dom.querySelectorAll('.suggestion-pilcrow')).toHaveLength(0)
    reopened.commands.rejectAllSuggestions()
    expect(reopened.state.doc.textContent).toBe(PARAGRAPH)
  })

  it('marks the text of whole blocks deleted at once, so the deletion is stored in Yjs', async () => {
    const doc = new Y.Doc()
    const editor = await articleEditor(doc)
    editor.commands.setContent('<p>Premier paragraphe.</p><p>Second paragraphe.</p>')
    suggestAs('Paul Roux')
    editor.commands.selectAll()
    editor.commands.deleteSelection()
    suggestingMode.set(false)
    const copy = new Y.Doc()
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
    const reopened = await articleEditor(copy)
    expect(reopened.state.doc.textContent.replace(/\u200B/g, '')).toBe('Premier paragraphe.Second paragraphe.')
    expect(collectSuggestions(reopened.state.doc).map((s) => s.deleted).join('')).toBe('Premier paragraphe.Second paragraphe.')
    expect(reopened.state.doc.toJSON()).toEqual(editor.state.doc.toJSON())
    reopened.commands.rejectAllSuggestions()
    expect(collectSuggestions(reopened.state.doc)).toEqual([])
    expect(reopened.state.doc.textContent).toBe('Premier paragraphe.Second paragraphe.')
    // The empty paragraph left in place of the deleted ones has no text to carry a mark: it stays.
    editor.commands.rejectAllSuggestions()
    expect(editor.getHTML()).toBe('<p>Premier paragraphe.</p><p>Second paragraphe.</p><p></p>')
  })

  it('records bold as a suggestion (the word replaced by its bold self): rejecting leaves it plain, accepting bold', async () => {
    const editor = await withParagraph(new Y.Doc())
    suggestAs('Claire Martin')
    const from = posOf(editor, 'budget')
    editor.chain().setTextSelection({ from, to: from + 'budget'.length }).toggleBold().run()
    const [bold] = collectSuggestions(editor.state.doc)
    expect([bold!.inserted, bold!.deleted]).toEqual(['budget', 'budget'])
    suggestingMode.set(false)
    editor.commands.rejectSuggestion(bold!.id)
    expect(editor.getHTML()).toBe(`<p>${PARAGRAPH}</p>`)

    suggestingMode.set(true)
    editor.chain().setTextSelection({ from, to: from + 'budget'.length }).toggleBold().run()
    suggestingMode.set(false)
    editor.commands.acceptSuggestion(collectSuggestions(editor.state.doc)[0]!.id)
    expect(editor.getHTML()).toBe(`<p>${PARAGRAPH.replace('budget', '<strong>budget</strong>')}</p>`)
  })

  it('refuses, rather than applies unmarked, an edit it cannot store as a suggestion (a whole photo)', async () => {
    const doc = new Y.Doc()
    const editor = await withParagraph(doc)
    editor.commands.insertPhotoFigure('c'.repeat(64), editor.state.doc.content.size)
    const before = editor.getJSON()
    expect(before.content?.map((node) => node.type)).toEqual(['paragraph', 'figure'])
    suggestAs('Claire Martin')
    const figureAt = editor.state.doc.firstChild!.nodeSize
    const notice = document.body.appendChild(document.createElement('div'))
    const root = createRoot(notice)
    flushSync(() => root.render(createElement(SuggestionRefusedNotice)))
    const status = notice.querySelector('[role="status"]')!
    expect(status.textContent).toBe('')
    editor.chain().setNodeSelection(figureAt).deleteSelection().run()
    expect(editor.getJSON()).toEqual(before)
    expect(collectSuggestions(editor.state.doc)).toEqual([])
    // The user is told, in the page, that the edit was not made and why.
    expect(refusedEdit.get()?.reason).toBe('photo')
    await expect.poll(() => status.textContent).toBe('This edit was not made: a photo cannot be added or removed as a suggestion. Stop suggesting to make it.')
    suggestingMode.set(false)
    await expect.poll(() => status.textContent).toBe('')
    root.unmount()
    notice.remove()
  })

  it('accepts or rejects the suggestion at the caret', async () => {
    const editor = await withParagraph(new Y.Doc())
    suggestAs('Claire Martin')
    editor.commands.insertContentAt(posOf(editor, 'budget'), 'nouveau ')
    suggestingMode.set(false)
    editor.commands.setTextSelection(posOf(editor, 'uveau'))
    expect(editor.commands.acceptSuggestionAtCaret()).toBe(true)
    expect(collectSuggestions(editor.state.doc)).toEqual([])
    editor.commands.setTextSelection(posOf(editor, 'budget'))
    expect(editor.commands.acceptSuggestionAtCaret()).toBe(false)
    expect(editor.state.doc.textContent).toBe('Le conseil a voté le nouveau budget. La séance a duré trois heures. Le maire était absent.')
  })

  it('edits normally when not suggesting, and toggles with its command', async () => {
    const editor = await withParagraph(new Y.Doc())
    editor.commands.insertContentAt(posOf(editor, 'budget'), 'nouveau ')
    expect(collectSuggestions(editor.state.doc)).toEqual([])
    editor.commands.toggleSuggesting()
    expect(suggestingMode.get()).toBe(true)
    editor.commands.toggleSuggesting()
    expect(suggestingMode.get()).toBe(false)
  })
})

describe('suggestion ids', () => {
  it('carry the author and the time, whatever the name holds', () => {
    const id = makeSuggestionId('Anne-Sophie ~ Lévy', 1_764_000_000_000)
    expect(originOfSuggestion(id)).toEqual({ author: 'Anne-Sophie ~ Lévy', at: 1_764_000_000_000 })
    expect(makeSuggestionId('A', 1)).not.toBe(makeSuggestionId('A', 1))
    expect(originOfSuggestion(12)).toEqual({ author: '', at: 0 })
  })

  it('give each author a stable hue', () => {
    expect(authorHue('Claire Martin')).toBe(authorHue('Claire Martin'))
    const hues = new Set(['Claire Martin', 'Paul Roux', 'Marie Dupont', 'Paul Bernard', 'Léa Garnier'].map(authorHue))
    expect(hues.size).toBeGreaterThan(2)
  })
})
