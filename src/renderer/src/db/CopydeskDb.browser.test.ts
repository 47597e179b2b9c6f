import { describe, expect, it } from 'vitest'
import { useFreshDatabases } from './testDatabases'
import { createArticle, moveToTrash, restoreFromTrash } from './articleRepository'
import { searchArticleIds } from './searchArticles'
import { writeIndexEntry } from './articleRepository'
import { articleDocFromText } from '../article/articleFromText'

const freshDb = useFreshDatabases()

describe('CopydeskDb schema (real IndexedDB)', () => {
  it('declares the tables and indexes the app queries', async () => {
    const db = freshDb()
    await db.open()
    const schema = Object.fromEntries(db.tables.map((table) => [table.name, table.schema.indexes.map((index) => index.src).sort()]))
    expect(schema).toEqual({
      articles: ['[owner+status+trashedAt]', '[status+trashedAt+statusAt]', 'section', 'status', 'trashedAt', 'updatedAt'],
      articleWords: ['*words'],
      updates: ['articleId'],
      snapshots: [],
      checkpoints: ['[articleId+createdAt]', 'articleId'],
    })
    expect(db.verno).toBe(2)
    db.close()
  })

  it('commits article updates with strict durability (flushed to disk before they count as written)', async () => {
    const db = freshDb()
    const durability = await db.transaction('rw', db.updates, (tx) => (tx.idbtrans as IDBTransaction & { durability: string }).durability)
    expect(durability).toBe('strict')
    db.close()
  })

  it('keeps data across a close and reopen of the same database', async () => {
    const db = freshDb()
    const id = await createArticle(db, { headline: 'Survit à la fermeture' })
    db.close()
    await db.open()
    expect((await db.articles.get(id))?.headline).toBe('Survit à la fermeture')
  })

  it('creates an article with its snapshot, index row and search words together', async () => {
    const db = freshDb()
    const id = await createArticle(db, { headline: 'Bakou', section: 'International', byline: 'Marie Dupont' })
    expect(await db.snapshots.get(id)).toBeDefined()
    expect(await db.articles.get(id)).toMatchObject({ headline: 'Bakou', section: 'International', status: 'draft', trashedAt: 0 })
    expect((await db.articleWords.get(id))?.words).toEqual(expect.arrayContaining(['bakou', 'marie', 'dupont']))
    db.close()
  })

  it('finds articles by a body word, by prefix, ignoring accents, needing every word', async () => {
    const db = freshDb()
    const a = await createArticle(db)
    const b = await createArticle(db)
    await writeIndexEntry(db, a, articleDocFromText({ headline: 'Un' }, [{ type: 'paragraph', text: 'L’Azerbaïdjan reprend le Haut-Karabakh.' }]), 1)
    await writeIndexEntry(db, b, articleDocFromText({ headline: 'Deux' }, [{ type: 'paragraph', text: 'Le Karabakh vu d’Erevan.' }]), 2)
    expect(await searchArticleIds(db, 'azerbaidjan')).toEqual(new Set([a]))
    expect(await searchArticleIds(db, 'Karab')).toEqual(new Set([a, b]))
    expect(await searchArticleIds(db, 'karabakh erevan')).toEqual(new Set([b]))
    expect(await searchArticleIds(db, 'introuvable')).toEqual(new Set())
    db.close()
  })

  it('moves an article to the trash and back without touching its text', async () => {
    const db = freshDb()
    const id = await createArticle(db, { headline: 'À jeter ?' })
    await moveToTrash(db, id)
    expect((await db.articles.get(id))?.trashedAt).toBeGreaterThan(0)
    await restoreFromTrash(db, id)
    expect((await db.articles.get(id))?.trashedAt).toBe(0)
    expect(await db.snapshots.get(id)).toBeDefined()
    db.close()
  })
})
