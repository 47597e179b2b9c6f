import { expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import { SyncService } from './SyncService'
import { articleDoc, filingOf, paragraphsOf } from './testing/articleFixtures'
import { siteSql } from './testing/siteDatabase'
import { asUser } from './testing/siteRequests'
import { useSyncProfiles } from './testing/syncProfiles'

// A post's Yjs log grows by a row per filing: past a threshold the client folds it into a snapshot.
const site = inject('wordpress')
const admin = asUser(site, 'administrator')

const profile = useSyncProfiles(site)

type LogPage = { updates: { id: number; kind: string; data: string }[] }

/** Pulls and merges this article's updates into `doc`, as the renderer does. */
async function pullInto(sync: SyncService, articleId: string, doc: Y.Doc) {
  const mine = (await sync.pull()).articles.find((article) => article.articleId === articleId)
  if (!mine) return
  for (const update of mine.updates) Y.applyUpdate(doc, update)
  await sync.acknowledge(articleId, mine.cursor)
}

// Fresh desks pull the whole shared site (every test file's posts): more than the default 30 s under load.
it('past the threshold the desk folds the log into a snapshot: it shrinks, the replaced rows are kept for recovery, and fresh or lagging desks rebuild the same document', { timeout: 90_000 }, async () => {
  // The desk folds (the plugin leaves compaction to those who may edit others’ posts).
  const reporter = await profile(site.users.editor, { compactLogAfterRows: 5 })
  const doc = articleDoc({ headline: 'Marée noire en Gironde' }, ['Premier paragraphe.'])
  const articleId = crypto.randomUUID()
  const fileNow = async () => {
    await reporter.file(filingOf(doc, { id: articleId, headline: 'Marée noire en Gironde', paragraphs: paragraphsOf(doc) }, 'submitted'))
    await reporter.idle()
    expect((await reporter.state(articleId)).state).toBe('synced')
  }
  const addParagraph = (text: string) => {
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText(text)])
    doc.getXmlFragment('body').push([paragraph])
  }
  await fileNow()
  const { postId } = await reporter.state(articleId)
  const route = `copydesk/v1/posts/${postId}/yjs`

  // An editor reads the log early (their cursor then sits inside what will be folded).
  const editor = await profile(site.users.administrator)
  const lagging = new Y.Doc()
  await pullInto(editor, articleId, lagging)
  addParagraph('Deuxième paragraphe.')
  await fileNow()
  expect(((await admin.get(route)).body as LogPage).updates.map((row) => row.kind)).toEqual(['update', 'update'])
  await pullInto(editor, articleId, lagging)

  for (let round = 3; round <= 7; round++) {
    addParagraph(`Paragraphe ${round}.`)
    await fileNow()
  }
  // Seven filings, seven rows without folding; folded at the fifth, two more since.
  const rows = ((await admin.get(route)).body as LogPage).updates
  expect(rows.map((row) => row.kind)).toEqual(['snapshot', 'update', 'update'])
  // The five rows it replaced are kept, for the recovery window, by whom.
  expect(siteSql(site, `SELECT COUNT(*), MIN(replaced_by) FROM wp_copydesk_yjs_replaced WHERE post_id = ${postId};`).trim()).toBe(`5\t${site.users.editor.id}`)

  const expected = ['Premier paragraphe.', 'Deuxième paragraphe.', ...[3, 4, 5, 6, 7].map((round) => `Paragraphe ${round}.`)]
  const fresh = new Y.Doc()
  await pullInto(await profile(site.users.editor), articleId, fresh)
  expect(paragraphsOf(fresh)).toEqual(expected)
  expect(Y.encodeStateVector(fresh)).toEqual(Y.encodeStateVector(doc))
  await pullInto(editor, articleId, lagging)
  expect(paragraphsOf(lagging)).toEqual(expected)
  expect(Y.encodeStateVector(lagging)).toEqual(Y.encodeStateVector(doc))
})
