import { randomUUID } from 'node:crypto'
import { describe, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import { articleDoc, paragraphsOf } from './testing/articleFixtures'
import { startFaultProxy } from './testing/faultProxy'
import { insertLogRow } from './testing/siteDatabase'
import { asUser } from './testing/siteRequests'
import { useSyncProfiles } from './testing/syncProfiles'

// One bad post must not stop a desk's pull: a row that is not a Yjs update is refused by the
// plugin, and one already in the log (an older plugin stored any base64) or a post whose log the
// site fails to serve is skipped and named, while every other post comes.
const site = inject('wordpress')
const profile = useSyncProfiles(site)
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

/** A real article's whole state (what filing sends first), and garbage of the same length and a truncated copy. */
const realState = () => Y.encodeStateAsUpdate(articleDoc({ headline: 'Réel', standfirst: 'Chapeau', tags: ['a'] }, ['Un.', 'Deux.']))
const malformed = () => {
  const real = realState()
  return {
    truncated: real.subarray(0, real.length - 3),
    garbage: new TextEncoder().encode('this is not a Yjs update at all'),
    trailing: new Uint8Array([...real, 7, 7, 7]),
  }
}

describe('the plugin refuses rows that are not Yjs updates', () => {
  for (const role of ['contributor', 'author', 'editor', 'administrator'] as const) {
    it(`from the ${role}, on a post they may edit: 400, nothing stored`, async () => {
      const as = asUser(site, role)
      const created = await as.post('copydesk/v1/articles', { uuid: randomUUID(), post: { title: `Log of ${role}`, status: 'draft' } })
      expect(created.status).toBe(201)
      const postId = (created.body as { id: number }).id
      for (const [name, bytes] of Object.entries(malformed())) {
        const answer = await as.post(`copydesk/v1/posts/${postId}/yjs`, { updates: [b64(bytes)] })
        expect(answer.status, name).toBe(400)
        expect((answer.body as { code: string }).code, name).toBe('copydesk_bad_update')
      }
      // Nor in a create's first updates, nor in an adopt, nor as a compaction's state.
      const bad = b64(malformed().truncated)
      const withBad = await as.post('copydesk/v1/articles', { uuid: randomUUID(), post: { title: 'x', status: 'draft' }, updates: [bad] })
      expect((withBad.body as { yjs_appended: boolean }).yjs_appended).toBe(false)
      expect((await as.post(`copydesk/v1/posts/${postId}/yjs`, { updates: [b64(realState())] })).status).toBe(201)
      expect((await as.post(`copydesk/v1/posts/${postId}/yjs`, { updates: [b64(realState())] })).status).toBe(201)
      const log = (await as.get(`copydesk/v1/posts/${postId}/yjs`)).body as { updates: { id: number }[] }
      expect(log.updates).toHaveLength(2)
      const compact = await as.post(`copydesk/v1/posts/${postId}/yjs/compact`, { from: log.updates[0]!.id, through: log.updates[1]!.id, state: bad })
      // Folding is the desk's (403 for the others); the desk's bad state is refused all the same.
      expect(compact.status).toBe(role === 'editor' || role === 'administrator' ? 400 : 403)
      // A well-formed update is taken: the check reads Yjs's own encoding.
      const doc = articleDoc({ headline: 'Mise en forme' }, ['Texte'])
      ;(doc.getMap('fields').get('headline') as Y.Text).format(0, 4, { bold: true })
      doc.getMap('fields').set('meta', { n: 1, f: 1.5, big: 2 ** 40, list: [null, true, 'x'], bytes: new Uint8Array([1, 2]) })
      doc.getXmlFragment('body').delete(0, 1)
      expect((await as.post(`copydesk/v1/posts/${postId}/yjs`, { updates: [b64(Y.encodeStateAsUpdate(doc))] })).status).toBe(201)
    })
  }
})

it('a pull over many posts with one poisoned and one failing completes for the rest and names the two', { timeout: 120_000 }, async () => {
  // 60 posts keep this test near half a minute on a loaded machine; each post is one log read, so
  // what holds for 60 holds for 500 (the bench's sync phase times 500).
  const count = 60
  const reporter = asUser(site, 'author')
  const posts: { uuid: string; id: number; title: string }[] = []
  for (let start = 0; start < count; start += 6) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(6, count - start) }, async (_, i) => {
        const uuid = randomUUID()
        const title = `Dépêche ${start + i}`
        const state = Y.encodeStateAsUpdate(articleDoc({ headline: title }, [`Paragraphe de la dépêche ${start + i}.`]))
        const answer = await reporter.post('copydesk/v1/articles', { uuid, post: { title, status: 'draft' }, updates: [b64(state)] })
        expect(answer.status).toBe(201)
        return { uuid, id: (answer.body as { id: number }).id, title }
      }),
    )
    posts.push(...batch)
  }
  const proxy = await startFaultProxy(site.url)
  const poisoned = posts[17]!
  const failing = posts[42]!
  // What an older plugin stored: base64, not a Yjs update.
  insertLogRow(site, poisoned.id, b64(new TextEncoder().encode('not an update')))

  try {
    proxy.rules.push({ match: new RegExp(`copydesk/v1/posts/${failing.id}/yjs`), fault: 'status', status: 500 })
    const editor = await profile(site.users.editor, { siteUrl: proxy.url })
    const { articles, failures } = await editor.pull()
    const ours = new Set(posts.map((post) => post.uuid))
    const came = articles.filter((article) => ours.has(article.articleId))
    expect(came).toHaveLength(count - 2)
    for (const article of came) {
      const doc = new Y.Doc()
      for (const update of article.updates) Y.applyUpdate(doc, update)
      const post = posts.find((candidate) => candidate.uuid === article.articleId)!
      expect(doc.getMap('fields').get('headline')!.toString()).toBe(post.title)
      expect(paragraphsOf(doc)).toHaveLength(1)
    }
    expect(failures.filter((failure) => ours.has(failure.articleId)).sort((a, b) => a.postId - b.postId)).toEqual([
      { articleId: poisoned.uuid, postId: poisoned.id, title: poisoned.title, reason: 'unreadable-update' },
      { articleId: failing.uuid, postId: failing.id, title: failing.title, reason: 'site-error' },
    ])

    // The site answers again: the next pull brings the failed post; the poisoned one stays named, never applied.
    proxy.rules.length = 0
    const next = await editor.pull()
    expect(next.articles.map((article) => article.articleId)).toContain(failing.uuid)
    expect(next.articles.map((article) => article.articleId)).not.toContain(poisoned.uuid)
    expect(next.failures.map((failure) => failure.articleId)).toContain(poisoned.uuid)
  } finally {
    await proxy.close()
    // Every test file shares this site and every fresh desk pulls all of it: the 60 posts go.
    const admin = asUser(site, 'administrator')
    for (let start = 0; start < posts.length; start += 6) await Promise.all(posts.slice(start, start + 6).map((post) => admin.del(`wp/v2/posts/${post.id}?force=true`)))
  }
})
