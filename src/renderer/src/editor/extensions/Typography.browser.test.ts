import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import * as Y from 'yjs'
import { ArticleUndoManager } from '../../article/ArticleUndoManager'
import { bodyOf } from '../../article/articleDoc'
import { articleBodyExtensions } from '../presets'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

let editors: Editor[] = []
afterEach(() => {
  for (const editor of editors) editor.destroy()
  editors = []
})

/** The article's editor, bound to a fresh Yjs document, with the body given as HTML. */
async function articleEditor(html: string, language: 'fr' | 'en' = 'fr') {
  const doc = new Y.Doc()
  const undoManager = new ArticleUndoManager(doc)
  const editor = new Editor({
    element: document.body.appendChild(document.createElement('div')),
    extensions: articleBodyExtensions({ fragment: bodyOf(doc), undoManager, placeholder: '', getLanguage: () => language }),
  })
  editors.push(editor)
  // The binding renders the Yjs body a tick after creation; then the content goes in as one edit.
  await new Promise((resolve) => setTimeout(resolve, 0))
  editor.commands.setContent(html)
  undoManager.clear()
  return { editor, undoManager }
}

/** Types at the caret as the browser would, through handleTextInput. */
function type(editor: Editor, text: string) {
  for (const char of text) {
    const { view } = editor
    const { from, to } = view.state.selection
    const handled = view.someProp('handleTextInput', (f) => f(view, from, to, char, () => view.state.tr.insertText(char, from, to)))
    if (!handled) view.dispatch(view.state.tr.insertText(char, from, to))
  }
}

describe('Typography in the body editor', () => {
  it('applies the rules as you type, and Backspace right after a change gives back what was typed', async () => {
    const { editor } = await articleEditor('<p></p>')
    type(editor, `Il a dit "oui" !`)
    expect(editor.state.doc.textContent).toBe(`Il a dit «${NNBSP}oui${NNBSP}»${NNBSP}!`)
    expect(editor.commands.undoInputRule()).toBe(true)
    expect(editor.state.doc.textContent).toBe(`Il a dit «${NNBSP}oui${NNBSP}» !`)
  })

  it('makes each automatic change an undo step of its own', async () => {
    const { editor, undoManager } = await articleEditor('<p></p>')
    type(editor, 'Bilan :')
    expect(editor.state.doc.textContent).toBe(`Bilan${NBSP}:`)
    undoManager.undo()
    expect(editor.state.doc.textContent).toBe('Bilan :')
    undoManager.undo()
    expect(editor.state.doc.textContent).toBe('')
  })

  it('changes nothing typed inside a link', async () => {
    const { editor } = await articleEditor('<p><a href="https://apnews.com/">l</a></p>')
    editor.commands.setTextSelection(2)
    type(editor, `'AP`)
    expect(editor.state.doc.textContent).toBe(`l'AP`)
  })

  it('fixes the whole body in one step, keeping bold, italic and links', async () => {
    const { editor, undoManager } = await articleEditor(
      `<p>Il a dit "<strong>bonjour</strong>" ! <a href="https://apnews.com/">l'AP : ici</a></p><h2>C'est <em>fini</em> ?</h2>`,
    )
    editor.commands.fixTypography()
    expect(editor.getHTML()).toBe(
      `<p>Il a dit «${NNBSP}<strong>bonjour</strong>${NNBSP}»${NNBSP}! ` +
        `<a rel="noopener noreferrer nofollow" href="https://apnews.com/">l'AP : ici</a></p>` +
        `<h2>C’est <em>fini</em>${NNBSP}?</h2>`,
    )
    undoManager.undo()
    expect(editor.state.doc.textContent).toBe(`Il a dit "bonjour" ! l'AP : iciC'est fini ?`)
  })

  it('fixes only the selection when there is one, with the English rules in an English article', async () => {
    const { editor } = await articleEditor(`<p>"One" ?</p><p>"Two" ?</p>`, 'en')
    editor.commands.setTextSelection({ from: 1, to: 8 })
    editor.commands.fixTypography()
    expect(editor.state.doc.child(0).textContent).toBe('“One”?')
    expect(editor.state.doc.child(1).textContent).toBe('"Two" ?')
  })
})
