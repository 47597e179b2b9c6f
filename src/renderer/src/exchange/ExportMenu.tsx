import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import { exportFormats, type ExportFormat } from '@shared/exchange/exportModel'
import { db } from '../db/db'
import { mainApi } from '../ipc/mainApi'
import { exportModelOf } from './exportModelOf'
import { leadPhotoForExport } from '../features/articlePhotos/articlePhotoWords'
import { loadPhotoLibrary } from '../features/articlePhotos/photoLibraryStore'

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string; path: string } | { kind: 'failed'; message: string }

/** "Export" in the article's header: a menu of formats; main asks for the folder and writes the file. */
export function ExportMenu({ doc, articleId }: { doc: Y.Doc; articleId: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const menuRef = useRef<HTMLDivElement>(null)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!open) return
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.parentElement?.contains(event.target as Node)) setOpen(false)
    }
    addEventListener('pointerdown', onPointerDown)
    return () => removeEventListener('pointerdown', onPointerDown)
  }, [open])

  const run = async (format: ExportFormat) => {
    setOpen(false)
    setOutcome({ kind: 'busy' })
    try {
      const row = await db.articles.get(articleId)
      const leadPhoto = await leadPhotoForExport(doc)
      // Body figures take the library's words: fresh, as the lead photo's are.
      await loadPhotoLibrary()
      const article = exportModelOf(doc, articleId, { updatedAt: row?.updatedAt ?? Date.now(), ...(leadPhoto ? { leadPhoto } : {}) })
      const result = await mainApi.exportArticle({ format, article, dialogTitle: t('exchange.exportDialogTitle') })
      setOutcome(result ? { kind: 'done', ...result } : { kind: 'idle' })
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }

  const onMenuKeyDown = (event: React.KeyboardEvent) => {
    const items = Array.from(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])
    const index = items.indexOf(document.activeElement as HTMLElement)
    if (event.key === 'Escape') {
      setOpen(false)
      buttonRef.current?.focus()
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      items[(index + step + items.length) % items.length]?.focus()
    }
  }

  return (
    <div className="export-menu">
      <button
        ref={buttonRef}
        type="button"
        className="button-small"
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={outcome.kind === 'busy'}
        onClick={() => setOpen((value) => !value)}
      >
        {outcome.kind === 'busy' ? t('exchange.exporting') : t('exchange.export')}
      </button>
      {open && (
        <div ref={menuRef} className="menu-popup" role="menu" aria-label={t('exchange.exportFormats')} onKeyDown={onMenuKeyDown}>
          {exportFormats.map((format) => (
            <button key={format} type="button" role="menuitem" tabIndex={-1} onClick={() => void run(format)}>
              {t(`exchange.format.${format}`)}
            </button>
          ))}
        </div>
      )}
      {outcome.kind === 'done' && (
        <span className="export-outcome muted" role="status" title={outcome.path}>
          {t('exchange.exported', { fileName: outcome.fileName })}
        </span>
      )}
      {outcome.kind === 'failed' && (
        <span className="export-outcome error-text" role="alert">
          {t('exchange.exportFailed', { message: outcome.message })}
        </span>
      )}
    </div>
  )
}
