import { useTranslation } from 'react-i18next'
import { deskColumns } from './deskColumns'
import type { DeskPreferences } from './deskPreferences'

type Props = { preferences: DeskPreferences; onChange(next: (current: DeskPreferences) => DeskPreferences): void }

/** Which columns the desk shows, and how dense its rows are. */
export function DeskDisplayOptions({ preferences, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <details className="desk-columns-menu">
        <summary className="button-small button-quiet">{t('desk.columns')}</summary>
        <fieldset>
          <legend>{t('desk.columnsShown')}</legend>
          {deskColumns
            .filter((column) => column !== 'headline')
            .map((column) => (
              <label key={column}>
                <input
                  type="checkbox"
                  checked={!preferences.hidden.includes(column)}
                  onChange={(event) =>
                    onChange((current) => ({
                      ...current,
                      hidden: event.target.checked ? current.hidden.filter((hidden) => hidden !== column) : [...current.hidden, column],
                    }))
                  }
                />
                {t(`desk.column.${column}`)}
              </label>
            ))}
        </fieldset>
      </details>
      <label>
        <span>{t('desk.density')}</span>
        <select value={preferences.density} onChange={(event) => onChange((current) => ({ ...current, density: event.target.value as DeskPreferences['density'] }))}>
          <option value="comfortable">{t('desk.comfortable')}</option>
          <option value="compact">{t('desk.compact')}</option>
        </select>
      </label>
    </>
  )
}
