/**
 * The baseline: bare ProseMirror with the same document, the same stylesheet and the same layout
 * around the editor as Copydesk's article view, so the keystroke ratio measures Copydesk's own overhead.
 */
import { baseKeymap } from '@tiptap/pm/commands'
import { keymap } from '@tiptap/pm/keymap'
import { EditorState } from '@tiptap/pm/state'
import { EditorView } from '@tiptap/pm/view'
import { generatedParagraphs } from '../../../e2e/support/browser/support'
import '@renderer/styles/app.css'
// ProseMirror's own stylesheet, after app.css: what Tiptap injects in Copydesk, as a <style> added
// after the app's (white-space: break-spaces; font-variant-ligatures: none, which must win over
// .article-body's font shorthand as it does there).
import 'prosemirror-view/style/prosemirror.css'
import { schema } from './schema'

/** The 50,000-word article exactly as seedLongArticle(50000) builds it: an H2 every 20 paragraphs. */
function longArticle() {
  const blocks = generatedParagraphs(99, 1000, 50).flatMap((block, index) =>
    index > 0 && index % 20 === 0 ? [{ type: 'heading2' as const, text: `Partie ${index / 20}` }, block] : [block],
  )
  return schema.node(
    'doc',
    null,
    blocks.map((block) =>
      block.type === 'paragraph'
        ? schema.node('paragraph', null, [schema.text(block.text)])
        : schema.node('heading', { level: block.type === 'heading2' ? 2 : 3 }, [schema.text(block.text)]),
    ),
  )
}

/** Copydesk's article view, reduced to the boxes that size the writing column. */
function layout(): HTMLElement {
  document.getElementById('root')!.innerHTML = `
    <div class="app-shell">
      <nav class="app-nav"></nav>
      <main class="app-main">
        <div class="article-view">
          <header class="view-header"></header>
          <div class="article-layout">
            <article class="writing-column" lang="fr"><div class="body-editor"><div id="editor"></div></div></article>
            <aside class="details-panel"></aside>
          </div>
        </div>
      </main>
    </div>`
  return document.getElementById('editor')!
}

new EditorView(layout(), {
  state: EditorState.create({ doc: longArticle(), plugins: [keymap(baseKeymap)] }),
  attributes: { class: 'article-body', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true' },
})
performance.mark('copydesk:editable')
