import i18next from 'i18next'
import * as Y from 'yjs'
import { base64ToBytes, bytesToBase64 } from '@shared/base64'
import type { PullFailure } from '@shared/cms/filing'
import type { SiteArticle } from '@shared/cms/siteArticle'
import { loadArticleInto, storeNewArticle, writeIndexEntry } from '../../db/articleRepository'
import { saveCheckpoint } from '../../db/checkpoints'
import { db } from '../../db/db'
import { photoApi } from '../photos/photoApi'
import { cmsApi } from './cmsApi'
import { fetchArticlePhotos } from './fetchArticlePhotos'
import { mergeSiteEdit } from './mergeSiteEdit'
import { publishedBySite } from './publishedBySite'

/** Dispatched on window for an article open in the editor: its document merges the update live. */
export const REMOTE_UPDATE_EVENT = 'copydesk:remote-update'
export const REMOTE_ORIGIN = 'copydesk:remote'
export type RemoteUpdateDetail = { articleId: string; update: Uint8Array }
/** Dispatched on window when an edit made on the site was merged, or kept as a version beside the article. */
export const SITE_EDIT_EVENT = 'copydesk:site-edit'
export type SiteEditDetail = { articleId: string; by: string; merged: string[]; keptVersion: boolean }

/** The name the site's version of an article is kept under in its versions. */
export const siteVersionLabel = (by: string) => i18next.t('cms.siteVersionLabel', { name: by || 'WordPress' })

/** Dispatched on window after a pull that skipped some articles (the others came): the desk names them. */
export const PULL_FAILURES_EVENT = 'copydesk:pull-failures'
export type PullFailureDetail = { failures: PullFailure[] }

type PulledArticle = Awaited<ReturnType<typeof cmsApi.pull>>['articles'][number]

/**
 * Merges what other writers put on the site into the local articles: each pulled Yjs update is
 * appended to the article's log in IndexedDB (an article new to this desk gets its first state),
 * the index row follows, an open article merges it live; then main is told how far we got, so a
 * crash in between only means merging the same updates again (Yjs ignores what it already has).
 * Each article on its own: one that fails (main skipped its post, or it does not merge here) is
 * named in PULL_FAILURES_EVENT and not acknowledged, so the next pull tries it again.
 */
export async function pullFromSite(): Promise<number> {
  const { articles, failures } = await cmsApi.pull()
  const skipped: PullFailure[] = [...failures]
  for (const article of articles) {
    try {
      await mergePulled(article)
    } catch (error) {
      console.error(`Copydesk: the changes to post ${article.postId} from the site were not merged:`, error)
      const title = article.fromSite?.headline ?? (await db.articles.get(article.articleId))?.headline ?? ''
      skipped.push({ articleId: article.articleId, postId: article.postId, title, reason: 'unreadable-update' })
    }
  }
  if (skipped.length > 0) {
    // The desk's own headline names an article best (the site's title may be someone else's edit).
    for (const failure of skipped) failure.title = (await db.articles.get(failure.articleId))?.headline || failure.title
    dispatchEvent(new CustomEvent<PullFailureDetail>(PULL_FAILURES_EVENT, { detail: { failures: skipped } }))
  }
  return articles.length
}

async function mergePulled(article: PulledArticle): Promise<void> {
  const now = Date.now()
  if (article.fromSite) {
    // One post that cannot become an article must not hold back the others: it is offered again.
    await articleFromSite(article.articleId, article.fromSite, now).catch((error: unknown) => {
      console.error(`Copydesk: post ${article.postId} from the site could not become an article:`, error)
    })
    return
  }
  if (article.updates.length > 0) {
    const update = Y.mergeUpdates(article.updates.map(base64ToBytes))
    // Checked on a scratch document first: an update that does not apply never reaches the article's log.
    Y.applyUpdate(new Y.Doc(), update)
    const known = await db.articles.get(article.articleId)
    if (known) {
      await db.updates.add({ articleId: article.articleId, update, at: now })
    } else {
      await db.snapshots.put({ articleId: article.articleId, state: update, at: now })
    }
    dispatchEvent(new CustomEvent<RemoteUpdateDetail>(REMOTE_UPDATE_EVENT, { detail: { articleId: article.articleId, update } }))
  }
  const doc = new Y.Doc()
  await loadArticleInto(db, article.articleId, doc)
  if (article.siteEdit) {
    // Edited in wp-admin: what can merge comes in as a change; the rest is kept as a version.
    const changes: Uint8Array[] = []
    const record = (change: Uint8Array) => changes.push(change)
    doc.on('update', record)
    const { merged, siteVersion } = mergeSiteEdit(doc, article.siteEdit)
    doc.off('update', record)
    if (changes.length > 0) {
      const update = Y.mergeUpdates(changes)
      await db.updates.add({ articleId: article.articleId, update, at: now })
      dispatchEvent(new CustomEvent<RemoteUpdateDetail>(REMOTE_UPDATE_EVENT, { detail: { articleId: article.articleId, update } }))
    }
    if (siteVersion) {
      await saveCheckpoint(db, article.articleId, siteVersion, 'manual', siteVersionLabel(article.siteEdit.by))
      siteVersion.destroy()
    }
    const detail: SiteEditDetail = { articleId: article.articleId, by: article.siteEdit.by, merged, keptVersion: Boolean(siteVersion) }
    dispatchEvent(new CustomEvent<SiteEditDetail>(SITE_EDIT_EVENT, { detail }))
  }
  // WordPress published it at its scheduled time: the desk shows it published (the site's doing, in the history).
  const published = article.sitePublishedAt !== undefined ? publishedBySite(doc, article.sitePublishedAt) : undefined
  if (published) {
    await db.updates.add({ articleId: article.articleId, update: published, at: now })
    dispatchEvent(new CustomEvent<RemoteUpdateDetail>(REMOTE_UPDATE_EVENT, { detail: { articleId: article.articleId, update: published } }))
  }
  await writeIndexEntry(db, article.articleId, doc, now)
  // Offline or refused, the photos come with a later pull, or when the article is filed.
  await fetchArticlePhotos(doc).catch((error: unknown) => console.info('Copydesk: photos from the site postponed:', error))
  doc.destroy()
  await cmsApi.acknowledge(article.articleId, article.cursor, article.siteEdit?.at)
}

/**
 * A post made on the site outside Copydesk becomes an article: built from the post, recorded on the
 * site as this article (adopt) before it is stored here, so no other desk — nor the next pull — makes
 * a second one. When another desk adopted it first, theirs comes with the next pull instead.
 */
async function articleFromSite(articleId: string, site: SiteArticle, now: number): Promise<void> {
  let cursor = 0
  // Already here (stored, then stopped before telling main): only the acknowledgement is missing.
  if (!(await db.articles.get(articleId))) {
    // The import path (cleaner, schema, parsers) loads only when a post from the site comes in, not at start-up.
    const { siteArticleDoc } = await import('./siteArticleDoc')
    const doc = await siteArticleDoc(site, now)
    const answer = await cmsApi.adopt(articleId, bytesToBase64(Y.encodeStateAsUpdate(doc)))
    if (answer.adopted) {
      await storeNewArticle(db, doc, site.byline, now, articleId)
      // The library knows the featured image is used here (it refuses to remove a used photo).
      if (site.leadPhoto) await photoApi.setUsage(articleId, [site.leadPhoto.photoId]).catch(() => undefined)
    } else doc.destroy()
    cursor = answer.cursor
  }
  await cmsApi.acknowledge(articleId, cursor)
}
