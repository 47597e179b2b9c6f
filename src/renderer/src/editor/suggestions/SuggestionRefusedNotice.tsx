import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { useValueStore } from '../../ui/valueStore'
import { refusedEdit } from './refusedEdit'
import { suggestingMode } from './suggestionMode'

/** Long enough to read two sentences; the notice can also be dismissed. */
const SHOWN_MS = 12_000

/**
 * Says, politely, that an edit made while suggesting was not made, and why. The status region is
 * always in the page (empty when there is nothing to say), so screen readers announce its message.
 */
export function SuggestionRefusedNotice() {
  const { t } = useTranslation()
  const refused = useValueStore(refusedEdit)
  const suggesting = useValueStore(suggestingMode)
  useEffect(() => {
    if (!refused) return
    const timer = setTimeout(() => refusedEdit.set(null), SHOWN_MS)
    return () => clearTimeout(timer)
  }, [refused])
  // Once no longer suggesting, the same edit would go through: the message no longer applies.
  useEffect(() => {
    if (!suggesting) refusedEdit.set(null)
  }, [suggesting])
  return (
    <div className={`suggestion-refused${refused ? ' suggestion-refused-shown' : ''}`}>
      <p role="status">{refused ? t(`suggestions.refused.${refused.reason}`) : ''}</p>
      {refused && (
        <button type="button" className="button-small button-quiet" onClick={() => refusedEdit.set(null)}>
          {t('suggestions.dismiss')}
        </button>
      )}
    </div>
  )
}
