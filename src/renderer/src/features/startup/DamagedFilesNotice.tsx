import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DamagedFileReport } from '@shared/startup/damagedFiles'
import { checked } from '../../ipc/mainApi'

/**
 * Tells the user which of main's files this start found damaged and where each was kept: the app
 * started with its defaults (and what was still readable), nothing to do but know. Dismissible;
 * main reports only for the start that found them, so it does not come back.
 */
export function DamagedFilesNotice() {
  const { t } = useTranslation()
  const titleId = useId()
  const [reports, setReports] = useState<DamagedFileReport[]>([])

  useEffect(() => {
    let live = true
    checked('startup:damagedFiles', window.copydesk.startup.damagedFiles()).then(
      (found) => live && setReports(found),
      (error: unknown) => console.warn('Copydesk: could not ask main for damaged files', error),
    )
    return () => {
      live = false
    }
  }, [])

  if (reports.length === 0) return null
  return (
    <section className="damaged-files" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('startup.damaged.title', { count: reports.length })}</h2>
      <ul>
        {reports.map((report) => (
          <li key={report.keptAs}>
            {t(`startup.damaged.${report.damage}`, {
              file: t(`startup.damaged.files.${report.file}`),
              count: report.entriesSetAside ?? 0,
            })}{' '}
            {t('startup.damaged.keptAs')} <code>{report.keptAs}</code>
          </li>
        ))}
      </ul>
      <button type="button" className="button-small" onClick={() => setReports([])}>
        {t('startup.damaged.dismiss')}
      </button>
    </section>
  )
}
