import { describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import * as Y from 'yjs'
import { inDeskView, deskViews, type DeskViewContext } from '@shared/workflow/deskViews'
import { capabilitiesOfRole, checkTransition } from '@shared/workflow/workflow'
import type { ArticleStatus } from '@shared/article/article'
import { useFreshDatabases } from './testDatabases'
import { CopydeskDb } from './CopydeskDb'
import { createArticle, loadArticleInto, writeIndexEntry } from './articleRepository'
import { countDeskView } from './deskViewCounts'
import { applyTransition } from '../article/articleWorkflow'

const freshDb = useFreshDatabases()
const editor = { name: 'Claire Martin', role: 'editor' as const }

/** Moves an article along the given statuses as an editor would, and reindexes it. */
async function moveAlong(db: CopydeskDb, id: string, path: ArticleStatus[], at: number) {
  const doc = new Y.Doc()
  await loadArticleInto(db, id, doc)
  let from: ArticleStatus = 'draft'
  for (const to of path) {
    const check = checkTransition(from, to, { capabilities: capabilitiesOfRole('editor'), now: at, scheduledAt: at + 1 })
    if (!check.ok) throw new Error(`${from} → ${to}: ${check.reason}`)
    applyTransition(doc, check.transition, editor, '', at)
    from = to
  }
  await writeIndexEntry(db, id, doc, at)
  doc.destroy()
}

describe('desk views from the index table (real IndexedDB)', () => {
  it('counts each view from indexes exactly as the list filters it', async () => {
    const db = freshDb()
    const now = Date.now()
    const yesterday = now - 36 * 3600_000
    const mine = await createArticle(db, { headline: 'Mon brouillon', byline: 'Marie Dupont' })
    await createArticle(db, { headline: 'Brouillon d’un autre', byline: 'Paul Roux' })
    const submitted = await createArticle(db, { byline: 'Marie Dupont' })
    await moveAlong(db, submitted, ['submitted'], now)
    const editing = await createArticle(db, { byline: 'Paul Roux' })
    await moveAlong(db, editing, ['submitted', 'editing'], now)
    const approved = await createArticle(db)
    await moveAlong(db, approved, ['submitted', 'editing', 'approved'], now)
    const scheduled = await createArticle(db)
    await moveAlong(db, scheduled, ['submitted', 'editing', 'approved', 'scheduled'], now)
    const publishedToday = await createArticle(db)
    await moveAlong(db, publishedToday, ['submitted', 'editing', 'approved', 'published'], now)
    const publishedBefore = await createArticle(db)
    await moveAlong(db, publishedBefore, ['submitted', 'editing', 'approved', 'published'], yesterday)
    const spiked = await createArticle(db)
    await moveAlong(db, spiked, ['spiked'], now)
    const trashedSubmitted = await createArticle(db)
    await moveAlong(db, trashedSubmitted, ['submitted'], now)
    await db.articles.update(trashedSubmitted, { trashedAt: now })

    const context: DeskViewContext = { me: 'Marie Dupont', startOfToday: now - 3600_000 }
    const rows = await db.articles.toArray()
    const expected = { mine: [mine], review: [submitted, editing], ready: [approved], scheduled: [scheduled], publishedToday: [publishedToday], spiked: [spiked] }
    for (const view of deskViews) {
      const listed = rows.filter((row) => inDeskView(row, view, context)).map((row) => row.id)
      expect(listed.sort(), view).toEqual([...expected[view]].sort())
      expect(await countDeskView(db, view, context), view).toBe(expected[view].length)
    }
    expect(publishedBefore).toBeTruthy()
  })

  it('upgrades a version-1 database: rows gain an owner and a status time and are counted', async () => {
    const name = `copydesk-test-v1-${crypto.randomUUID()}`
    // The schema as version 1 of the app declared it, with rows as version 1 wrote them.
    const v1 = new Dexie(name)
    v1.version(1).stores({
      articles: 'id, updatedAt, status, section, trashedAt',
      articleWords: 'id, *words',
      updates: '++seq, articleId',
      snapshots: 'articleId',
      checkpoints: '++id, articleId, [articleId+createdAt]',
    })
    const counts = { headline: { words: 1, signes: 5 }, standfirst: { words: 0, signes: 0 }, body: { words: 0, signes: 0 } }
    const base = { section: 'International', language: 'fr', excerpt: '', createdAt: 1000, trashedAt: 0, counts }
    await v1.table('articles').bulkPut([
      { ...base, id: 'a', headline: 'Bakou', status: 'draft', byline: 'Marie Dupont', updatedAt: 2000 },
      { ...base, id: 'b', headline: 'Erevan', status: 'submitted', byline: 'Paul Roux', updatedAt: 3000 },
      { ...base, id: 'c', headline: 'Tbilissi', status: 'draft', byline: 'Paul Roux', updatedAt: 4000, trashedAt: 5000 },
    ])
    v1.close()

    const db = new CopydeskDb(name)
    try {
      await db.open()
      expect(db.verno).toBe(2)
      expect(await db.articles.get('a')).toMatchObject({ headline: 'Bakou', owner: 'Marie Dupont', statusAt: 2000 })
      expect(await db.articles.get('b')).toMatchObject({ owner: 'Paul Roux', statusAt: 3000, status: 'submitted' })
      const context = { me: 'Paul Roux', startOfToday: 0 }
      expect(await countDeskView(db, 'review', context)).toBe(1)
      // Paul's only draft is in the trash.
      expect(await countDeskView(db, 'mine', context)).toBe(0)
      expect(await countDeskView(db, 'mine', { ...context, me: 'Marie Dupont' })).toBe(1)
    } finally {
      db.close()
      await Dexie.delete(name)
    }
  })
})
