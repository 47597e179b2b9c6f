import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Editor } from '@tiptap/core'
// The body's blocks as the app draws them: `content-visibility: auto`, the condition of the race below.
import '../../styles/app.css'
import { articleEditor, destroyArticleEditors } from '../testing/articleEditor'

afterEach(destroyArticleEditors)

/** The article's editor holding `html`, focused, its caret at the end. */
async function editorWithCaretAtEnd(html: string): Promise<Editor> {
  const editor = await articleEditor(new Y.Doc())
  editor.commands.setContent(html)
  editor.commands.focus('end')
  editor.view.focus()
  await new Promise((resolve) => setTimeout(resolve, 20))
  return editor
}

const pressEnter = (editor: Editor) =>
  editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true }))
/** Typing as the browser does it: its own editing inserts the text, ProseMirror reads it from the page. */
const type = (text: string) => document.execCommand('insertText', false, text)
/** ProseMirror reads what the browser typed once the task ends. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))
const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))))
const marked = (editor: Editor) => [...editor.view.dom.querySelectorAll('.caret-block')]
const blocks = (editor: Editor) => editor.state.doc.children.map((block) => `${block.type.name}: ${block.textContent}`)

// Each step below runs keys in one task, as when keys queue up on a busy machine: no frame between.
describe('typing into a block the keyboard has just made', () => {
  it('text typed right after Enter leaves the caret after it', async () => {
    const editor = await editorWithCaretAtEnd('<p>Premier paragraphe.</p>')
    pressEnter(editor)
    // The new block is drawn whatever its place on screen, from the update that makes it.
    expect(marked(editor)).toEqual([editor.view.dom.lastElementChild])
    type('Deuxième')
    await nextTask()
    type(' suite.')
    await nextTask()
    expect(blocks(editor)).toEqual(['paragraph: Premier paragraphe.', 'paragraph: Deuxième suite.'])
  })

  it('takes the mark off once the screen is drawn, and typing in the same block adds none', async () => {
    const editor = await editorWithCaretAtEnd('<p>Premier paragraphe.</p><p>Second.</p>')
    editor.commands.setTextSelection(3)
    expect(marked(editor)).toEqual([editor.view.dom.firstElementChild])
    await twoFrames()
    expect(marked(editor)).toEqual([])
    type('x')
    await nextTask()
    expect(blocks(editor)).toEqual(['paragraph: Prxemier paragraphe.', 'paragraph: Second.'])
    expect(marked(editor)).toEqual([])
  })

  it('a second Enter in the new, empty list item leaves the list', async () => {
    const editor = await editorWithCaretAtEnd('<p>Avant.</p>')
    pressEnter(editor)
    editor.chain().focus().toggleBulletList().run()
    type('point')
    await nextTask()
    pressEnter(editor)
    pressEnter(editor)
    type('Après.')
    await nextTask()
    expect(blocks(editor)).toEqual(['paragraph: Avant.', 'bulletList: point', 'paragraph: Après.'])
  })
})
