import Dexie from 'dexie'
import { deskViewRules, type DeskViewContext, type DeskViewName } from '@shared/workflow/deskViews'
import type { CopydeskDb } from './CopydeskDb'

/**
 * How many articles a desk view holds, counted on the index table's compound indexes: IndexedDB
 * counts keys, so no row is read or decoded, whatever the size of the desk.
 */
export async function countDeskView(db: CopydeskDb, view: DeskViewName, context: DeskViewContext): Promise<number> {
  const rule = deskViewRules[view]
  const counts = await Promise.all(
    rule.statuses.map((status) =>
      rule.ownOnly
        ? db.articles.where('[owner+status+trashedAt]').equals([context.me, status, 0]).count()
        : db.articles
            .where('[status+trashedAt+statusAt]')
            .between([status, 0, rule.today ? context.startOfToday : Dexie.minKey], [status, 0, Dexie.maxKey], true, true)
            .count(),
    ),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}

export async function countDeskViews(db: CopydeskDb, views: readonly DeskViewName[], context: DeskViewContext): Promise<Partial<Record<DeskViewName, number>>> {
  const counts = await Promise.all(views.map((view) => countDeskView(db, view, context)))
  return Object.fromEntries(views.map((view, index) => [view, counts[index]]))
}
