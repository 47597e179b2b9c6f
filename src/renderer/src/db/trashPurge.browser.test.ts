import { describe, expect, it } from 'vitest'
import { useFreshDatabases } from './testDatabases'
import { createArticle, moveToTrash } from './articleRepository'
import { saveCheckpoint } from './checkpoints'
import { deleteForever, purgeOldTrash, trashedIds } from './trashPurge'
import { articleDocFromText } from '../article/articleFromText'

const freshDb = useFreshDatabases()
const DAY = 24 * 60 * 60 * 1000

describe('deleting from the trash (real IndexedDB)', () => {
  it('deletes only what was trashed more than the retention ago, every table of it, and keeps the rest', async () => {
    const db = freshDb()
    const now = Date.UTC(2026, 11, 8, 12)
    const old = await createArticle(db, { headline: 'Vieux' })
    const recent = await createArticle(db, { headline: 'Récent' })
    const live = await createArticle(db, { headline: 'Sur le desk' })
    await db.updates.add({ articleId: old, update: new Uint8Array([0, 0]), at: now })
    await saveCheckpoint(db, old, articleDocFromText({ headline: 'Vieux' }, []), 'manual')
    await db.articles.update(old, { trashedAt: now - 31 * DAY })
    await db.articles.update(recent, { trashedAt: now - 29 * DAY })

    expect(await purgeOldTrash(db, 30, now)).toEqual([old])
    expect(await db.articles.get(old)).toBeUndefined()
    expect(await db.articleWords.get(old)).toBeUndefined()
    expect(await db.snapshots.get(old)).toBeUndefined()
    expect(await db.updates.where('articleId').equals(old).count()).toBe(0)
    expect(await db.checkpoints.where('articleId').equals(old).count()).toBe(0)
    expect((await db.articles.get(recent))?.headline).toBe('Récent')
    expect((await db.articles.get(live))?.trashedAt).toBe(0)
    db.close()
  })

  it('empties the whole trash and nothing else', async () => {
    const db = freshDb()
    const a = await createArticle(db, { headline: 'A' })
    const b = await createArticle(db, { headline: 'B' })
    const kept = await createArticle(db, { headline: 'C' })
    await moveToTrash(db, a)
    await moveToTrash(db, b)
    const ids = await trashedIds(db)
    expect(ids.sort()).toEqual([a, b].sort())
    await deleteForever(db, ids)
    expect(await db.articles.count()).toBe(1)
    expect(await db.snapshots.get(kept)).toBeDefined()
    db.close()
  })
})
