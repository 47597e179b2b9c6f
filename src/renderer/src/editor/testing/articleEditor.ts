import { Editor } from '@tiptap/core'
import * as Y from 'yjs'
import { ArticleUndoManager } from '../../article/ArticleUndoManager'
import { bodyOf } from '../../article/articleDoc'
import { articleBodyExtensions } from '../presets'

const open: Editor[] = []

/** The article's editor on `doc`, as the app builds it, on the page; browser tests only. */
export async function articleEditor(
  doc: Y.Doc,
  undoManager = new ArticleUndoManager(doc),
  options: Pick<Parameters<typeof articleBodyExtensions>[0], 'onPasteReport'> = {},
): Promise<Editor> {
  const editor = new Editor({
    element: document.body.appendChild(document.createElement('div')),
    extensions: articleBodyExtensions({ ...options, fragment: bodyOf(doc), undoManager, placeholder: '', getLanguage: () => 'fr' }),
    // The body's class, so that a test loading the app's stylesheet sees the body as the app draws it.
    editorProps: { attributes: { class: 'article-body' } },
  })
  open.push(editor)
  // The binding renders the document after the editor is created.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return editor
}

/** The article's editor on a new document whose body is `html`, with nothing to undo yet; browser tests only. */
export async function articleEditorWith(html: string): Promise<{ doc: Y.Doc; undoManager: ArticleUndoManager; editor: Editor }> {
  const doc = new Y.Doc()
  const undoManager = new ArticleUndoManager(doc)
  const editor = await articleEditor(doc, undoManager)
  editor.commands.setContent(html)
  undoManager.clear()
  return { doc, undoManager, editor }
}

/** Destroys every editor `articleEditor` made (for afterEach). */
export function destroyArticleEditors(): void {
  for (const editor of open.splice(0)) editor.destroy()
}

/** A document position just before the `occurrence`-th `text` in the first paragraph (text only, no inline nodes). */
export function posOf(editor: Editor, text: string, occurrence = 0): number {
  const content = editor.state.doc.firstChild?.textContent ?? ''
  let index = -1
  for (let i = 0; i <= occurrence; i++) index = content.indexOf(text, index + 1)
  if (index < 0) throw new Error(`"${text}" is not in "${content}"`)
  return 1 + index
}

/** Characters typed at the caret one transaction each, as keys are (without the input rules). */
export function typeKeys(editor: Editor, text: string): void {
  for (const character of text) editor.view.dispatch(editor.state.tr.insertText(character))
}
