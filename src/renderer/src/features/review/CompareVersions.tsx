import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CheckpointRow } from '../../db/CopydeskDb'
import type { ArticleSession } from '../../article/useArticleSession'
import { formatClock } from '../../ui/formatTime'
import { CompareDialog, type CompareSide } from './CompareDialog'

const CURRENT = 'current'

type Props = { session: ArticleSession; versions: readonly CheckpointRow[]; onRestore(version: CheckpointRow): void }

/** Pick any two versions (or the current text) and see what changed between them. */
export function CompareVersions({ session, versions, onRestore }: Props) {
  const { t, i18n } = useTranslation()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState(CURRENT)
  const [open, setOpen] = useState(false)
  // A version kept at a workflow step is named by the status it led to ("submitted→editing").
  const labelOf = (version: CheckpointRow) => {
    const to = version.kind === 'transition' ? version.label.split('→')[1] : undefined
    return `${formatClock(version.createdAt, i18n.language)} · ${to ? t(`status.${to}`) : t(`versions.${version.kind}`)}`
  }
  const byId = (id: string) => versions.find((version) => String(version.id) === id)
  // By default, from the newest version to the current text.
  const fromId = from || (versions[0] ? String(versions[0].id) : '')
  const side = (id: string): CompareSide | null => {
    if (id === CURRENT) return { label: t('compare.current'), state: session.doc }
    const version = byId(id)
    return version ? { label: labelOf(version), state: version.state } : null
  }
  const before = side(fromId)
  const after = side(to)
  if (versions.length === 0) return null
  const options = (
    <>
      <option value={CURRENT}>{t('compare.current')}</option>
      {versions.map((version) => (
        <option key={version.id} value={String(version.id)}>
          {labelOf(version)}
        </option>
      ))}
    </>
  )
  const beforeVersion = byId(fromId)
  return (
    <div className="compare-picker">
      <label className="row-field">
        <span>{t('compare.from')}</span>
        <select value={fromId} onChange={(event) => setFrom(event.target.value)}>
          {options}
        </select>
      </label>
      <label className="row-field">
        <span>{t('compare.to')}</span>
        <select value={to} onChange={(event) => setTo(event.target.value)}>
          {options}
        </select>
      </label>
      <button type="button" className="button-small" disabled={!before || !after || fromId === to} onClick={() => setOpen(true)}>
        {t('compare.open')}
      </button>
      {open && before && after && (
        <CompareDialog
          before={before}
          after={after}
          onClose={() => setOpen(false)}
          onRestoreBefore={beforeVersion ? () => onRestore(beforeVersion) : undefined}
        />
      )}
    </div>
  )
}
