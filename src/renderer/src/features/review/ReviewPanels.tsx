import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Counts } from '@shared/article/counts'
import type { Profile } from '@shared/settings'
import type { ArticleSession } from '../../article/useArticleSession'
import type { ValueStore } from '../../ui/valueStore'
import { ChecklistPanel } from './ChecklistPanel'
import { CommentsPanel } from './CommentsPanel'
import { SuggestionsPanel } from './SuggestionsPanel'
import { useChecklist } from './useChecklist'
import { WorkflowPanel } from './WorkflowPanel'
import { PartBoundary } from '../../ui/PartBoundary'

type Props = { session: ArticleSession; profile: Profile; bodyCounts: ValueStore<Counts> }

/** Workflow, pre-publish checklist and comments, at the top of the article's side panel. */
export function ReviewPanels({ session, profile, bodyCounts }: Props) {
  const { checklist, checkNow } = useChecklist(session, bodyCounts)
  const checklistRef = useRef<HTMLElement>(null)
  const { t } = useTranslation()
  // Each section fails on its own: a broken list of comments leaves the workflow usable.
  return (
    <>
      <PartBoundary part={t('failure.partWorkflow')} compact>
        <WorkflowPanel
          session={session}
          profile={profile}
          checkNow={checkNow}
          onShowChecklist={() => checklistRef.current?.scrollIntoView({ block: 'nearest' })}
        />
      </PartBoundary>
      <PartBoundary part={t('failure.partChecklist')} compact>
        <ChecklistPanel ref={checklistRef} session={session} checklist={checklist} />
      </PartBoundary>
      <PartBoundary part={t('failure.partSuggestions')} compact>
        <SuggestionsPanel session={session} profile={profile} />
      </PartBoundary>
      <PartBoundary part={t('failure.partComments')} compact>
        <CommentsPanel session={session} profile={profile} />
      </PartBoundary>
    </>
  )
}
