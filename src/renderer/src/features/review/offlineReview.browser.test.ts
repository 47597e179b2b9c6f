import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addThread, currentQuote, readThreads, replyToThread } from '../../article/articleComments'
import { bodyOf } from '../../article/articleDoc'
import { articleEditor, destroyArticleEditors, posOf } from '../../editor/testing/articleEditor'
import { collectSuggestions } from '../../editor/suggestions/collectSuggestions'
import { suggestingAs, suggestingMode } from '../../editor/suggestions/suggestionMode'
import { initI18n } from '../../i18n/i18n'

// Two people review the same paragraph offline — each suggests and comments on their own copy —
// then their copies meet, as the site's Yjs log brings them together.

const PARAGRAPH = 'Le conseil a voté le budget. La séance a duré trois heures. Le maire était absent.'
const CUT = ' La séance a duré trois heures.'

beforeAll(async () => {
  await initI18n('en')
})

afterEach(() => {
  destroyArticleEditors()
  suggestingMode.set(false)
  suggestingAs.set({ name: '', role: '' })
})

/** A comment on `quote` in the first paragraph, anchored in the Yjs text as the app anchors it. */
function commentOn(doc: Y.Doc, quote: string, author: string, text: string): string {
  const paragraph = bodyOf(doc).get(0) as Y.XmlElement
  const yText = paragraph.get(0) as Y.XmlText
  const plain = (yText.toDelta() as { insert: string }[]).map((op) => op.insert).join('')
  const at = plain.indexOf(quote)
  if (at < 0) throw new Error(`"${quote}" is not in the paragraph`)
  return addThread(doc, {
    start: Y.createRelativePositionFromTypeIndex(yText, at),
    end: Y.createRelativePositionFromTypeIndex(yText, at + quote.length, -1),
    quote,
    author,
    text,
    blocking: false,
  })
}

/** What each copy lacks of the other, both ways: what a push and a pull through the site do. */
function meet(a: Y.Doc, b: Y.Doc) {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, toB)
  Y.applyUpdate(a, toA)
}

describe('a review made offline by two people', () => {
  it('keeps both people’s suggestions and comments on the same paragraph once their copies meet; each comment still quotes its words', async () => {
    const base = new Y.Doc()
    const baseEditor = await articleEditor(base)
    baseEditor.commands.setContent(`<p>${PARAGRAPH}</p>`)
    const claireCopy = new Y.Doc()
    const paulCopy = new Y.Doc()
    Y.applyUpdate(claireCopy, Y.encodeStateAsUpdate(base))
    Y.applyUpdate(paulCopy, Y.encodeStateAsUpdate(base))
    const claire = await articleEditor(claireCopy)
    const paul = await articleEditor(paulCopy)

    // Claire suggests cutting the second sentence and asks about the vote; Paul suggests a word and
    // asks about the very sentence Claire would cut, then answers his own question.
    suggestingAs.set({ name: 'Claire Martin', role: 'Editor' })
    suggestingMode.set(true)
    const from = posOf(claire, CUT)
    claire.commands.deleteRange({ from, to: from + CUT.length })
    suggestingAs.set({ name: 'Paul Roux', role: 'Reporter' })
    paul.commands.insertContentAt(posOf(paul, 'budget'), 'nouveau ')
    suggestingMode.set(false)
    const claireThread = commentOn(claireCopy, 'a voté le budget', 'Claire Martin', 'À l’unanimité ?')
    const paulThread = commentOn(paulCopy, 'trois heures', 'Paul Roux', 'Trois ou quatre ?')
    replyToThread(paulCopy, paulThread, 'Paul Roux', 'Trois, selon le procès-verbal.')

    meet(claireCopy, paulCopy)
    await new Promise((resolve) => setTimeout(resolve, 0))

    for (const [editor, doc] of [
      [claire, claireCopy],
      [paul, paulCopy],
    ] as const) {
      expect(collectSuggestions(editor.state.doc).map((s) => [s.author, s.inserted, s.deleted])).toEqual([
        ['Paul Roux', 'nouveau ', ''],
        ['Claire Martin', '', CUT],
      ])
      // Nothing is applied yet: the text reads as before, with Paul's proposal in it.
      expect(editor.state.doc.textContent).toBe(PARAGRAPH.replace('le budget', 'le nouveau budget'))
      const threads = Object.fromEntries(readThreads(doc).map((thread) => [thread.id, thread]))
      expect(Object.keys(threads).sort()).toEqual([claireThread, paulThread].sort())
      expect(threads[claireThread]!.messages.map((m) => m.text)).toEqual(['À l’unanimité ?'])
      expect(threads[paulThread]!.messages.map((m) => m.text)).toEqual(['Trois ou quatre ?', 'Trois, selon le procès-verbal.'])
      // Paul's insertion falls inside Claire's quote, which follows the text.
      expect(currentQuote(doc, threads[claireThread]!)).toBe('a voté le nouveau budget')
      expect(currentQuote(doc, threads[paulThread]!)).toBe('trois heures')
    }
    expect(claire.state.doc.toJSON()).toEqual(paul.state.doc.toJSON())
  })
})
