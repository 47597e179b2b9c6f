import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { capabilitiesOfRole } from '@shared/workflow/workflow'
import { useFreshDatabases } from '../../db/testDatabases'
import { createArticle, loadArticleInto } from '../../db/articleRepository'
import { readFields } from '../../article/articleDoc'
import { readHistory } from '../../article/articleWorkflow'
import { batchTargets, changeStatus, setSection } from './batchActions'

const freshDb = useFreshDatabases()

async function reopened(db: ReturnType<typeof freshDb>, id: string) {
  const doc = new Y.Doc()
  await loadArticleInto(db, id, doc)
  return doc
}

describe('batch actions on the desk (real IndexedDB)', () => {
  it('moves the drafts a reporter may submit, records each step, and leaves the others', async () => {
    const db = freshDb()
    const a = await createArticle(db, { headline: 'Un', byline: 'Camille' })
    const b = await createArticle(db, { headline: 'Deux', byline: 'Camille' })
    const approved = await createArticle(db, { headline: 'Trois', status: 'approved' })
    const reporter = capabilitiesOfRole('reporter')
    const rows = await db.articles.bulkGet([a, b, approved])
    expect(batchTargets(rows.map((row) => row!), reporter)).toEqual(['submitted', 'spiked'])

    expect(await changeStatus(db, [a, b, approved], 'submitted', { name: 'Camille', role: 'reporter' }, reporter)).toEqual({ changed: 2, skipped: 1 })
    for (const id of [a, b]) {
      expect((await db.articles.get(id))?.status).toBe('submitted')
      const doc = await reopened(db, id)
      expect(readFields(doc).status).toBe('submitted')
      expect(readHistory(doc).at(-1)).toMatchObject({ from: 'draft', to: 'submitted', action: 'submit', by: 'Camille', role: 'reporter' })
      expect(await db.checkpoints.where('articleId').equals(id).count()).toBe(1)
    }
    expect((await db.articles.get(approved))?.status).toBe('approved')
    expect(await db.checkpoints.where('articleId').equals(approved).count()).toBe(0)
    db.close()
  })

  it('gives the selection a section, kept in the documents and the index', async () => {
    const db = freshDb()
    const a = await createArticle(db, { headline: 'Un', section: 'France' })
    const b = await createArticle(db, { headline: 'Deux', section: 'Sports' })
    expect(await setSection(db, [a, b], 'Sports')).toEqual({ changed: 1, skipped: 1 })
    expect((await db.articles.get(a))?.section).toBe('Sports')
    expect(readFields(await reopened(db, a)).section).toBe('Sports')
    db.close()
  })
})
