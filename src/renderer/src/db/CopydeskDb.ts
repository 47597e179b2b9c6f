import Dexie, { type EntityTable } from 'dexie'
import type { ArticleIndexRow } from '@shared/article/article'

/** One Yjs update (or several merged) appended for an article. `seq` orders the log. */
export type UpdateRow = { seq?: number; articleId: string; update: Uint8Array; at: number }
/** The compacted state of an article: every update up to the moment it was written. */
export type SnapshotRow = { articleId: string; state: Uint8Array; at: number }
export type CheckpointKind = 'auto' | 'manual' | 'before-restore' | 'transition' | 'read'
/** A version of an article the user can list and restore. */
export type CheckpointRow = {
  id?: number
  articleId: string
  createdAt: number
  kind: CheckpointKind
  label: string
  headline: string
  words: number
  state: Uint8Array
}
/** Search words of one article, kept apart from the index row so listing never loads them. */
export type ArticleWordsRow = { id: string; words: string[] }

export const DB_NAME = 'copydesk'

/**
 * Every transaction is committed to disk before it counts as written ("strict"): an update
 * acknowledged to the reporter must survive a power cut, not only a crash of the app. Chromium's
 * default ("relaxed") may acknowledge before the data is flushed, and Electron's Chromium is not
 * known to flush anyway; `npm run bench` shows what it costs per write.
 */
export const STORAGE_DURABILITY = 'strict'

/**
 * The renderer's database, every table and every schema version in one place.
 * A new version is a new `this.version(n)` block below, with its upgrade and its test.
 */
export class CopydeskDb extends Dexie {
  articles!: EntityTable<ArticleIndexRow, 'id'>
  articleWords!: EntityTable<ArticleWordsRow, 'id'>
  updates!: EntityTable<UpdateRow, 'seq'>
  snapshots!: EntityTable<SnapshotRow, 'articleId'>
  checkpoints!: EntityTable<CheckpointRow, 'id'>

  constructor(name = DB_NAME, durability: 'strict' | 'relaxed' = STORAGE_DURABILITY) {
    super(name, { chromeTransactionDurability: durability })
    this.version(1).stores({
      articles: 'id, updatedAt, status, section, trashedAt',
      articleWords: 'id, *words',
      updates: '++seq, articleId',
      snapshots: 'articleId',
      checkpoints: '++id, articleId, [articleId+createdAt]',
    })
    // 2: the desk's workflow views are counted from indexes alone (no row is read):
    // status and trash state with the time of the last status change, and the owner's drafts.
    this.version(2)
      .stores({
        articles: 'id, updatedAt, status, section, trashedAt, [status+trashedAt+statusAt], [owner+status+trashedAt]',
      })
      .upgrade((tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((row: Partial<ArticleIndexRow>) => {
            row.owner ??= row.byline ?? ''
            row.statusAt ??= row.updatedAt ?? 0
          }),
      )
  }
}
