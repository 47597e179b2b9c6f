import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { missingForPublishing, photoUrl, type Photo } from '@shared/photos/photo'
import { filterPhotos, noPhotoFilter } from '@shared/photos/photoFilters'
import { creditLine, PHOTO_DRAG_TYPE } from '@shared/photos/photoInArticle'
import { loadPhotoLibrary, photoLibrary } from './photoLibraryStore'
import { useValueStore } from '../../ui/valueStore'
import './articlePhotos.css'

/** Enough to find a photo by scrolling; the search narrows the rest. */
const SHOWN_AT_MOST = 300

/** What a photo dragged out of the picker or the photo desk carries. */
export function startPhotoDrag(event: DragEvent, photoId: string): void {
  event.dataTransfer.setData(PHOTO_DRAG_TYPE, photoId)
  event.dataTransfer.effectAllowed = 'copy'
}

type Props = {
  /** "Choose the lead photo", "Insert a photo": what choosing does. */
  title: string
  onChoose(photo: Photo): void
  onClose(): void
}

/**
 * The library in a panel beside the article: search, thumbnails, arrows and Enter to choose, Escape
 * to close. Not modal, so a photo can also be dragged from it onto the text or the lead photo.
 */
export function PhotoPicker({ title, onChoose, onClose }: Props) {
  const { t } = useTranslation()
  const library = useValueStore(photoLibrary)
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const listRef = useRef<HTMLDivElement>(null)
  const shown = useMemo(() => filterPhotos(library.ordered, { ...noPhotoFilter, query }).slice(0, SHOWN_AT_MOST), [library.ordered, query])
  const current = shown[Math.min(active, shown.length - 1)]

  useEffect(() => {
    void loadPhotoLibrary()
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.show()
    searchRef.current?.focus()
  }, [])

  useEffect(() => {
    if (current) listRef.current?.querySelector(`#picker-${current.id}`)?.scrollIntoView({ block: 'nearest' })
  }, [current])

  const onKeyDown = (event: KeyboardEvent) => {
    const columns = 3
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: columns, ArrowUp: -columns }
    if (event.key === 'Escape') {
      event.preventDefault()
      onClose()
    } else if (event.key === 'Enter' && current) {
      event.preventDefault()
      onChoose(current)
    } else if (event.key in moves && (event.currentTarget === listRef.current || (event.key === 'ArrowDown' && event.target === searchRef.current))) {
      event.preventDefault()
      if (event.target === searchRef.current) {
        listRef.current?.focus()
        return
      }
      setActive((index) => Math.min(shown.length - 1, Math.max(0, index + moves[event.key]!)))
    }
  }

  return (
    <dialog ref={dialogRef} className="photo-picker" aria-labelledby="photo-picker-title" onKeyDown={onKeyDown}>
      <header className="photo-picker-header">
        <h2 id="photo-picker-title">{title}</h2>
        <button type="button" className="button-quiet" aria-label={t('articlePhotos.closePicker')} onClick={onClose}>
          ×
        </button>
      </header>
      <input
        ref={searchRef}
        type="search"
        className="photo-picker-search"
        aria-label={t('articlePhotos.searchLibrary')}
        placeholder={t('articlePhotos.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
      />
      <p className="muted photo-picker-hint">{t('articlePhotos.pickerHint')}</p>
      {library.error && (
        <p className="banner banner-error" role="alert">
          {library.error}
        </p>
      )}
      {library.loaded && shown.length === 0 ? (
        <p className="muted photo-picker-empty">{library.ordered.length ? t('articlePhotos.noMatch') : t('articlePhotos.libraryEmpty')}</p>
      ) : (
        <div
          ref={listRef}
          className="photo-picker-list"
          role="listbox"
          aria-label={t('articlePhotos.libraryPhotos')}
          aria-activedescendant={current ? `picker-${current.id}` : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          {shown.map((photo, index) => (
            <PickerTile
              key={photo.id}
              photo={photo}
              mediaBaseUrl={library.mediaBaseUrl}
              active={index === active}
              onChoose={() => onChoose(photo)}
              onHover={() => setActive(index)}
            />
          ))}
        </div>
      )}
    </dialog>
  )
}

function PickerTile(props: { photo: Photo; mediaBaseUrl: string; active: boolean; onChoose(): void; onHover(): void }) {
  const { t } = useTranslation()
  const { photo } = props
  const missing = missingForPublishing(photo)
  const label = photo.caption ? `${photo.fileName} — ${photo.caption}` : photo.fileName
  return (
    <div
      id={`picker-${photo.id}`}
      role="option"
      aria-selected={props.active}
      aria-label={label}
      className="photo-picker-tile"
      draggable
      onDragStart={(event) => startPhotoDrag(event, photo.id)}
      onClick={props.onChoose}
      onMouseEnter={props.onHover}
    >
      <div className="photo-picker-thumb">
        <img src={photoUrl(props.mediaBaseUrl, photo.id, 'thumb')} alt="" loading="lazy" decoding="async" draggable={false} />
      </div>
      <div className="photo-picker-caption">{photo.caption || photo.fileName}</div>
      <div className="photo-picker-credit muted">{creditLine(photo.creator, photo.credit) || '\u00a0'}</div>
      {missing.length > 0 && <span className="photo-picker-missing">{t('articlePhotos.missingShort', { fields: missing.map((field) => t(`articlePhotos.field.${field}`)).join(', ') })}</span>}
    </div>
  )
}
