import { expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import { SyncService } from './SyncService'
import { articleDoc, filingOf, paragraphsOf } from './testing/articleFixtures'
import { asUser } from './testing/siteRequests'
import { useSyncProfiles } from './testing/syncProfiles'

// Two Copydesk profiles (a reporter with the author role, an editor) against one site.
const site = inject('wordpress')

const profile = useSyncProfiles(site)

function addParagraph(doc: Y.Doc, index: number, text: string) {
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  doc.getXmlFragment('body').insert(index, [paragraph])
}

/** Pulls, merges into `doc` (the renderer's job in the app) and acknowledges. */
async function pullInto(sync: SyncService, articleId: string, doc: Y.Doc) {
  const pulled = (await sync.pull()).articles
  const mine = pulled.find((article) => article.articleId === articleId)
  if (mine) {
    for (const update of mine.updates) Y.applyUpdate(doc, update, 'remote')
    await sync.acknowledge(articleId, mine.cursor)
  }
  return pulled
}

function fileDoc(sync: SyncService, doc: Y.Doc, id: string, status: 'submitted' | 'editing' = 'submitted') {
  const headline = doc.getMap('fields').get('headline')!.toString()
  return sync.file(filingOf(doc, { id, headline, section: 'International', paragraphs: paragraphsOf(doc) }, status))
}

it('a reporter and an editor edit the same article offline; after syncing in either order both have both edits, and so does the post', async () => {
  const reporter = await profile(site.users.author)
  const editor = await profile(site.users.editor)

  // The reporter files the story; the editor's Copydesk receives it.
  const reporterDoc = articleDoc({ headline: 'Séisme au large de Lisbonne' }, ['Premier paragraphe.', 'Deuxième paragraphe.'])
  const filed = await fileDoc(reporter, reporterDoc, crypto.randomUUID())
  const articleId = filed.articleId
  await reporter.idle()
  expect((await reporter.state(articleId)).state).toBe('synced')

  const editorDoc = new Y.Doc()
  const received = await pullInto(editor, articleId, editorDoc)
  expect(received.map((article) => article.articleId)).toContain(articleId)
  expect(paragraphsOf(editorDoc)).toEqual(['Premier paragraphe.', 'Deuxième paragraphe.'])

  // Both offline, both edit: the reporter adds a paragraph, the editor rewrites the headline and adds another.
  addParagraph(reporterDoc, 2, 'Ajout du reporter.')
  const headline = editorDoc.getMap('fields').get('headline') as Y.Text
  headline.insert(headline.length, ' : le bilan s’alourdit')
  addParagraph(editorDoc, 0, 'Chapeau de l’éditeur.')

  // Back online, the editor syncs first, then the reporter.
  await fileDoc(editor, editorDoc, articleId, 'editing')
  await editor.idle()
  await fileDoc(reporter, reporterDoc, articleId)
  await reporter.idle()
  expect((await editor.state(articleId)).state).toBe('synced')
  expect((await reporter.state(articleId)).state).toBe('synced')

  await pullInto(reporter, articleId, reporterDoc)
  await pullInto(editor, articleId, editorDoc)
  const expected = ['Chapeau de l’éditeur.', 'Premier paragraphe.', 'Deuxième paragraphe.', 'Ajout du reporter.']
  expect(paragraphsOf(reporterDoc)).toEqual(expected)
  expect(paragraphsOf(editorDoc)).toEqual(expected)
  expect(reporterDoc.getMap('fields').get('headline')!.toString()).toBe('Séisme au large de Lisbonne : le bilan s’alourdit')
  expect(Y.encodeStateVector(reporterDoc)).toEqual(Y.encodeStateVector(editorDoc))

  // Nothing new: the next pull brings nothing for this article.
  expect((await reporter.pull()).articles.find((article) => article.articleId === articleId)).toBeUndefined()

  // Filed again from the merged document: the post carries both edits, still one post.
  await fileDoc(reporter, reporterDoc, articleId)
  await reporter.idle()
  const posts = (await asUser(site, 'administrator').get('wp/v2/posts?status=draft,pending&per_page=100&context=edit')).body as {
    title: { raw: string }
    content: { raw: string }
    meta: { copydesk_uuid: string }
  }[]
  const mine = posts.filter((post) => post.meta.copydesk_uuid === articleId)
  expect(mine).toHaveLength(1)
  expect(mine[0]!.title.raw).toBe('Séisme au large de Lisbonne : le bilan s’alourdit')
  expect([...mine[0]!.content.raw.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1])).toEqual(expected)
})

it('after a pull, the next push sends only this profile’s own edits, never the others’ back', async () => {
  const reporter = await profile(site.users.author)
  const editor = await profile(site.users.editor)
  const reporterDoc = articleDoc({ headline: 'Incendie à Porto' }, ['Un long premier paragraphe. '.repeat(40), 'Deuxième paragraphe.'])
  const { articleId } = await fileDoc(reporter, reporterDoc, crypto.randomUUID())
  await reporter.idle()

  const editorDoc = new Y.Doc()
  await pullInto(editor, articleId, editorDoc)
  addParagraph(editorDoc, 2, 'Ajout de l’éditeur.')
  await fileDoc(editor, editorDoc, articleId, 'editing')
  await editor.idle()
  expect((await editor.state(articleId)).state).toBe('synced')

  const admin = asUser(site, 'administrator')
  const post = (await reporter.state(articleId)).postId
  const log = (await admin.get(`copydesk/v1/posts/${post}/yjs`)).body as { updates: { data: string }[] }
  expect(log.updates).toHaveLength(2)
  const editorUpdate = Y.decodeUpdate(Buffer.from(log.updates[1]!.data, 'base64'))
  expect(new Set(editorUpdate.structs.map((struct) => struct.id.client))).toEqual(new Set([editorDoc.clientID]))
})
