import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import * as Y from 'yjs'
import { initI18n } from '../../i18n/i18n'
import { useFreshDatabases } from '../../db/testDatabases'
import { ArticlePersistence } from '../../db/ArticlePersistence'
import { createArticle } from '../../db/articleRepository'
import { applyTextDiff, FIELD_EDIT_ORIGIN, textFieldOf } from '../../article/articleDoc'
import { SaveIndicator } from './SaveIndicator'

// React's act() outside a test renderer.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const freshDb = useFreshDatabases()
let root: Root | undefined
beforeAll(async () => {
  await initI18n('en')
})
afterEach(() => {
  if (root) act(() => root!.unmount())
  root = undefined
  document.body.replaceChildren()
})

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('the save status while a reporter types', () => {
  it('says "Saving…" once for a sentence typed, then "Saved" once, instead of blinking at every write', async () => {
    const db = freshDb()
    const doc = new Y.Doc()
    const persistence = (await ArticlePersistence.open(db, await createArticle(db), doc))!
    root = createRoot(document.body.appendChild(document.createElement('div')))
    await act(async () => root!.render(<SaveIndicator persistence={persistence} recovery={{ kind: 'idle' }} />))
    const status = document.querySelector('[role="status"]')!
    const shown: string[] = [status.textContent!]
    new MutationObserver(() => {
      if (shown.at(-1) !== status.textContent) shown.push(status.textContent!)
    }).observe(status, { childList: true, subtree: true, characterData: true })
    const writes: string[] = []
    persistence.subscribe((state) => writes.push(state.kind))

    // A key every 15 ms for about 600 ms: many writes of 40 ms batches.
    const headline = textFieldOf(doc, 'headline')
    for (const char of 'Une offensive éclair au Haut-Karabakh') {
      doc.transact(() => applyTextDiff(headline, headline.toString() + char), FIELD_EDIT_ORIGIN)
      await sleep(15)
    }
    await expect.poll(() => status.textContent, { timeout: 5000 }).toBe('Saved on this computer')

    expect(writes.filter((kind) => kind === 'saved').length).toBeGreaterThan(2)
    expect(shown).toEqual(['Saved on this computer', 'Saving…', 'Saved on this computer'])
    await persistence.destroy()
  })
})
