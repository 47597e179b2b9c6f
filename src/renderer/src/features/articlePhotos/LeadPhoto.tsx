import { useCallback, useRef, useState, useSyncExternalStore, type DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import * as Y from 'yjs'
import { photoUrl } from '@shared/photos/photo'
import { overrideFor, PHOTO_DRAG_TYPE, photoAsPublished } from '@shared/photos/photoInArticle'
import { fieldsOf } from '../../article/articleDoc'
import { LEAD_PHOTO, readLeadPhoto, removeLeadPhoto, setLeadPhoto, setLeadPhotoOverride, type ArticlePhotoRef, type OverrideField } from '../../article/articlePhotos'
import { useYMapValue } from '../../article/useYjs'
import { PhotoPicker } from './PhotoPicker'
import { usePhotoLibraryStore } from './photoLibraryStore'
import './articlePhotos.css'

/** The lead photo as stored in the document, re-read when it is replaced or its overrides change. */
function useLeadPhoto(doc: Y.Doc): ArticlePhotoRef | null {
  const leadMap = useYMapValue<unknown>(fieldsOf(doc), LEAD_PHOTO)
  const cache = useRef<{ key: string; value: ArticlePhotoRef | null }>({ key: '', value: null })
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!(leadMap instanceof Y.Map)) return () => {}
      leadMap.observe(onChange)
      return () => leadMap.unobserve(onChange)
    },
    [leadMap],
  )
  return useSyncExternalStore(subscribe, () => {
    const value = readLeadPhoto(doc)
    const key = JSON.stringify(value)
    if (key !== cache.current.key) cache.current = { key, value }
    return cache.current.value
  })
}

const hasPhoto = (event: DragEvent) => event.dataTransfer.types.includes(PHOTO_DRAG_TYPE)

/**
 * The article's lead photo, shown as the reader will see it: the picture, this article's caption (or
 * the library's), the credit line, and what publishing still lacks. The caption, credit and alt text
 * can be changed for this article only; the library's master record is left alone.
 */
export function LeadPhoto({ doc }: { doc: Y.Doc }) {
  const { t } = useTranslation()
  const lead = useLeadPhoto(doc)
  const library = usePhotoLibraryStore()
  const [picking, setPicking] = useState(false)
  const [dropping, setDropping] = useState(false)
  // After choosing, the focus goes to the photo just chosen rather than to the page.
  const regionRef = useRef<HTMLElement>(null)
  const dropProps = {
    onDragOver: (event: DragEvent) => {
      if (!hasPhoto(event)) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
      setDropping(true)
    },
    onDragLeave: () => setDropping(false),
    onDrop: (event: DragEvent) => {
      const photoId = event.dataTransfer.getData(PHOTO_DRAG_TYPE)
      setDropping(false)
      if (!photoId) return
      event.preventDefault()
      setLeadPhoto(doc, photoId)
    },
  }
  const picker = picking && (
    <PhotoPicker
      title={t('articlePhotos.chooseLead')}
      onChoose={(photo) => {
        setLeadPhoto(doc, photo.id)
        setPicking(false)
        requestAnimationFrame(() => regionRef.current?.focus())
      }}
      onClose={() => setPicking(false)}
    />
  )

  if (!lead) {
    return (
      <div className={`lead-photo-empty${dropping ? ' is-dropping' : ''}`} {...dropProps}>
        <button type="button" className="button-small" onClick={() => setPicking(true)}>
          {t('articlePhotos.addLead')}
        </button>
        <span className="muted">{t('articlePhotos.orDragHere')}</span>
        {picker}
      </div>
    )
  }

  const photo = library.photos.get(lead.photoId)
  const shown = photoAsPublished(photo, lead)
  const edit = (field: OverrideField, value: string) => setLeadPhotoOverride(doc, field, overrideFor(photo?.[field], value))
  const warning = library.loaded && !photo ? t('articlePhotos.notInLibrary') : shown.missing.length ? t('articlePhotos.missing', { fields: shown.missing.map((field) => t(`articlePhotos.field.${field}`)).join(', ') }) : ''

  return (
    <section ref={regionRef} className={`lead-photo${dropping ? ' is-dropping' : ''}`} aria-label={t('articlePhotos.lead')} data-photo-id={lead.photoId} tabIndex={-1} {...dropProps}>
      <figure className="lead-photo-figure">
        {library.mediaBaseUrl && (
          <img
            src={photoUrl(library.mediaBaseUrl, lead.photoId, 'preview')}
            alt={shown.altText}
            style={photo ? { aspectRatio: `${photo.width} / ${photo.height}` } : undefined}
          />
        )}
        <figcaption aria-label={t('articlePhotos.asReaderSees')}>
          <span className="photo-caption-text">{shown.caption}</span> <span className="photo-credit-line">{shown.creditLine}</span>
        </figcaption>
      </figure>
      {warning && (
        <p className="photo-missing-warning" role="note">
          {warning}
        </p>
      )}
      <details className="lead-photo-details">
        <summary>{t('articlePhotos.editForArticle')}</summary>
        <OverrideField id="lead-caption" label={t('articlePhotos.captionForArticle')} multiline value={shown.caption} overridden={shown.overridden.caption} libraryValue={photo?.caption} onChange={(value) => edit('caption', value)} />
        <OverrideField id="lead-credit" label={t('articlePhotos.creditForArticle')} value={shown.credit} overridden={shown.overridden.credit} libraryValue={photo?.credit} onChange={(value) => edit('credit', value)} />
        <OverrideField id="lead-alt" label={t('articlePhotos.altForArticle')} multiline value={shown.altText} overridden={shown.overridden.altText} libraryValue={photo?.altText} onChange={(value) => edit('altText', value)} />
      </details>
      <div className="lead-photo-actions">
        <button type="button" className="button-small" onClick={() => setPicking(true)}>
          {t('articlePhotos.changeLead')}
        </button>
        <button type="button" className="button-quiet button-small" onClick={() => removeLeadPhoto(doc)}>
          {t('articlePhotos.removeLead')}
        </button>
      </div>
      {picker}
    </section>
  )
}

type OverrideFieldProps = {
  id: string
  label: string
  value: string
  multiline?: boolean
  overridden: boolean
  libraryValue: string | undefined
  onChange(value: string): void
}

/** One word of the photo for this article: typing overrides the library; "use the library's" goes back. */
function OverrideField({ id, label, value, multiline, overridden, libraryValue, onChange }: OverrideFieldProps) {
  const { t } = useTranslation()
  // While typing, the field shows what is typed — even empty, before the library's value comes back.
  const [draft, setDraft] = useState<string | null>(null)
  const props = {
    id,
    value: draft ?? value,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value)
      onChange(event.target.value)
    },
    onBlur: () => setDraft(null),
  }
  return (
    <div className="photo-override">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...props} /> : <input type="text" {...props} />}
      {overridden && (
        <p className="photo-override-hint muted">
          {t('articlePhotos.libraryValue', { value: libraryValue || t('articlePhotos.empty') })}{' '}
          <button type="button" className="link-button" onClick={() => onChange(libraryValue ?? '')}>
            {t('articlePhotos.useLibrary')}
          </button>
        </p>
      )}
    </div>
  )
}
