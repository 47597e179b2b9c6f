import { useEffect, useMemo, useState, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CreditTemplate } from '@shared/photos/creditTemplate'
import type { Photo, PhotoPatch } from '@shared/photos/photo'
import type { PhotoImportRequest } from '@shared/photos/photoContract'
import { filterPhotos, noPhotoFilter, type PhotoFilter } from '@shared/photos/photoFilters'
import { db } from '../../db/db'
import { formatNumber } from '../../ui/formatTime'
import { photoApi } from './photoApi'
import { PhotoGrid, type Selection } from './PhotoGrid'
import { PhotoInspector } from './PhotoInspector'
import { usePhotoLibrary } from './usePhotoLibrary'
import './photos.css'

const noSelection: Selection = { ids: new Set(), anchor: -1, active: -1 }
const filterToggles = ['missingCaption', 'missingCredit', 'missingAltText', 'notUsed'] as const

type Notice = { text: string; failures?: { fileName: string; message: string }[] }

type Props = {
  /** Saved in settings; the inspector applies them and saves new ones. */
  creditTemplates: CreditTemplate[]
  onSaveCreditTemplates(templates: CreditTemplate[]): void
}

/** The photo desk: import, find what lacks a caption, credit or alt text, and fix many photos at once. */
export function PhotoDeskView({ creditTemplates, onSaveCreditTemplates }: Props) {
  const { t, i18n } = useTranslation()
  const library = usePhotoLibrary()
  const [filter, setFilter] = useState<PhotoFilter>(noPhotoFilter)
  const [selection, setSelection] = useState<Selection>(noSelection)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [dropping, setDropping] = useState(false)

  const shown = useMemo(() => filterPhotos(library.photos ?? [], filter), [library.photos, filter])
  // The selection follows the photos shown: a photo filtered out is no longer edited.
  const selected = useMemo(() => shown.filter((photo) => selection.ids.has(photo.id)), [shown, selection.ids])
  const number = (value: number) => formatNumber(value, i18n.language)
  const usingArticles = useArticleHeadlines(library.photos)

  const runImport = async (request: PhotoImportRequest | { dropped: File[] }) => {
    setNotice(null)
    const result = await library.importPhotos(request)
    if (!result || result.cancelled) return
    const parts = [t('photos.imported', { count: result.added.length, formattedCount: number(result.added.length) })]
    if (result.duplicates.length) parts.push(t('photos.alreadyThere', { count: result.duplicates.length, formattedCount: number(result.duplicates.length) }))
    if (result.failed.length) parts.push(t('photos.notImported', { count: result.failed.length, formattedCount: number(result.failed.length) }))
    setNotice({ text: parts.join(' · '), failures: result.failed })
  }

  const save = async (patch: PhotoPatch) => {
    const ids = selected.map((photo) => photo.id)
    await library.updatePhotos(ids, patch)
    setNotice({ text: t('photos.saved', { count: ids.length, formattedCount: number(ids.length) }) })
  }

  const exportPhoto = async (photo: Photo) => {
    try {
      const result = await photoApi.exportWithMetadata(photo.id, t('photos.exportDialogTitle'))
      if (result) setNotice({ text: t('photos.exported', { fileName: result.fileName }) })
    } catch (error) {
      library.setError(error instanceof Error ? error.message : String(error))
    }
  }

  const removePhoto = async (photo: Photo) => {
    const { refused } = await photoApi.remove([photo.id])
    const refusedBy = refused.find((entry) => entry.id === photo.id)?.articleIds ?? []
    if (refusedBy.length === 0) {
      setSelection(noSelection)
      await library.reload()
      setNotice({ text: t('articlePhotos.removed') })
    }
    return { refusedBy }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDropping(false)
    const files = [...event.dataTransfer.files]
    if (files.length === 0) return
    if (photoApi.canImportDropped()) void runImport({ dropped: files })
    else setNotice({ text: t('photos.dropUnavailable') })
  }

  const total = library.photos?.length ?? 0
  const progress = library.progress
  return (
    <div
      className={`photo-desk${dropping ? ' photo-desk-dropping' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDropping(true)
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDropping(false)
      }}
      onDrop={onDrop}
    >
      <header className="view-header">
        <h1>{t('photos.title')}</h1>
        <div className="photo-actions">
          {progress && progress.total > 0 && (
            <div className="photo-progress">
              <progress aria-label={t('photos.importProgress')} value={progress.done} max={progress.total} />
              <span className="muted">{t('photos.progress', { done: number(progress.done), total: number(progress.total) })}</span>
            </div>
          )}
          <button type="button" className="button-small" disabled={!!progress} onClick={() => void runImport({ source: 'folder', dialogTitle: t('photos.importFolderDialogTitle') })}>
            {t('photos.importFolder')}
          </button>
          <button type="button" className="button-primary" disabled={!!progress} onClick={() => void runImport({ source: 'dialog', dialogTitle: t('photos.importDialogTitle') })}>
            {t('photos.import')}
          </button>
        </div>
      </header>

      <div className="desk-filters photo-filters">
        <input
          type="search"
          className="desk-search"
          aria-label={t('photos.search')}
          placeholder={t('photos.searchPlaceholder')}
          value={filter.query}
          onChange={(event) => setFilter((current) => ({ ...current, query: event.target.value }))}
        />
        <div className="photo-toggles" role="group" aria-label={t('photos.filters')}>
          {filterToggles.map((key) => (
            <button
              key={key}
              type="button"
              className="photo-toggle"
              aria-pressed={filter[key]}
              onClick={() => setFilter((current) => ({ ...current, [key]: !current[key] }))}
            >
              {t(`photos.filter.${key}`)}
            </button>
          ))}
        </div>
        {usingArticles.length > 0 && (
          <label className="photo-used-in">
            <span>{t('photos.usedInFilter')}</span>
            <select value={filter.usedIn} onChange={(event) => setFilter((current) => ({ ...current, usedIn: event.target.value }))}>
              <option value="">{t('photos.anyArticle')}</option>
              {usingArticles.map(({ id, headline }) => (
                <option key={id} value={id}>
                  {headline || t('desk.untitled')}
                </option>
              ))}
            </select>
          </label>
        )}
        <p className="muted photo-count" role="status">
          {library.photos ? t('photos.count', { shown: number(shown.length), total: number(total), count: total }) : ''}
        </p>
      </div>

      {library.error && (
        <p className="banner banner-error" role="alert">
          {library.error}
        </p>
      )}
      {notice && (
        <div className="notice photo-notice" role="status">
          {notice.text}
          {notice.failures && notice.failures.length > 0 && (
            <ul className="photo-failures">
              {notice.failures.map((failure, index) => (
                <li key={index}>
                  <strong>{failure.fileName}</strong> — {failure.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="photo-desk-body">
        {library.photos && total === 0 ? (
          <p className="centered muted photo-empty">{t('photos.empty')}</p>
        ) : library.photos && shown.length === 0 ? (
          <p className="centered muted photo-empty">{t('photos.noMatch')}</p>
        ) : (
          <PhotoGrid photos={shown} mediaBaseUrl={library.mediaBaseUrl} selection={selection} onSelect={setSelection} />
        )}
        {selected.length > 0 ? (
          <PhotoInspector
            key={selected.map((photo) => photo.id).join()}
            photos={selected}
            mediaBaseUrl={library.mediaBaseUrl}
            onSave={save}
            creditTemplates={creditTemplates}
            onSaveCreditTemplates={onSaveCreditTemplates}
            onExport={(photo) => void exportPhoto(photo)}
            onRemove={removePhoto}
          />
        ) : (
          <aside className="photo-inspector photo-inspector-empty muted" aria-label={t('photos.inspector')}>
            <p>{t('photos.selectHint')}</p>
          </aside>
        )}
      </div>
    </div>
  )
}

/** The articles that use library photos, with their headlines from the desk's index, for the "used in" filter. */
function useArticleHeadlines(photos: readonly Photo[] | null): { id: string; headline: string }[] {
  const ids = useMemo(() => [...new Set((photos ?? []).flatMap((photo) => photo.usedIn))].sort().join('\n'), [photos])
  const [articles, setArticles] = useState<{ id: string; headline: string }[]>([])
  useEffect(() => {
    const wanted = ids ? ids.split('\n') : []
    let current = true
    void db.articles.bulkGet(wanted).then((rows) => {
      if (!current) return
      const found = wanted.map((id, index) => ({ id, headline: rows[index]?.headline.trim() ?? '' }))
      setArticles(found.sort((a, b) => a.headline.localeCompare(b.headline)))
    })
    return () => {
      current = false
    }
  }, [ids])
  return articles
}
