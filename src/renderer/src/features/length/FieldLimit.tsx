import { useTranslation } from 'react-i18next'
import { limitGauge } from '@shared/length/lengthGauge'
import { formatNumber } from '../../ui/formatTime'

type Props = { id: string; count: number; limit: number }

/** "72 / 90" under a field with a limit; past the limit it says by how much, in the warning colour. */
export function FieldLimit({ id, count, limit }: Props) {
  const { t, i18n } = useTranslation()
  const gauge = limitGauge(count, limit)
  if (gauge.state === 'none') return null
  const n = (value: number) => formatNumber(value, i18n.language)
  return (
    <p id={id} className="field-limit" data-state={gauge.state}>
      <span>
        {gauge.state === 'over'
          ? t('writing.limitOver', { count: -gauge.remaining, over: n(-gauge.remaining), limit: n(limit) })
          : t('writing.limitWithin', { signes: n(count), limit: n(limit) })}
      </span>
    </p>
  )
}
