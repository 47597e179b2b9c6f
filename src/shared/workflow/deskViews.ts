import type { ArticleIndexRow, ArticleStatus } from '../article/article'
import type { Role } from '../settings'

/**
 * The desk's workflow views, each described once as data: the list filters rows with
 * `inDeskView`, and the navigation counts the same thing from the index table's compound
 * indexes (see src/renderer/src/db/deskViewCounts.ts) without reading a row.
 */
export const deskViews = ['mine', 'review', 'ready', 'scheduled', 'publishedToday', 'spiked'] as const
export type DeskViewName = (typeof deskViews)[number]

export type DeskViewRule = {
  statuses: readonly ArticleStatus[]
  /** Only the articles this person started. */
  ownOnly?: true
  /** Only those whose status changed since the start of today. */
  today?: true
}

export const deskViewRules: Record<DeskViewName, DeskViewRule> = {
  mine: { statuses: ['draft'], ownOnly: true },
  review: { statuses: ['submitted', 'editing'] },
  ready: { statuses: ['approved'] },
  scheduled: { statuses: ['scheduled'] },
  publishedToday: { statuses: ['published', 'correction'], today: true },
  spiked: { statuses: ['spiked'] },
}

/** Which views each role sees first in the navigation, in its order of work. */
export const deskViewsOfRole: Record<Role, readonly DeskViewName[]> = {
  reporter: ['mine', 'review', 'scheduled', 'publishedToday', 'spiked'],
  editor: ['review', 'ready', 'scheduled', 'publishedToday', 'mine', 'spiked'],
  'photo-desk': ['review', 'ready', 'scheduled', 'publishedToday'],
}

export type DeskViewContext = { me: string; startOfToday: number }

export function inDeskView(row: ArticleIndexRow, view: DeskViewName, context: DeskViewContext): boolean {
  const rule = deskViewRules[view]
  return (
    row.trashedAt === 0 &&
    rule.statuses.includes(row.status) &&
    (!rule.ownOnly || row.owner === context.me) &&
    (!rule.today || (row.statusAt ?? 0) >= context.startOfToday)
  )
}

export function startOfDay(now: number): number {
  const day = new Date(now)
  day.setHours(0, 0, 0, 0)
  return day.getTime()
}

export const isDeskViewName = (value: string): value is DeskViewName => (deskViews as readonly string[]).includes(value)
