import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useScratchSession } from '../article/useArticleSession'
import type { RecoveryState } from '../article/RecoveryWriter'
import { ArticleEditor } from '../features/article/ArticleEditor'

/**
 * When IndexedDB is missing or refuses to open: say so plainly, and still let the reporter write,
 * every change going to a recovery copy on disk through main.
 */
export function StorageUnavailable({ reason }: { reason: string }) {
  const { t } = useTranslation()
  const [recovery, setRecovery] = useState<RecoveryState>({ kind: 'idle' })
  const onRecovery = useCallback((state: RecoveryState) => setRecovery(state), [])
  const session = useScratchSession(onRecovery, reason)
  return (
    <div className="app-shell app-shell-single">
      <main className="app-main">
        <div className="banner banner-error" role="alert">
          <strong>{t('storage.scratchTitle')}</strong> {t('storage.unavailable', { message: reason })}
          {recovery.kind === 'written' && <div>{t('save.recoveryWritten', { path: recovery.path })}</div>}
          {recovery.kind === 'failed' && <div>{t('save.recoveryFailed', { message: recovery.message })}</div>}
        </div>
        <ArticleEditor session={session} sections={[]} withVersions={false} />
      </main>
    </div>
  )
}
