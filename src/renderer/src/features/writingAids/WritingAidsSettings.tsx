import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SettingsPatch, WritingAidsSettings as Settings } from '@shared/settings'
import { parseHouseStyle } from '@shared/style/houseStyle'
import { shippedHouseStyle } from './shippedHouseStyle'

type Props = { settings: Settings; onChange(patch: SettingsPatch): Promise<void> }

const asJson = (value: unknown) => JSON.stringify(value, null, 2)

/** Checks on or off, the newsroom dictionary (words can be taken out), the house-style rules as editable JSON. */
export function WritingAidsSettings({ settings, onChange }: Props) {
  const { t } = useTranslation()
  const [rules, setRules] = useState(() => asJson(settings.houseStyle ?? shippedHouseStyle))
  const [error, setError] = useState('')

  const save = async (patch: Partial<Settings>) => {
    try {
      setError('')
      await onChange({ writingAids: patch })
    } catch (caught) {
      setError(t('writing.rulesInvalid', { message: caught instanceof Error ? caught.message : String(caught) }))
    }
  }

  const saveRules = () => {
    let houseStyle
    try {
      houseStyle = parseHouseStyle(JSON.parse(rules))
    } catch (caught) {
      setError(t('writing.rulesInvalid', { message: caught instanceof Error ? caught.message : String(caught) }))
      return
    }
    void save({ houseStyle })
  }

  return (
    <section className="writing-aids-settings" aria-labelledby="writing-aids-title">
      <h3 id="writing-aids-title">{t('writing.checksTitle')}</h3>
      <label className="check-field">
        <input type="checkbox" checked={settings.checks} onChange={(event) => void save({ checks: event.target.checked })} />
        {t('writing.checksEnabled')}
      </label>

      <h4 id="newsroom-dictionary-title">{t('writing.newsroomDictionary')}</h4>
      {settings.newsroomDictionary.length === 0 ? (
        <p className="muted">{t('writing.newsroomDictionaryEmpty')}</p>
      ) : (
        <ul className="dictionary-words" aria-labelledby="newsroom-dictionary-title">
          {settings.newsroomDictionary.map((word) => (
            <li key={word}>
              {word}
              <button
                type="button"
                className="button-quiet"
                aria-label={t('writing.removeWord', { word })}
                onClick={() => void save({ newsroomDictionary: settings.newsroomDictionary.filter((other) => other !== word) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}

      <label className="stack-field">
        <span>{t('writing.houseStyleRules')}</span>
        <textarea className="house-style-rules" rows={8} spellCheck={false} value={rules} onChange={(event) => setRules(event.target.value)} />
      </label>
      <p className="muted">{settings.houseStyle ? t('writing.rulesCustom') : t('writing.rulesShipped')}</p>
      <div className="button-row">
        <button type="button" onClick={saveRules}>
          {t('writing.saveRules')}
        </button>
        {settings.houseStyle && (
          <button
            type="button"
            className="button-quiet"
            onClick={() => {
              setRules(asJson(shippedHouseStyle))
              void save({ houseStyle: null })
            }}
          >
            {t('writing.resetRules')}
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
