import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import Dexie from 'dexie'
import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/db'
import { saveCheckpoint } from '../../db/checkpoints'
import type { CheckpointRow } from '../../db/CopydeskDb'
import { restoreVersion } from '../../article/restoreVersion'
import type { ArticleSession } from '../../article/useArticleSession'
import { formatClock, formatNumber } from '../../ui/formatTime'
import { useTimeFormatter } from '../../ui/useTimeFormatter'
import { CompareVersions } from '../review/CompareVersions'

/** The article's versions: save one by hand, list them, restore one (itself undoable). */
export function VersionsPanel({ session }: { session: ArticleSession }) {
  const { t, i18n } = useTranslation()
  const formatWhen = useTimeFormatter()
  const [notice, setNotice] = useState<{ text: string; undo: boolean } | null>(null)
  const versions = useLiveQuery(
    () =>
      db.checkpoints
        .where('[articleId+createdAt]')
        .between([session.articleId, Dexie.minKey], [session.articleId, Dexie.maxKey])
        .reverse()
        .toArray(),
    [session.articleId],
  )

  const restore = async (version: CheckpointRow) => {
    // Absolute: the label is kept with the version, and reads "the version of 14:05".
    const when = formatClock(version.createdAt, i18n.language)
    // The current text is kept as a version first, so a restore never destroys anything.
    await saveCheckpoint(db, session.articleId, session.doc, 'before-restore', when)
    session.undoManager.stopCapturing()
    restoreVersion(session.doc, version.state)
    session.undoManager.stopCapturing()
    setNotice({ text: t('versions.restored', { when }), undo: true })
  }

  return (
    <section className="panel-section versions" aria-labelledby="versions-title">
      <div className="panel-heading">
        <h2 id="versions-title">{t('versions.title')}</h2>
        <button
          type="button"
          className="button-small"
          onClick={async () => {
            await saveCheckpoint(db, session.articleId, session.doc, 'manual')
            setNotice({ text: t('versions.saved'), undo: false })
          }}
        >
          {t('versions.save')}
        </button>
      </div>
      <p role="status" className="notice">
        {notice?.text}
        {notice?.undo && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              session.undoManager.undo()
              setNotice(null)
            }}
          >
            {t('versions.undoRestore')}
          </button>
        )}
      </p>
      {versions && <CompareVersions session={session} versions={versions} onRestore={(version) => void restore(version)} />}
      {versions && versions.length === 0 && <p className="muted">{t('versions.none')}</p>}
      <ol className="version-list" aria-label={t('versions.list')}>
        {versions?.map((version) => {
          const when = formatClock(version.createdAt, i18n.language)
          return (
            <li key={version.id} className="version">
              <div>
                <span className="version-time">{formatWhen(version.createdAt)}</span>
                {/* A named version ("Site version by …", kept when a wp-admin edit could not merge) shows its name. */}
                <span className="version-kind">{version.kind === 'manual' && version.label ? version.label : t(`versions.${version.kind}`)}</span>
              </div>
              <div className="version-meta muted">
                {version.headline || t('desk.untitled')} · {t('versions.words', { count: version.words, formattedCount: formatNumber(version.words, i18n.language) })}
              </div>
              <button
                type="button"
                className="button-small"
                aria-label={t('versions.restoreOne', { when })}
                onClick={() => void restore(version)}
              >
                {t('versions.restore')}
              </button>
            </li>
          )
        })}
      </ol>
    </section>
  )
}
