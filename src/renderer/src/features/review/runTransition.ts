import type { Transition } from '@shared/workflow/workflow'
import type { ArticleSession } from '../../article/useArticleSession'
import { applyTransition, type Actor } from '../../article/articleWorkflow'
import { saveCheckpoint } from '../../db/checkpoints'
import { db } from '../../db/db'

/**
 * Makes a transition already allowed by `checkTransition`: records it in the document, keeps a
 * version of the article as it stands at that step, and brings the desk's index row up to date
 * at once (the desk views count by status).
 */
export async function runTransition(session: ArticleSession, transition: Transition, actor: Actor, message: string): Promise<void> {
  applyTransition(session.doc, transition, actor, message)
  await saveCheckpoint(db, session.articleId, session.doc, 'transition', `${transition.from}→${transition.to}`)
  await session.persistence?.flushNow()
  await session.persistence?.refreshIndex()
}
