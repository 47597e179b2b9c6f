import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import * as Y from 'yjs'
import { ArticleUndoManager } from '../../article/ArticleUndoManager'
import { bodyOf } from '../../article/articleDoc'
import { articleBodyExtensions } from '../presets'
import { initI18n } from '../../i18n/i18n'
import { Toolbar } from '../Toolbar'

// React's act() outside a test renderer.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

beforeAll(async () => {
  await initI18n('en')
})

let editors: Editor[] = []
let roots: Root[] = []
afterEach(() => {
  for (const root of roots) act(() => root.unmount())
  for (const editor of editors) editor.destroy()
  editors = []
  roots = []
  document.body.replaceChildren()
})

/** The article's editor with two paragraphs, focused, its caret at the start of the first. */
async function articleEditor() {
  const doc = new Y.Doc()
  const undoManager = new ArticleUndoManager(doc)
  const editor = new Editor({
    element: document.body.appendChild(document.createElement('div')),
    extensions: articleBodyExtensions({ fragment: bodyOf(doc), undoManager, placeholder: '', getLanguage: () => 'fr' }),
  })
  editors.push(editor)
  await new Promise((resolve) => setTimeout(resolve, 0))
  editor.commands.setContent('<p>Premier paragraphe du reporter.</p><p>Second.</p>')
  editor.commands.focus(1)
  editor.view.focus()
  // Let the focus's own selectionchange pass: from here ProseMirror and the screen agree.
  await new Promise((resolve) => setTimeout(resolve, 20))
  return { editor, undoManager }
}

/**
 * What End or a click does: the browser moves the caret at the end of the last paragraph, and
 * ProseMirror would hear of it in a selectionchange event, queued after the input that follows
 * (what Chromium does on a busy machine). The next event is dispatched in the same task, before it.
 */
function moveCaretNativelyToEnd(editor: Editor) {
  const lastText = [...editor.view.dom.querySelectorAll('p')].at(-1)!.firstChild!
  getSelection()!.collapse(lastText, lastText.textContent!.length)
}

const paragraphs = (editor: Editor) => editor.state.doc.children.map((block) => block.textContent)

describe('a key, a paste or a toolbar button right after the browser moved the caret', () => {
  it('Enter splits where the caret is on screen, not where it was', async () => {
    const { editor } = await articleEditor()
    moveCaretNativelyToEnd(editor)
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true }))
    expect(paragraphs(editor)).toEqual(['Premier paragraphe du reporter.', 'Second.', ''])
  })

  it('a paste lands at the caret on screen', async () => {
    const { editor } = await articleEditor()
    moveCaretNativelyToEnd(editor)
    const clipboardData = new DataTransfer()
    clipboardData.setData('text/plain', ' Collé.')
    editor.view.dom.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
    expect(paragraphs(editor)).toEqual(['Premier paragraphe du reporter.', 'Second. Collé.'])
  })

  it('Heading 2 in the toolbar makes the block with the caret a heading', async () => {
    const { editor, undoManager } = await articleEditor()
    const root = createRoot(document.body.appendChild(document.createElement('div')))
    roots.push(root)
    await act(async () => root.render(<Toolbar editor={editor as never} undoManager={undoManager} />))
    const heading = document.querySelector<HTMLButtonElement>('button[aria-label="Heading 2"]')!
    moveCaretNativelyToEnd(editor)
    heading.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }))
    heading.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, cancelable: true }))
    heading.click()
    expect(editor.getJSON().content?.map((node) => node.type)).toEqual(['paragraph', 'heading'])
  })
})
