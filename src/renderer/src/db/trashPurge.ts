import type { CopydeskDb } from './CopydeskDb'

const DAY_MS = 24 * 60 * 60 * 1000

/** Deletes articles for good: index row, search words, update log, snapshot and versions, in one transaction. */
export async function deleteForever(db: CopydeskDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  await db.transaction('rw', [db.articles, db.articleWords, db.updates, db.snapshots, db.checkpoints], async () => {
    await db.articles.bulkDelete([...ids])
    await db.articleWords.bulkDelete([...ids])
    await db.snapshots.bulkDelete([...ids])
    await db.updates.where('articleId').anyOf(ids).delete()
    await db.checkpoints.where('articleId').anyOf(ids).delete()
  })
}

/** Every article in the trash. */
export async function trashedIds(db: CopydeskDb): Promise<string[]> {
  return (await db.articles.where('trashedAt').above(0).primaryKeys()) as string[]
}

/** Deletes the articles trashed more than `days` days before `now` (read on the trashedAt index); returns their ids. */
export async function purgeOldTrash(db: CopydeskDb, days: number, now = Date.now()): Promise<string[]> {
  const ids = (await db.articles.where('trashedAt').between(0, now - days * DAY_MS, false, true).primaryKeys()) as string[]
  await deleteForever(db, ids)
  return ids
}
