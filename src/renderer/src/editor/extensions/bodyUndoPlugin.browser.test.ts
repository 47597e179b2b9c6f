import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { articleEditorWith, destroyArticleEditors, posOf, typeKeys } from '../testing/articleEditor'

afterEach(destroyArticleEditors)

const paragraphs = (editor: Editor) => editor.state.doc.children.map((block) => block.textContent)

describe('undo in the article body', () => {
  it('takes back a run of keys as one step and puts the caret where it was before each step', async () => {
    const { undoManager, editor } = await articleEditorWith('<p>Premier paragraphe.</p><p>Second.</p>')

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
