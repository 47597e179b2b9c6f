import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { yXmlFragmentToProsemirrorJSON } from 'y-prosemirror'
import * as Y from 'yjs'
import { bodyOf } from '../../article/articleDoc'
import { articleEditorWith, destroyArticleEditors, typeKeys } from '../testing/articleEditor'

afterEach(destroyArticleEditors)

/** The body as Yjs holds it, in the editor's JSON (Yjs leaves out attributes at their default). */
const yjsBody = (editor: Editor, doc: Y.Doc) => editor.schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(bodyOf(doc))).toJSON() as unknown

/** The body as a copy of the document rebuilt from its updates holds it: what is persisted. */
function persistedBody(editor: Editor, doc: Y.Doc) {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return yjsBody(editor, copy)
}

/** Counts the whole-body walks (y-prosemirror's diff lists every top-level block at each write). */
function countBodyWalks(doc: Y.Doc) {
  const body = bodyOf(doc)
  const toArray = body.toArray.bind(body)
  const walks = { count: 0 }
  body.toArray = () => {
    walks.count++
    return toArray()
  }
  return walks
}

/** The position at the end of the nth top-level block's text. */
const endOfBlock = (editor: Editor, n: number) => {
  let pos = 0
  for (let i = 0; i <= n; i++) pos += editor.state.doc.child(i).nodeSize
  return pos - 1
}

describe('writing editor changes to the Yjs body', () => {
  it('writes a keystroke to the one block it changed, without walking the whole body', async () => {
    const { doc, editor } = await articleEditorWith('<p>Premier.</p><p>Deuxième.</p><p>Troisième.</p>')
    editor.commands.setTextSelection(endOfBlock(editor, 1))
    const walks = countBodyWalks(doc)

    typeKeys(editor, ' Suite')

    expect(walks.count).toBe(0)
    expect(editor.state.doc.child(1).textContent).toBe('Deuxième. Suite')
    expect(yjsBody(editor, doc)).toEqual(editor.getJSON())
    expect(persistedBody(editor, doc)).toEqual(editor.getJSON())
  })

  it('keeps the Yjs body equal to the editor through splits, joins, new block types, marks and lists', async () => {
    const { doc, editor } = await articleEditorWith('<p>Premier.</p><p>Deuxième.</p><p>Troisième.</p>')
    const steps: [string, () => void][] = [
      ['type', () => (editor.commands.setTextSelection(endOfBlock(editor, 0)), typeKeys(editor, ' Encore'))],
      ['split', () => editor.commands.splitBlock()],
      ['type in the new block', () => typeKeys(editor, 'Nouveau')],
      ['heading', () => editor.commands.setHeading({ level: 2 })],
      ['bold', () => (editor.commands.setTextSelection({ from: 2, to: 6 }), editor.commands.toggleBold())],
      ['join', () => (editor.commands.setTextSelection(endOfBlock(editor, 2) - 'Deuxième.'.length), editor.commands.joinBackward())],
      ['list', () => editor.commands.toggleBulletList()],
      ['type in the list', () => (editor.commands.setTextSelection(endOfBlock(editor, 2) - 2), typeKeys(editor, ' item'))],
      ['delete a block', () => editor.commands.deleteRange({ from: 0, to: editor.state.doc.child(0).nodeSize })],
    ]
    for (const [name, step] of steps) {
      step()
      expect(yjsBody(editor, doc), name).toEqual(editor.getJSON())
    }
    expect(persistedBody(editor, doc)).toEqual(editor.getJSON())
  })

  it('writes a keystroke made after a change from Yjs (an undo, another window) to the right block', async () => {
    const { doc, undoManager, editor } = await articleEditorWith('<p>Premier.</p><p>Deuxième.</p><p>Troisième.</p>')

    editor.commands.setTextSelection(endOfBlock(editor, 0))
    typeKeys(editor, ' Annulé')
    editor.commands.undo()
    expect(editor.state.doc.child(0).textContent).toBe('Premier.')

    // Another window adds to the first paragraph while the caret is at the end of the second: the caret stays with its text.
    editor.commands.setTextSelection(endOfBlock(editor, 1))
    const elsewhere = new Y.Doc()
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(doc))
    const first = bodyOf(elsewhere).get(0) as Y.XmlElement
    ;(first.get(0) as Y.XmlText).insert(0, 'Ailleurs : ')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(elsewhere, Y.encodeStateVector(doc)))
    expect(editor.state.doc.child(0).textContent).toBe('Ailleurs : Premier.')
    expect(editor.state.selection.head).toBe(endOfBlock(editor, 1))

    typeKeys(editor, ' Ici')
    expect(editor.state.doc.children.map((block) => block.textContent)).toEqual(['Ailleurs : Premier.', 'Deuxième. Ici', 'Troisième.'])
    expect(yjsBody(editor, doc)).toEqual(editor.getJSON())
    expect(persistedBody(editor, doc)).toEqual(editor.getJSON())
    undoManager.dispose()
  })
})
