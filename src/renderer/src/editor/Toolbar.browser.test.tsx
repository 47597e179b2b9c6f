import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { initI18n } from '../i18n/i18n'
import { articleEditorWith, destroyArticleEditors, posOf } from './testing/articleEditor'
import { Toolbar } from './Toolbar'

// React's act() outside a test renderer.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

beforeAll(async () => {
  await initI18n('en')
})

let root: Root | undefined
afterEach(() => {
  if (root) act(() => root!.unmount())
  root = undefined
  destroyArticleEditors()
  document.body.replaceChildren()
})

const button = (name: string) => document.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`) ?? [...document.querySelectorAll('button')].find((b) => b.textContent === name)!

describe('the link form', () => {
  it('gives the text back its focus as the link is applied, so the next key goes to the text', async () => {
    const { undoManager, editor } = await articleEditorWith('<p>Selon AP, le conseil a voté.</p>')
    editor.commands.setTextSelection({ from: posOf(editor, 'AP'), to: posOf(editor, 'AP') + 2 })
    editor.view.focus()
    root = createRoot(document.body.appendChild(document.createElement('div')))
    await act(async () => root!.render(<Toolbar editor={editor as never} undoManager={undoManager} />))

    await act(async () => button('Link').click())
    const address = document.querySelector<HTMLInputElement>('.link-form input')!
    expect(document.activeElement).toBe(address)
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(address, 'https://apnews.com/')
      address.dispatchEvent(new Event('input', { bubbles: true }))
    })
    button('Apply link').click()

    // At once, before any frame: a key pressed now reaches the text.
    expect(document.activeElement).toBe(editor.view.dom)
    expect(editor.getHTML()).toMatch(/<a [^>]*href="https:\/\/apnews\.com\/"[^>]*>AP<\/a>/)
    undoManager.dispose()
  })
})
