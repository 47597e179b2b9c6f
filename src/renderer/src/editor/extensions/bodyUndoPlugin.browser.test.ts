import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Editor } from '@tiptap/core'
import { ArticleUndoManager } from '../../article/ArticleUndoManager'
import { articleEditor, destroyArticleEditors, posOf, typeKeys } from '../testing/articleEditor'

afterEach(destroyArticleEditors)

const paragraphs = (editor: Editor) => editor.state.doc.children.map((block) => block.textContent)

describe('undo in the article body', () => {
  it('takes back a run of keys as one step and puts the caret where it was before each step', async () => {
    const doc = new Y.Doc()
    const undoManager = new ArticleUndoManager(doc)
    const editor = await articleEditor(doc, undoManager)
    editor.commands.setContent('<p>Premier paragraphe.</p><p>Second.</p>')
    undoManager.clear()

    const afterPremier = posOf(editor, ' paragraphe')
    editor.commands.setTextSelection(afterPremier)
    typeKeys(editor, ' beau')
    undoManager.stopCapturing()
    const endOfSecond = editor.state.doc.content.size - 1
    editor.commands.setTextSelection(endOfSecond)
    typeKeys(editor, ' Fin')
    expect(paragraphs(editor)).toEqual(['Premier beau paragraphe.', 'Second. Fin'])

    editor.commands.undo()
    expect(paragraphs(editor)).toEqual(['Premier beau paragraphe.', 'Second.'])
    expect(editor.state.selection.head).toBe(endOfSecond)

    editor.commands.undo()
    expect(paragraphs(editor)).toEqual(['Premier paragraphe.', 'Second.'])
    expect(editor.state.selection.head).toBe(afterPremier)

    editor.commands.redo()
    expect(paragraphs(editor)).toEqual(['Premier beau paragraphe.', 'Second.'])
    undoManager.dispose()
  })
})
