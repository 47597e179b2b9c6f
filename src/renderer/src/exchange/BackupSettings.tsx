import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { mainApi } from '../ipc/mainApi'

/** Settings: the optional folder where every article is mirrored as files while it is written. */
export function BackupSettings() {
  const { t } = useTranslation()
  const [folder, setFolder] = useState<string | null | undefined>(undefined)
  const [error, setError] = useState('')

  useEffect(() => {
    void mainApi.backupStatus().then((status) => setFolder(status.folder), (caught: unknown) => setError(String(caught)))
  }, [])

  const act = async (action: () => Promise<{ folder: string | null }>) => {
    setError('')
    try {
      setFolder((await action()).folder)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    }
  }

  return (
    <section className="backup-settings" aria-labelledby="backup-title">
      <h3 id="backup-title">{t('exchange.backup.title')}</h3>
      <p className="muted">{t('exchange.backup.explain')}</p>
      {folder && (
        <p className="backup-folder" role="status">
          {t('exchange.backup.active', { folder })}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button-small" onClick={() => void act(() => mainApi.chooseBackupFolder({ dialogTitle: t('exchange.backup.dialogTitle') }))}>
          {folder ? t('exchange.backup.change') : t('exchange.backup.choose')}
        </button>
        {folder && (
          <button type="button" className="button-small button-quiet" onClick={() => void act(() => mainApi.disableBackup())}>
            {t('exchange.backup.stop')}
          </button>
        )}
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </section>
  )
}
