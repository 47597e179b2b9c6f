import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useArticleSession } from '../../article/useArticleSession'
import type { RecoveryState } from '../../article/RecoveryWriter'
import { saveCheckpoint } from '../../db/checkpoints'
import { db } from '../../db/db'
import { ArticleEditor } from './ArticleEditor'
import { SaveIndicator } from './SaveIndicator'
import { ExportMenu } from '../../exchange/ExportMenu'
import { useBackupMirror } from '../../exchange/useBackupMirror'
import { FileToSite } from '../cms/FileToSite'
import { useSections } from '../desk/useDeskArticles'
import type { ArticleSession } from '../../article/useArticleSession'
import type { Profile } from '@shared/settings'
import { ReviewPanels } from '../review/ReviewPanels'
import { ReadSinceBanner } from '../review/ReadSinceBanner'
import { useArticlePhotoUsage } from '../articlePhotos/useArticlePhotoUsage'
import { PartBoundary } from '../../ui/PartBoundary'
import { noteFailedRoute } from '../../app/failedRoute'
import { RouteSettled } from '../../app/RouteSettled'
import { routeToHash } from '../../app/useHashRoute'

/** An article opened from local storage. */
export function ArticleView({ articleId, profile, onBack }: { articleId: string; profile: Profile; onBack(): void }) {
  const { t } = useTranslation()
  const [recovery, setRecovery] = useState<RecoveryState>({ kind: 'idle' })
  const onRecovery = useCallback((state: RecoveryState) => setRecovery(state), [])
  const state = useArticleSession(articleId, onRecovery)
  const sections = useSections()

  if (state.kind === 'loading') return <p className="centered muted">{t('article.loading')}</p>
  if (state.kind === 'missing') return <p className="centered">{t('article.missing')}</p>
  if (state.kind === 'failed') return <p className="centered" role="alert">{t('article.openFailed', { message: state.message })}</p>
  // The session (document, persistence, recovery copy) lives here, above the boundary: when the
  // article's view fails, what was typed stays in memory and keeps being saved, and "Try again"
  // draws the same document again.
  const hash = routeToHash({ view: 'article', id: articleId })
  return (
    <PartBoundary part={t('failure.partArticle')} onBack={onBack} onFailed={() => noteFailedRoute(hash)}>
      <RouteSettled hash={hash} />
      <OpenArticle session={state.session} sections={sections} recovery={recovery} profile={profile} onBack={onBack} />
    </PartBoundary>
  )
}

function OpenArticle(props: { session: ArticleSession; sections: string[]; recovery: RecoveryState; profile: Profile; onBack(): void }) {
  const { t } = useTranslation()
  const { session } = props
  useBackupMirror(session.doc, session.articleId)
  useArticlePhotoUsage(session.doc, session.articleId)
  useEffect(() => {
    const onSaveVersion = () => void saveCheckpoint(db, session.articleId, session.doc, 'manual')
    addEventListener('copydesk:save-version', onSaveVersion)
    return () => removeEventListener('copydesk:save-version', onSaveVersion)
  }, [session])
  return (
    <div className="article-view">
      <header className="view-header">
        <button type="button" className="link-button" onClick={props.onBack}>
          ← {t('article.back')}
        </button>
        <ReadSinceBanner session={session} reader={props.profile.displayName.trim()} />
        <div className="view-header-actions">
          <ExportMenu doc={session.doc} articleId={session.articleId} />
          <FileToSite doc={session.doc} articleId={session.articleId} />
          <SaveIndicator persistence={session.persistence} recovery={props.recovery} />
        </div>
      </header>
      <ArticleEditor
        session={session}
        sections={props.sections}
        withVersions
        reviewPanels={(bodyCounts) => <ReviewPanels session={session} profile={props.profile} bodyCounts={bodyCounts} />}
      />
    </div>
  )
}
