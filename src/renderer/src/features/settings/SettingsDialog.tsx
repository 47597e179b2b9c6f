import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DEFAULT_TRASH_RETENTION_DAYS, roles, uiLanguages, type Settings, type SettingsPatch } from '@shared/settings'
import { CmsAccountSection } from '../cms/CmsAccountSection'
import { BackupSettings } from '../../exchange/BackupSettings'
import { WritingAidsSettings } from '../writingAids/WritingAidsSettings'

type Props = { settings: Settings; onChange(patch: SettingsPatch): Promise<void>; onClose(): void }

/** Interface language and the user's profile; each change is saved by main at once. */
export function SettingsDialog({ settings, onChange, onClose }: Props) {
  const { t } = useTranslation()
  const dialog = useRef<HTMLDialogElement>(null)
  const [error, setError] = useState('')
  const [profile, setProfile] = useState(settings.profile)
  const [retention, setRetention] = useState(String(settings.trashRetentionDays ?? DEFAULT_TRASH_RETENTION_DAYS))

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  const save = async (patch: SettingsPatch) => {
    try {
      setError('')
      await onChange(patch)
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught))
    }
  }

  return (
    <dialog ref={dialog} className="settings-dialog" aria-labelledby="settings-title" onClose={onClose}>
      <header className="dialog-header">
        <h2 id="settings-title">{t('settings.title')}</h2>
        <button type="button" className="button-quiet" aria-label={t('settings.close')} onClick={() => dialog.current?.close()}>
          ×
        </button>
      </header>
      <label className="stack-field">
        <span>{t('settings.language')}</span>
        <select value={settings.language} onChange={(event) => void save({ language: event.target.value as Settings['language'] })}>
          {uiLanguages.map((language) => (
            <option key={language} value={language}>
              {language === 'system' ? t('settings.system') : language === 'fr' ? 'Français' : 'English'}
            </option>
          ))}
        </select>
      </label>
      <label className="stack-field">
        <span>{t('settings.displayName')}</span>
        <input
          type="text"
          value={profile.displayName}
          onChange={(event) => setProfile({ ...profile, displayName: event.target.value })}
          onBlur={() => void save({ profile: { displayName: profile.displayName } })}
        />
      </label>
      <label className="stack-field">
        <span>{t('settings.role')}</span>
        <select
          value={profile.role}
          onChange={(event) => {
            const role = event.target.value as Settings['profile']['role']
            setProfile({ ...profile, role })
            void save({ profile: { role } })
          }}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`settings.roles.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="stack-field">
        <span>{t('settings.defaultSection')}</span>
        <input
          type="text"
          value={profile.defaultSection}
          onChange={(event) => setProfile({ ...profile, defaultSection: event.target.value })}
          onBlur={() => void save({ profile: { defaultSection: profile.defaultSection } })}
        />
      </label>
      <label className="stack-field">
        <span>{t('settings.trashRetention')}</span>
        <input
          type="number"
          min={1}
          max={3650}
          value={retention}
          onChange={(event) => setRetention(event.target.value)}
          onBlur={() => {
            const days = Number(retention)
            if (Number.isInteger(days) && days >= 1 && days <= 3650) void save({ trashRetentionDays: days })
            else setError(t('settings.trashRetentionInvalid'))
          }}
        />
      </label>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <CmsAccountSection />
      <WritingAidsSettings settings={settings.writingAids} onChange={onChange} />
      <BackupSettings />
    </dialog>
  )
}
