import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Counts } from '@shared/article/counts'
import { formatNumber } from '../../ui/formatTime'
import { useValueStore, type ValueStore } from '../../ui/valueStore'

type Props = { headline: Counts; standfirst: Counts; body: ValueStore<Counts>; children?: ReactNode }

/** Live words and signes per field, as a small table the desk can read at a glance. */
export function CountsPanel({ headline, standfirst, body, children }: Props) {
  const { t, i18n } = useTranslation()
  const counts = { headline, standfirst, body: useValueStore(body) }
  const n = (value: number) => formatNumber(value, i18n.language)
  const rows = [
    ['headline', t('article.headline'), counts.headline],
    ['standfirst', t('article.standfirst'), counts.standfirst],
    ['body', t('article.body'), counts.body],
  ] as const
  return (
    <section className="panel-section" aria-labelledby="counts-title">
      <h2 id="counts-title">{t('article.counts')}</h2>
      <table className="counts">
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('article.counts')}</span>
            </th>
            <th scope="col">{t('article.words')}</th>
            <th scope="col">{t('article.signes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([key, label, value]) => (
            <tr key={key} data-field={key} aria-label={t('article.countsOf', { field: label, words: value.words, signes: value.signes })}>
              <th scope="row">{label}</th>
              <td>{n(value.words)}</td>
              <td>{n(value.signes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {children}
    </section>
  )
}
