import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { Counts } from '@shared/article/counts'
import { parseTarget, targetGauge } from '@shared/length/lengthGauge'
import { FIELD_EDIT_ORIGIN, LENGTH_TARGET } from '../../article/articleDoc'
import { useYMapValue } from '../../article/useYjs'
import { formatNumber } from '../../ui/formatTime'
import { useValueStore, type ValueStore } from '../../ui/valueStore'

type Props = { fields: Y.Map<unknown>; body: ValueStore<Counts> }

/** The body's length target (in signes, kept in the article) and a gauge of how far the text is from it. */
export function LengthTarget({ fields, body }: Props) {
  const { t, i18n } = useTranslation()
  const stored = useYMapValue<number>(fields, LENGTH_TARGET)
  const target = typeof stored === 'number' && stored > 0 ? stored : undefined
  const signes = useValueStore(body).signes
  const n = (value: number) => formatNumber(value, i18n.language)
  // What the user is typing; the stored target changes only when they leave the field or press Enter.
  const [draft, setDraft] = useState<string | null>(null)

  const commit = () => {
    if (draft === null) return
    const next = parseTarget(draft)
    setDraft(null)
    if (next === target) return
    fields.doc!.transact(() => (next ? fields.set(LENGTH_TARGET, next) : fields.delete(LENGTH_TARGET)), FIELD_EDIT_ORIGIN)
  }

  const gauge = targetGauge(signes, target)
  const status =
    gauge.state === 'under'
      ? t('writing.targetUnder', { count: gauge.remaining, remaining: n(gauge.remaining) })
      : gauge.state === 'over'
        ? t('writing.targetOver', { count: -gauge.remaining, over: n(-gauge.remaining) })
        : gauge.state === 'on-target'
          ? t('writing.targetReached')
          : ''

  return (
    <div className="length-target" data-state={gauge.state}>
      <label className="row-field">
        <span>{t('writing.target')}</span>
        <input
          type="text"
          inputMode="numeric"
          className="length-target-input"
          value={draft ?? (target ? n(target) : '')}
          placeholder={t('writing.targetPlaceholder')}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit()
            if (event.key === 'Escape') setDraft(null)
          }}
        />
      </label>
      {target && (
        <>
          <div
            role="meter"
            className="length-gauge"
            aria-label={t('writing.gauge')}
            aria-valuemin={0}
            aria-valuemax={target}
            aria-valuenow={Math.min(signes, target)}
            aria-valuetext={t('writing.gaugeText', { signes: n(signes), target: n(target), status })}
          >
            <span className="length-gauge-fill" style={{ width: `${Math.min(gauge.ratio, 1) * 100}%` }} />
          </div>
          <p className="length-target-status">
            {t('writing.gaugeText', { signes: n(signes), target: n(target), status })}
          </p>
        </>
      )}
    </div>
  )
}
