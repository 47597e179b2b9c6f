import type * as Y from 'yjs'
import { articleStatuses, type ArticleIndexRow, type ArticleStatus } from '@shared/article/article'
import { allowedTransitions, checkTransition, type WorkflowCapability } from '@shared/workflow/workflow'
import { applyTransition, type Actor } from '../../article/articleWorkflow'
import { fieldsOf, FIELD_EDIT_ORIGIN, readFields } from '../../article/articleDoc'
import { saveCheckpoint } from '../../db/checkpoints'
import type { CopydeskDb } from '../../db/CopydeskDb'
import { editStoredArticle } from '../../db/batchEdit'

/**
 * Statuses a batch may move to: publishing, scheduling and corrections need the article open (its
 * checklist, a time, a note), so they stay in the article's own workflow panel.
 */
const batchStatuses = articleStatuses.filter((status) => status !== 'published' && status !== 'scheduled' && status !== 'correction')

/** The statuses at least one selected article may move to, with this person's rights. */
export function batchTargets(rows: readonly ArticleIndexRow[], capabilities: ReadonlySet<WorkflowCapability>): ArticleStatus[] {
  const reachable = new Set(rows.flatMap((row) => allowedTransitions(row.status, capabilities).map((transition) => transition.to)))
  return batchStatuses.filter((status) => reachable.has(status))
}

export type BatchOutcome = { changed: number; skipped: number }

/**
 * Moves each article to `to` where its status (as its document says) and these rights allow it,
 * recording the step in its history with a version, as the workflow panel does; the others are skipped.
 */
export async function changeStatus(db: CopydeskDb, ids: readonly string[], to: ArticleStatus, actor: Actor, capabilities: ReadonlySet<WorkflowCapability>): Promise<BatchOutcome> {
  let changed = 0
  for (const id of ids) {
    const moved = await editStoredArticle(db, id, async (doc: Y.Doc) => {
      const check = checkTransition(readFields(doc).status, to, { capabilities, now: Date.now() })
      if (!check.ok) return false
      applyTransition(doc, check.transition, actor, '')
      await saveCheckpoint(db, id, doc, 'transition', `${check.transition.from}→${check.transition.to}`)
      return true
    })
    if (moved) changed++
  }
  return { changed, skipped: ids.length - changed }
}

/** Gives each article the section (an ordinary field edit, undoable in the article). */
export async function setSection(db: CopydeskDb, ids: readonly string[], section: string): Promise<BatchOutcome> {
  let changed = 0
  for (const id of ids) {
    const done = await editStoredArticle(db, id, (doc) => {
      if (readFields(doc).section === section) return false
      doc.transact(() => fieldsOf(doc).set('section', section), FIELD_EDIT_ORIGIN)
      return true
    })
    if (done) changed++
  }
  return { changed, skipped: ids.length - changed }
}
