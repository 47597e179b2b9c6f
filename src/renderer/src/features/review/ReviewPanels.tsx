import { useRef } from 'react'
import type { Counts } from '@shared/article/counts'
import type { Profile } from '@shared/settings'
import type { ArticleSession } from '../../article/useArticleSession'
import type { ValueStore } from '../../ui/valueStore'
import { ChecklistPanel } from './ChecklistPanel'
import { CommentsPanel } from './CommentsPanel'
import { SuggestionsPanel } from './SuggestionsPanel'
import { useChecklist } from './useChecklist'
import { WorkflowPanel } from './WorkflowPanel'

type Props = { session: ArticleSession; profile: Profile; bodyCounts: ValueStore<Counts> }

/** Workflow, pre-publish checklist and comments, at the top of the article's side panel. */
export function ReviewPanels({ session, profile, bodyCounts }: Props) {
  const { checklist, checkNow } = useChecklist(session, bodyCounts)
  const checklistRef = useRef<HTMLElement>(null)
  return (
    <>
      <WorkflowPanel
        session={session}
        profile={profile}
        checkNow={checkNow}
        onShowChecklist={() => checklistRef.current?.scrollIntoView({ block: 'nearest' })}
      />
      <ChecklistPanel ref={checklistRef} session={session} checklist={checklist} />
      <SuggestionsPanel session={session} profile={profile} />
      <CommentsPanel session={session} profile={profile} />
    </>
  )
}
