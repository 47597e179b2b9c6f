import { useTranslation } from 'react-i18next'
import type { ArticleIndexRow, LeadPhotoWord } from '@shared/article/article'
import type { LibraryWords } from '@shared/photos/photoInArticle'

const words: LeadPhotoWord[] = ['caption', 'credit', 'altText']

/** The lead photo's words still missing (neither the article nor the library has them); null when unknown yet. */
export function missingLeadPhotoWords(row: ArticleIndexRow, library: Map<string, LibraryWords> | null): LeadPhotoWord[] | null {
  const lead = row.signals?.leadPhoto
  if (!lead || !library) return null
  const photo = library.get(lead.photoId)
  return words.filter((word) => !lead.ownWords.includes(word) && !(photo?.[word] ?? '').trim())
}

function Icon({ path, label, tone }: { path: string; label: string; tone?: 'warn' | 'ok' | undefined }) {
  return (
    <span role="img" aria-label={label} title={label} className={`desk-signal${tone ? ` desk-signal-${tone}` : ''}`}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
        <path d={path} fill="currentColor" />
      </svg>
    </span>
  )
}

const COMMENT = 'M2 2h12v9H6l-3 3v-3H2z'
const SUGGESTION = 'M11.5 1.5l3 3L6 13H3v-3zM2 14.5h12V16H2z'
const PHOTO = 'M1 4h3l1.5-2h5L12 4h3v10H1zm7 2.5a3 3 0 100 6 3 3 0 000-6z'

/** The row's signal icons, each with its full meaning as accessible name and tooltip. */
export function DeskSignals({ row, library }: { row: ArticleIndexRow; library: Map<string, LibraryWords> | null }) {
  const { t } = useTranslation()
  const signals = row.signals
  if (!signals) return null
  const missing = missingLeadPhotoWords(row, library)
  return (
    <>
      {signals.openComments > 0 && <Icon path={COMMENT} label={t('desk.signals.comments', { count: signals.openComments })} tone="warn" />}
      {signals.openSuggestions > 0 && <Icon path={SUGGESTION} label={t('desk.signals.suggestions', { count: signals.openSuggestions })} tone="warn" />}
      {signals.leadPhoto &&
        (missing && missing.length > 0 ? (
          <Icon path={PHOTO} tone="warn" label={t('desk.signals.photoMissing', { words: missing.map((word) => t(`desk.signals.word.${word}`)).join(', ') })} />
        ) : (
          <Icon path={PHOTO} tone={missing ? 'ok' : undefined} label={t(missing ? 'desk.signals.photoComplete' : 'desk.signals.photo')} />
        ))}
    </>
  )
}
