import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { db } from '../../db/db'
import { deleteForever, purgeOldTrash, trashedIds } from '../../db/trashPurge'
import { useAfterFirstContent } from '../../ui/firstContent'
import { photoApi } from '../photos/photoApi'

/** The photo library forgets that deleted articles used its photos (best effort: main may be busy). */
const releasePhotos = (ids: readonly string[]) => Promise.allSettled(ids.map((id) => photoApi.setUsage(id, [])))

/** Deletes what has been in the trash longer than the setting says, once the desk has drawn its rows. */
export function useTrashRetention(days: number): void {
  const ready = useAfterFirstContent()
  useEffect(() => {
    if (!ready) return
    void purgeOldTrash(db, days).then(releasePhotos, () => undefined)
  }, [ready, days])
}

/** "Empty trash", with a confirmation saying how many articles go for good. */
export function EmptyTrash({ count, retentionDays }: { count: number; retentionDays: number }) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  useEffect(() => {
    if (open) dialog.current?.showModal()
  }, [open])
  const empty = async () => {
    const ids = await trashedIds(db)
    await deleteForever(db, ids)
    await releasePhotos(ids)
    dialog.current?.close()
  }
  return (
    <div className="desk-trash-note">
      <span className="muted">{t('desk.trashRetention', { count: retentionDays })}</span>
      <button type="button" className="button-small button-danger" disabled={count === 0} onClick={() => setOpen(true)}>
        {t('desk.emptyTrash')}
      </button>
      {open && (
        <dialog ref={dialog} role="alertdialog" aria-labelledby="empty-trash-title" aria-describedby="empty-trash-text" className="confirm-dialog" onClose={() => setOpen(false)}>
          <h2 id="empty-trash-title">{t('desk.emptyTrashTitle')}</h2>
          <p id="empty-trash-text">{t('desk.emptyTrashText', { count })}</p>
          <div className="dialog-actions">
            <button type="button" className="button-quiet" onClick={() => dialog.current?.close()}>
              {t('desk.cancel')}
            </button>
            <button type="button" className="button-danger" onClick={() => void empty()}>
              {t('desk.deleteForever', { count })}
            </button>
          </div>
        </dialog>
      )}
    </div>
  )
}
