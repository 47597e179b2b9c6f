import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useVirtualizer } from '@tanstack/react-virtual'
import { missingForPublishing, photoUrl, type Photo } from '@shared/photos/photo'

const TILE_WIDTH = 176
const ROW_HEIGHT = 206

export type Selection = { ids: ReadonlySet<string>; anchor: number; active: number }

type Props = {
  photos: readonly Photo[]
  mediaBaseUrl: string
  selection: Selection
  onSelect(selection: Selection): void
}

/** The ids from index a to b, either way round. */
function range(photos: readonly Photo[], a: number, b: number): Set<string> {
  const [from, to] = a < b ? [a, b] : [b, a]
  return new Set(photos.slice(from, to + 1).map((photo) => photo.id))
}

/**
 * The library as a dense, virtualised grid (only the rows on screen exist). A listbox: click selects,
 * Ctrl/⌘-click toggles, Shift-click selects a range; arrows move, Shift+arrows extend, Space toggles,
 * Ctrl/⌘+A selects all, Escape selects none, Enter goes to the inspector's first field.
 */
export function PhotoGrid({ photos, mediaBaseUrl, selection, onSelect }: Props) {
  const { t } = useTranslation()
  const scrollRef = useRef<HTMLDivElement>(null)
  const [columns, setColumns] = useState(4)

  useLayoutEffect(() => {
    const element = scrollRef.current
    if (!element) return
    const measure = () => setColumns(Math.max(1, Math.floor((element.clientWidth - 16) / TILE_WIDTH)))
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  const rowCount = Math.ceil(photos.length / columns)
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
  })

  // Keep the active photo in view as the keyboard moves it.
  useEffect(() => {
    if (selection.active >= 0 && selection.active < photos.length) virtualizer.scrollToIndex(Math.floor(selection.active / columns))
  }, [selection.active, columns, photos.length, virtualizer])

  const select = (index: number, event: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) => {
    const photo = photos[index]
    if (!photo) return
    if (event.shiftKey) {
      onSelect({ ids: range(photos, selection.anchor < 0 ? index : selection.anchor, index), anchor: selection.anchor < 0 ? index : selection.anchor, active: index })
    } else if (event.ctrlKey || event.metaKey) {
      const ids = new Set(selection.ids)
      if (ids.has(photo.id)) ids.delete(photo.id)
      else ids.add(photo.id)
      onSelect({ ids, anchor: index, active: index })
    } else {
      onSelect({ ids: new Set([photo.id]), anchor: index, active: index })
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (photos.length === 0) return
    const active = Math.max(0, selection.active)
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: columns,
      ArrowUp: -columns,
      PageDown: columns * 3,
      PageUp: -columns * 3,
    }
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'a') {
      event.preventDefault()
      onSelect({ ids: new Set(photos.map((photo) => photo.id)), anchor: 0, active })
    } else if (event.key === 'Escape') {
      event.preventDefault()
      onSelect({ ids: new Set(), anchor: -1, active: selection.active })
    } else if (event.key === 'Enter' && selection.ids.size > 0) {
      // To the inspector's first field, to type the caption (or the credit of many) at once.
      event.preventDefault()
      document.querySelector<HTMLElement>('.photo-form .photo-field textarea, .photo-form .photo-field input')?.focus()
    } else if (event.key === ' ') {
      event.preventDefault()
      select(active, { shiftKey: false, ctrlKey: true, metaKey: false })
    } else if (event.key in moves || event.key === 'Home' || event.key === 'End') {
      event.preventDefault()
      const target =
        event.key === 'Home' ? 0 : event.key === 'End' ? photos.length - 1 : Math.min(photos.length - 1, Math.max(0, (selection.active < 0 ? -1 : active) + moves[event.key]!))
      if (event.ctrlKey || event.metaKey) onSelect({ ...selection, active: target })
      else select(target, { shiftKey: event.shiftKey, ctrlKey: false, metaKey: false })
    }
  }

  const activeId = photos[selection.active]?.id
  return (
    <div
      ref={scrollRef}
      className="photo-grid-scroll"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('photos.grid')}
      aria-activedescendant={activeId ? `photo-${activeId}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="photo-grid" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div key={row.key} className="photo-grid-row" role="presentation" style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
            {photos.slice(row.index * columns, row.index * columns + columns).map((photo, column) => {
              const index = row.index * columns + column
              return (
                <PhotoTile
                  key={photo.id}
                  photo={photo}
                  mediaBaseUrl={mediaBaseUrl}
                  selected={selection.ids.has(photo.id)}
                  active={index === selection.active}
                  position={index + 1}
                  total={photos.length}
                  onClick={(event) => select(index, event)}
                />
              )
            })}
          </div>
        ))}
      </div>
    </div>
  )
}

type TileProps = {
  photo: Photo
  mediaBaseUrl: string
  selected: boolean
  active: boolean
  position: number
  total: number
  onClick(event: MouseEvent): void
}

function PhotoTile({ photo, mediaBaseUrl, selected, active, position, total, onClick }: TileProps) {
  const { t } = useTranslation()
  const missing = missingForPublishing(photo)
  const missingLabel = missing.map((field) => t(`photos.field.${field}`).toLowerCase()).join(', ')
  return (
    <div
      id={`photo-${photo.id}`}
      role="option"
      aria-selected={selected}
      aria-setsize={total}
      aria-posinset={position}
      aria-label={photo.fileName}
      className={`photo-tile${active ? ' photo-tile-active' : ''}`}
      onClick={onClick}
    >
      <div className="photo-thumb">
        <img src={photoUrl(mediaBaseUrl, photo.id, 'thumb')} alt="" loading="lazy" decoding="async" draggable={false} />
      </div>
      <div className="photo-tile-name">{photo.fileName}</div>
      <div className="photo-tile-credit muted">{photo.credit || photo.creator || '\u00a0'}</div>
      {missing.length > 0 && (
        <span className="photo-badge" title={t('photos.missing', { fields: missingLabel })}>
          {t('photos.missing', { fields: missingLabel })}
        </span>
      )}
    </div>
  )
}
