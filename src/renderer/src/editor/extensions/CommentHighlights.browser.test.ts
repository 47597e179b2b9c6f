import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { addThread } from '../../article/articleComments'
import { bodyOf } from '../../article/articleDoc'
import { articleEditor, articleEditorWith, destroyArticleEditors } from '../testing/articleEditor'
import { commentHighlightsKey } from './CommentHighlights'

afterEach(() => destroyArticleEditors())

const PARAGRAPHS = ['Premier paragraphe du texte.', 'Deuxième paragraphe, commenté.', 'Troisième et dernier paragraphe.']

/** A comment on `quote` in the n-th paragraph, anchored in the Yjs text as the app anchors it. */
function commentIn(doc: Y.Doc, paragraphIndex: number, quote: string): string {
  const text = (bodyOf(doc).get(paragraphIndex) as Y.XmlElement).get(0) as Y.XmlText
  const at = text.toString().indexOf(quote)
  return addThread(doc, {
    start: Y.createRelativePositionFromTypeIndex(text, at),
    end: Y.createRelativePositionFromTypeIndex(text, at + quote.length, -1),
    quote,
    author: 'Claire',
    text: 'À vérifier',
    blocking: paragraphIndex === 2,
  })
}

const highlighted = (root: ParentNode) =>
  [...root.querySelectorAll('.comment-highlight')].map((element) => element.textContent).join('|')

describe('comment highlights on an article opened again', () => {
  // An article reopened with a comment after its first paragraph threw (reading 'nodeSize') while
  // the binding had not yet mapped the body: the whole window went blank.
  it.each([0, 1, 2])('opens an article with a comment in paragraph %i and highlights its words', async (index) => {
    const { doc } = await articleEditorWith(PARAGRAPHS.map((text) => `<p>${text}</p>`).join(''))
    const quote = PARAGRAPHS[index]!.split(' ').slice(0, 2).join(' ')
    commentIn(doc, index, quote)
    // Reopened: a new editor on a copy of what was stored.
    const stored = new Y.Doc()
    Y.applyUpdate(stored, Y.encodeStateAsUpdate(doc))
    const reopened = await articleEditor(stored)
    expect(highlighted(reopened.view.dom)).toBe(quote)
    expect(commentHighlightsKey.getState(reopened.state)?.unplaced).toEqual([])
  })

  it('skips and reports a comment whose anchor cannot be placed in the body, without throwing', async () => {
    const { doc, editor } = await articleEditorWith(`<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`)
    const placed = commentIn(doc, 1, 'Deuxième')
    // An anchor in another type of the document (not the body): it has no place in the text.
    const elsewhere = doc.getText('not-the-body')
    elsewhere.insert(0, 'ailleurs')
    const lost = addThread(doc, {
      start: Y.createRelativePositionFromTypeIndex(elsewhere, 0),
      end: Y.createRelativePositionFromTypeIndex(elsewhere, 4),
      quote: 'ailleurs',
      author: 'Paul',
      text: 'Perdu',
      blocking: false,
    })
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(highlighted(editor.view.dom)).toBe('Deuxième')
    expect(commentHighlightsKey.getState(editor.state)?.unplaced).toEqual([lost])
    expect(placed).not.toBe(lost)
  })
})
