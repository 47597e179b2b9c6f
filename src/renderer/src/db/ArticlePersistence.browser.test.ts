import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { CopydeskDb } from './CopydeskDb'
import { useFreshDatabases } from './testDatabases'
import { ArticlePersistence } from './ArticlePersistence'
import { createArticle } from './articleRepository'
import { applyTextDiff, FIELD_EDIT_ORIGIN, readFields, textFieldOf } from '../article/articleDoc'

const freshDb = useFreshDatabases()

function typeInto(doc: Y.Doc, text: string) {
  const headline = textFieldOf(doc, 'headline')
  for (const char of text) doc.transact(() => applyTextDiff(headline, headline.toString() + char), FIELD_EDIT_ORIGIN)
}

async function reopen(db: CopydeskDb, id: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  const persistence = await ArticlePersistence.open(db, id, doc)
  expect(persistence).not.toBeNull()
  await persistence!.destroy()
  return doc
}

describe('ArticlePersistence (real IndexedDB)', () => {
  it('appends small merged updates, never one row per keystroke, and reloads every character', async () => {
    const db = freshDb()
    const id = await createArticle(db)
    const doc = new Y.Doc()
    const persistence = (await ArticlePersistence.open(db, id, doc))!
    typeInto(doc, 'Les armes israéliennes à l’Azerbaïdjan')
    await persistence.flushNow()
    const rows = await db.updates.where('articleId').equals(id).count()
    expect(rows).toBeGreaterThan(0)
    expect(rows).toBeLessThan(5)
    expect(readFields(await reopen(db, id)).headline).toBe('Les armes israéliennes à l’Azerbaïdjan')
    await persistence.destroy()
  })

  it('keeps updates in memory when a write fails, reports it, and writes them once storage works again', async () => {
    const db = freshDb()
    const id = await createArticle(db)
    const doc = new Y.Doc()
    const persistence = (await ArticlePersistence.open(db, id, doc))!
    const states: string[] = []
    persistence.subscribe((state) => states.push(state.kind))
    db.close() // every write now fails with DatabaseClosedError
    typeInto(doc, 'Perdu ?')
    await persistence.flushNow()
    expect(persistence.saveState.kind).toBe('error')
    await db.open()
    await persistence.flushNow()
    expect(persistence.saveState.kind).toBe('saved')
    expect(states).toContain('error')
    expect(readFields(await reopen(db, id)).headline).toBe('Perdu ?')
    await persistence.destroy()
  })

  it('keeps what was typed just before the page unloaded, even when the write to IndexedDB dies with it', async () => {
    const db = freshDb()
    const id = await createArticle(db)
    const doc = new Y.Doc()
    const persistence = (await ArticlePersistence.open(db, id, doc))!
    db.close() // as an unloading page: the IndexedDB write started at pagehide never lands
    typeInto(doc, 'Dernière phrase')
    dispatchEvent(new Event('pagehide'))
    expect(localStorage.getItem(`copydesk:unload:${id}`)).not.toBeNull()
    await db.open()
    expect(readFields(await reopen(db, id)).headline).toBe('Dernière phrase')
    expect(localStorage.getItem(`copydesk:unload:${id}`)).toBeNull()
    // Now in IndexedDB itself: a second open finds it with no journal left.
    expect(readFields(await reopen(db, id)).headline).toBe('Dernière phrase')
    await persistence.destroy()
  })

  it('closed while every write fails, keeps what was typed in the unload journal, and the next open brings it back', async () => {
    const db = freshDb()
    const id = await createArticle(db)
    const doc = new Y.Doc()
    const persistence = (await ArticlePersistence.open(db, id, doc))!
    typeInto(doc, 'Avant la panne. ')
    await persistence.flushNow()
    db.close() // IndexedDB now refuses every write
    typeInto(doc, 'Pendant la panne, fermé aussitôt.')
    await persistence.destroy()
    expect(persistence.hasUnsaved).toBe(true)
    expect(localStorage.getItem(`copydesk:unload:${id}`)).not.toBeNull()
    await db.open()
    expect(readFields(await reopen(db, id)).headline).toBe('Avant la panne. Pendant la panne, fermé aussitôt.')
    expect(localStorage.getItem(`copydesk:unload:${id}`)).toBeNull()
  })

  it('folds the update log into the snapshot and loses nothing', async () => {
    const db = freshDb()
    const id = await createArticle(db)
    const doc = new Y.Doc()
    const persistence = (await ArticlePersistence.open(db, id, doc))!
    for (const word of ['Un ', 'deux ', 'trois']) {
      typeInto(doc, word)
      await persistence.flushNow()
    }
    expect(await db.updates.where('articleId').equals(id).count()).toBe(3)
    await persistence.compact()
    expect(await db.updates.where('articleId').equals(id).count()).toBe(0)
    expect(readFields(await reopen(db, id)).headline).toBe('Un deux trois')
    await persistence.destroy()
  })

  it('updates the index row when the article is closed', async () => {
    const db = freshDb()
    const id = await createArticle(db)
    const doc = new Y.Doc()
    const persistence = (await ArticlePersistence.open(db, id, doc))!
    typeInto(doc, 'Titre indexé')
    await persistence.destroy()
    expect((await db.articles.get(id))?.headline).toBe('Titre indexé')
    expect((await db.articleWords.get(id))?.words).toContain('indexe')
  })
})
