import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleSession } from '../../article/useArticleSession'
import { db } from '../../db/db'
import { useTimeFormatter } from '../../ui/useTimeFormatter'
import { CompareDialog } from './CompareDialog'
import { useLastRead } from './lastRead'

/** Offers the comparison from the version this person saw last time to the text as it is now. */
export function ReadSinceBanner({ session, reader }: { session: ArticleSession; reader: string }) {
  const { t } = useTranslation()
  const formatWhen = useTimeFormatter()
  const lastRead = useLastRead(db, session.articleId, session.doc, reader)
  const [open, setOpen] = useState(false)
  if (!lastRead) return null
  const when = formatWhen(lastRead.createdAt)
  return (
    <p className="read-since" role="note">
      {t('compare.changedSince', { when })}
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('compare.seeChanges')}
      </button>
      {open && (
        <CompareDialog
          before={{ label: t('compare.lastRead', { when }), state: lastRead.state }}
          after={{ label: t('compare.current'), state: session.doc }}
          onClose={() => setOpen(false)}
        />
      )}
    </p>
  )
}
