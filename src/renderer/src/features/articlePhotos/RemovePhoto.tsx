import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { db } from '../../db/db'
import './articlePhotos.css'

type Outcome = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'busy' } | { kind: 'refused'; articles: { id: string; headline: string }[] } | { kind: 'failed'; message: string }

/** The headlines of the articles that refused a removal, from the desk's index (the id when unknown). */
async function headlinesOf(articleIds: readonly string[]): Promise<{ id: string; headline: string }[]> {
  const rows = await db.articles.bulkGet([...articleIds])
  return articleIds.map((id, index) => ({ id, headline: rows[index]?.headline.trim() ?? '' }))
}

/**
 * "Remove from library…" in the photo desk's inspector, with a confirmation. A photo an article uses
 * is refused by main; the refusal names those articles, so the desk knows where to go.
 */
export function RemovePhoto({ onRemove }: { onRemove(): Promise<{ refusedBy: string[] }> }) {
  const { t } = useTranslation()
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' })
  const remove = async () => {
    setOutcome({ kind: 'busy' })
    try {
      const { refusedBy } = await onRemove()
      setOutcome(refusedBy.length ? { kind: 'refused', articles: await headlinesOf(refusedBy) } : { kind: 'idle' })
    } catch (error) {
      setOutcome({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
    }
  }
  return (
    <div className="photo-remove">
      {outcome.kind === 'confirming' || outcome.kind === 'busy' ? (
        <div role="group" aria-label={t('articlePhotos.removeFromLibrary')}>
          <p>{t('articlePhotos.confirmRemove')}</p>
          <div className="photo-remove-actions">
            <button type="button" className="button-small" disabled={outcome.kind === 'busy'} onClick={() => void remove()}>
              {t('articlePhotos.confirmRemoveButton')}
            </button>
            <button type="button" className="button-quiet button-small" autoFocus onClick={() => setOutcome({ kind: 'idle' })}>
              {t('articlePhotos.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button-quiet button-small" onClick={() => setOutcome({ kind: 'confirming' })}>
          {t('articlePhotos.removeFromLibrary')}
        </button>
      )}
      {outcome.kind === 'refused' && (
        <div className="photo-missing-warning" role="alert">
          {t('articlePhotos.refused')}
          <ul>
            {outcome.articles.map((article) => (
              <li key={article.id}>
                <a href={`#/article/${encodeURIComponent(article.id)}`}>{article.headline || t('articlePhotos.untitled')}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {outcome.kind === 'failed' && (
        <p className="banner banner-error" role="alert">
          {outcome.message}
        </p>
      )}
    </div>
  )
}
