import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { articleEditorWith, destroyArticleEditors, typeKeys } from '../testing/articleEditor'
import { typedWithinAWord } from './ArticleLink'

afterEach(destroyArticleEditors)

/** The hrefs of the link marks in the first paragraph, with the text they cover. */
function links(editor: Editor) {
  const found: { text: string; href: string }[] = []
  editor.state.doc.firstChild!.forEach((node) => {
    const link = node.marks.find((mark) => mark.type.name === 'link')
    if (link) found.push({ text: node.text ?? '', href: String(link.attrs.href) })
  })
  return found
}

/** The transaction `change` makes, without applying it. */
function transactionOf(editor: Editor, change: (tr: Transaction) => void): Transaction {
  const tr = editor.state.tr
  change(tr)
  return tr
}

describe('links typed in the body', () => {
  it('links a web address once a space or a new paragraph ends it', async () => {
    const { editor } = await articleEditorWith('<p>Voir</p>')
    editor.commands.setTextSelection(5)
    typeKeys(editor, ' https://example.org/page')
    expect(links(editor)).toEqual([])
    typeKeys(editor, ' ')
    expect(links(editor)).toEqual([{ text: 'https://example.org/page', href: 'https://example.org/page' }])

    typeKeys(editor, 'puis https://exemple.fr/a')
    editor.commands.splitBlock()
    expect(links(editor)).toEqual([
      { text: 'https://example.org/page', href: 'https://example.org/page' },
      { text: 'https://exemple.fr/a', href: 'https://exemple.fr/a' },
    ])
  })

  it('does not carry a link on to the space typed right after it', async () => {
    const { editor } = await articleEditorWith('<p>Lire <a href="https://example.org">ceci</a></p>')
    editor.commands.setTextSelection(editor.state.doc.firstChild!.nodeSize - 1)
    typeKeys(editor, ' et')
    expect(editor.state.doc.firstChild!.textContent).toBe('Lire ceci et')
    expect(links(editor)).toEqual([{ text: 'ceci', href: 'https://example.org' }])
  })

  it('tells apart the keys autolink has nothing to do for', async () => {
    const { editor } = await articleEditorWith('<p>Un mot</p>')
    expect(typedWithinAWord(transactionOf(editor, (tr) => tr.insertText('é', 3)))).toBe(true)
    expect(typedWithinAWord(transactionOf(editor, (tr) => tr.insertText('abc', 3).insertText('d', 6)))).toBe(true)
    expect(typedWithinAWord(transactionOf(editor, (tr) => tr.insertText(' ', 3)))).toBe(false)
    expect(typedWithinAWord(transactionOf(editor, (tr) => tr.insertText('\u00a0', 3)))).toBe(false)
    expect(typedWithinAWord(transactionOf(editor, (tr) => tr.insertText('a b', 3)))).toBe(false)
    expect(typedWithinAWord(transactionOf(editor, (tr) => tr.split(3)))).toBe(false)
    expect(typedWithinAWord(transactionOf(editor, (tr) => tr.delete(2, 3)))).toBe(false)
    expect(typedWithinAWord(transactionOf(editor, (tr) => tr.setSelection(tr.selection)))).toBe(false)
  })
})
