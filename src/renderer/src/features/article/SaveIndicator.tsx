import { useTranslation } from 'react-i18next'
import type { ArticlePersistence } from '../../db/ArticlePersistence'
import type { RecoveryState } from '../../article/RecoveryWriter'
import { useSaveState } from '../../article/useSaveState'

/**
 * Always-visible save status; never a modal. It follows the save state itself: the state flips at
 * nearly every keystroke, and only this line should re-render for it, not the article around it.
 */
export function SaveIndicator({ persistence, recovery }: { persistence: ArticlePersistence | null; recovery: RecoveryState }) {
  const { t } = useTranslation()
  const save = useSaveState(persistence)
  const text =
    save.kind === 'error' ? t('save.error', { message: save.message }) : save.kind === 'saving' ? t('save.saving') : t('save.saved')
  return (
    <div className={`save-indicator save-${save.kind}`} role="status" aria-live="polite">
      <span className="save-dot" aria-hidden="true" />
      <span>{text}</span>
      {recovery.kind === 'written' && save.kind === 'error' && (
        <span className="muted"> {t('save.recoveryWritten', { path: recovery.path })}</span>
      )}
      {recovery.kind === 'failed' && <span role="alert"> {t('save.recoveryFailed', { message: recovery.message })}</span>}
    </div>
  )
}
