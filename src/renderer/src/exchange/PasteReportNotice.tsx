import { useTranslation } from 'react-i18next'
import { useValueStore, type ValueStore } from '../ui/valueStore'
import type { ImportReport } from './importReport'
import { reportSentences } from './reportLines'

/**
 * What the last paste left out or changed (pictures, strikethrough, comments, merged heading levels…),
 * in the words the import report uses. Stays until dismissed or the next paste; the status region is
 * always in the page so screen readers announce it.
 */
export function PasteReportNotice({ report }: { report: ValueStore<ImportReport | null> }) {
  const { t } = useTranslation()
  const current = useValueStore(report)
  const sentences = current ? reportSentences(current, t) : []
  return (
    <div className={`paste-report${sentences.length > 0 ? ' paste-report-shown' : ''}`} role="region" aria-label={t('exchange.pasteReportLabel')}>
      <p role="status">{sentences.join(' ')}</p>
      {sentences.length > 0 && (
        <button type="button" className="button-small button-quiet" onClick={() => report.set(null)}>
          {t('exchange.dismissReport')}
        </button>
      )}
    </div>
  )
}
