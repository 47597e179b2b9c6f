import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import * as Y from 'yjs'
import type { CmsStatus } from '@shared/cms/account'
import { bytesToBase64 } from '@shared/base64'
import { readFields } from '../../article/articleDoc'
import { readLeadPhoto } from '../../article/articlePhotos'
import { maxYjsUpdateBytes } from '@shared/cms/limits'
import { correctionNoteOf, embargoOf, scheduledAtOf } from '../../article/articleWorkflow'
import { db } from '../../db/db'
import { exportModelOf } from '../../exchange/exportModelOf'
import { leadPhotoForExport } from '../articlePhotos/articlePhotoWords'
import { cmsApi } from './cmsApi'
import { fetchArticlePhotos } from './fetchArticlePhotos'
import { useArticleSyncState } from './useArticleSyncState'
import {
  pullFromSite,
  REMOTE_ORIGIN,
  REMOTE_UPDATE_EVENT,
  SITE_EDIT_EVENT,
  siteVersionLabel,
  type RemoteUpdateDetail,
  type SiteEditDetail,
} from './pullFromSite'
import { PULL_REQUEST_EVENT } from './SitePuller'

/**
 * "File to site" in the article's header, and where the article stands with the site: saved
 * locally, waiting, sending, offline (it goes by itself when the site answers), on the site, or
 * not sent with WordPress's reason and a way forward.
 */
export function FileToSite({ doc, articleId }: { doc: Y.Doc; articleId: string }) {
  const { t, i18n } = useTranslation()
  const [account, setAccount] = useState<CmsStatus | undefined>()
  const [sync, setSync] = useArticleSyncState(articleId)
  const [failure, setFailure] = useState('')
  const [siteEdit, setSiteEdit] = useState<SiteEditDetail | undefined>()

  useEffect(() => {
    let live = true
    cmsApi.status().then((status) => live && setAccount(status), () => undefined)
    return () => {
      live = false
    }
  }, [articleId])

  // Others' edits pulled from the site merge into the open document (not undoable: not the user's).
  useEffect(() => {
    const onRemote = (event: Event) => {
      const { articleId: target, update } = (event as CustomEvent<RemoteUpdateDetail>).detail
      if (target === articleId) Y.applyUpdate(doc, update, REMOTE_ORIGIN)
    }
    // An edit made in wp-admin: say what was merged, or where the site's version is kept.
    const onSiteEdit = (event: Event) => {
      const detail = (event as CustomEvent<SiteEditDetail>).detail
      if (detail.articleId === articleId) setSiteEdit(detail)
    }
    addEventListener(REMOTE_UPDATE_EVENT, onRemote)
    addEventListener(SITE_EDIT_EVENT, onSiteEdit)
    return () => {
      removeEventListener(REMOTE_UPDATE_EVENT, onRemote)
      removeEventListener(SITE_EDIT_EVENT, onSiteEdit)
    }
  }, [doc, articleId])

  if (account?.state !== 'connected') return null

  const file = async () => {
    setFailure('')
    try {
      // Others' edits first, so what goes out is the merged article (offline: it goes as it is).
      await pullFromSite().catch(() => 0)
      const row = await db.articles.get(articleId)
      // Photos another Copydesk placed, with the words they carry (offline: the checks say what is missing).
      await fetchArticlePhotos(doc).catch(() => undefined)
      // The lead photo's words as readers will see them, and which library photo main uploads.
      const words = await leadPhotoForExport(doc)
      const lead = readLeadPhoto(doc)
      const leadPhoto = words && lead ? { ...words, photoId: lead.photoId } : undefined
      const article = exportModelOf(doc, articleId, { updatedAt: row?.updatedAt ?? Date.now(), leadPhoto })
      const status = readFields(doc).status
      // A scheduled article goes out with its date (status "future" on the site).
      const scheduledAt = status === 'scheduled' ? scheduledAtOf(doc) : undefined
      const embargoAt = embargoOf(doc)
      // A correction's note is published with the post.
      const correctionNote = status === 'correction' || status === 'published' ? correctionNoteOf(doc) : ''
      const state = await cmsApi.file({
        article,
        status,
        ...(scheduledAt !== undefined ? { scheduledAt } : {}),
        // Main and the plugin refuse to make it public before the embargo, whatever this window offered.
        ...(embargoAt !== undefined ? { embargoAt } : {}),
        ...(correctionNote ? { correctionNote } : {}),
        yjsState: bytesToBase64(Y.encodeStateAsUpdate(doc)),
      })
      setSync(state)
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error))
    }
  }

  const state = sync?.state ?? 'local'
  const busy = state === 'sending'
  return (
    <div className="file-to-site">
      <button type="button" className="button-small" disabled={busy} onClick={() => void file()}>
        {t('cms.file')}
      </button>
      <button type="button" className="button-quiet" onClick={() => dispatchEvent(new Event(PULL_REQUEST_EVENT))}>
        {t('cms.getChanges')}
      </button>
      <span className={`sync-state sync-${state}`} role="status" aria-live="polite" aria-label={t('cms.syncStateLabel')}>
        <span className="sync-dot" aria-hidden="true" />
        {t(`cms.state.${state}`, { site: account.account.siteName })}
        {state === 'error' && sync?.reason && (
          <>
            {' '}
            <span className="sync-reason">{t(`cms.errorHint.${knownHint(sync.reason.kind)}`, hintParameters(sync.reason, i18n.language))}</span>
          </>
        )}
      </span>
      {(state === 'error' || state === 'offline') && (
        <button type="button" className="button-quiet" onClick={() => void cmsApi.retryNow()}>
          {t('cms.retry')}
        </button>
      )}
      {failure && (
        <span role="alert" className="form-error">
          {failure}
        </span>
      )}
      {siteEdit && (siteEdit.keptVersion || siteEdit.merged.length > 0) && (
        <p className="site-edit-notice" role="status">
          {siteEdit.keptVersion
            ? t('cms.siteEditKept', { name: siteEdit.by || 'WordPress', label: siteVersionLabel(siteEdit.by) })
            : t('cms.siteEditMerged', {
                name: siteEdit.by || 'WordPress',
                fields: siteEdit.merged.map((field) => t(`cms.siteEditFields.${field}`)).join(', '),
              })}
        </p>
      )}
    </div>
  )
}

function knownHint(kind: string): string {
  return ['forbidden', 'auth', 'rejected', 'not-allowed', 'keychain', 'embargoed', 'too-large', 'plugin-missing'].includes(kind) ? kind : 'other'
}

/** Main's own refusals carry their parameter as the message (shared/cms/filing.ts): the embargo's time, the size. */
function hintParameters(reason: { kind: string; message: string }, language: string): Record<string, string> {
  if (reason.kind === 'embargoed') {
    const until = new Date(reason.message)
    return { message: reason.message, until: Number.isNaN(until.getTime()) ? reason.message : until.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' }) }
  }
  if (reason.kind === 'too-large') {
    const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1 })
    return { message: reason.message, size: megabytes(Number(reason.message)), limit: megabytes(maxYjsUpdateBytes) }
  }
  return { message: reason.message }
}
