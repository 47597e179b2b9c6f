import * as Y from 'yjs'
import { articleStatuses, type ArticleStatus } from '@shared/article/article'
import type { Role } from '@shared/settings'
import type { HistoryEntry, Transition } from '@shared/workflow/workflow'
import { fieldsOf } from './articleDoc'

/**
 * The workflow's part of an article's Yjs document, so it syncs and merges with the rest:
 * the status in `fields`, every transition appended to the `history` array (two people moving
 * the story offline both keep their line), and the embargo, schedule and correction note as fields.
 */
export const HISTORY = 'history'
export const EMBARGO_AT = 'embargoAt'
export const SCHEDULED_AT = 'scheduledAt'
export const CORRECTION_NOTE = 'correctionNote'
/** Who started the article (display name), for "my drafts". */
export const OWNER = 'owner'
/** Transitions are deliberate acts, recorded in the history: Ctrl+Z does not undo them. */
export const WORKFLOW_ORIGIN = 'copydesk:workflow'

export const historyOf = (doc: Y.Doc): Y.Array<HistoryEntry> => doc.getArray<HistoryEntry>(HISTORY)

const isHistoryEntry = (value: unknown): value is HistoryEntry =>
  typeof value === 'object' &&
  value !== null &&
  articleStatuses.includes((value as HistoryEntry).to) &&
  typeof (value as HistoryEntry).at === 'number'

/** The history oldest first; entries from a foreign or damaged writer are left out, not fatal. */
export function readHistory(doc: Y.Doc): HistoryEntry[] {
  return distinctHistory(historyOf(doc).toArray().filter(isHistoryEntry))
}

/**
 * Every desk that pulls records the site's publication of a scheduled article (the same time, from
 * the site): merged, those lines are one event, shown once.
 */
export function distinctHistory(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return entries.filter(
    (entry, index) => entry.action !== 'scheduledPublish' || entries.findIndex((other) => other.action === 'scheduledPublish' && other.at === entry.at) === index,
  )
}

const timeField = (doc: Y.Doc, name: string): number | undefined => {
  const value = fieldsOf(doc).get(name)
  return typeof value === 'number' && value > 0 ? value : undefined
}

export const embargoOf = (doc: Y.Doc) => timeField(doc, EMBARGO_AT)
export const scheduledAtOf = (doc: Y.Doc) => timeField(doc, SCHEDULED_AT)

export function ownerOf(doc: Y.Doc): string {
  const owner = fieldsOf(doc).get(OWNER)
  return typeof owner === 'string' ? owner : ''
}

export function correctionNoteOf(doc: Y.Doc): string {
  const note = fieldsOf(doc).get(CORRECTION_NOTE)
  return typeof note === 'string' ? note : ''
}

/** When the status last changed (the article's creation time when it never did). */
export function statusChangedAt(doc: Y.Doc, createdAt: number): number {
  // A site edit changes words, not the status.
  const history = readHistory(doc).filter((entry) => entry.action !== 'siteEdit')
  return history.length === 0 ? createdAt : Math.max(...history.map((entry) => entry.at))
}

/** Sets or clears (null) the embargo or scheduled time, as an ordinary, undoable field edit. */
export function setTimeField(doc: Y.Doc, name: typeof EMBARGO_AT | typeof SCHEDULED_AT, value: number | null, origin: unknown): void {
  doc.transact(() => {
    if (value === null) fieldsOf(doc).delete(name)
    else fieldsOf(doc).set(name, value)
  }, origin)
}

export type Actor = { name: string; role: Role }

/**
 * Records a transition (already checked with `checkTransition`): the new status and its history
 * line in one transaction. A correction keeps its note in the fields, to be published with it.
 */
export function applyTransition(doc: Y.Doc, transition: Transition, actor: Actor, message: string, at = Date.now()): HistoryEntry {
  const entry: HistoryEntry = {
    from: transition.from,
    to: transition.to,
    action: transition.action,
    by: actor.name,
    role: actor.role,
    at,
    message: message.trim(),
  }
  doc.transact(() => {
    const fields = fieldsOf(doc)
    fields.set('status', transition.to satisfies ArticleStatus)
    if (transition.action === 'correct') fields.set(CORRECTION_NOTE, entry.message)
    if (transition.from === 'scheduled' && transition.to !== 'published') fields.delete(SCHEDULED_AT)
    historyOf(doc).push([entry])
  }, WORKFLOW_ORIGIN)
  return entry
}
