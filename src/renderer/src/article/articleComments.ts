import * as Y from 'yjs'
import { bodyOf } from './articleDoc'

/**
 * Comments live in the article's Yjs document (`comments`: thread id → Y.Map), so they sync
 * and merge offline like the text. A thread is anchored to a range of the body by two
 * Y.RelativePositions: they point at characters, not offsets, so the range follows the text as
 * anyone edits around it. Replies are a Y.Array, so two people replying offline both keep theirs.
 */
export const COMMENTS = 'comments'
export const COMMENT_ORIGIN = 'copydesk:comment'

export type CommentMessage = { id: string; author: string; at: number; text: string }
export type CommentThread = {
  id: string
  /** The text commented on, as it was when the comment was made. */
  quote: string
  author: string
  createdAt: number
  blocking: boolean
  resolved: boolean
  resolvedBy: string
  resolvedAt: number
  messages: CommentMessage[]
  start: Y.RelativePosition
  end: Y.RelativePosition
}

export const commentsOf = (doc: Y.Doc): Y.Map<Y.Map<unknown>> => doc.getMap<Y.Map<unknown>>(COMMENTS)

export type NewThread = {
  /** Anchors made with Y.createRelativePositionFromTypeIndex or y-prosemirror's absolutePositionToRelativePosition. */
  start: Y.RelativePosition
  end: Y.RelativePosition
  quote: string
  author: string
  text: string
  blocking: boolean
  at?: number
}

export function addThread(doc: Y.Doc, thread: NewThread): string {
  const id = crypto.randomUUID()
  const at = thread.at ?? Date.now()
  doc.transact(() => {
    const map = new Y.Map<unknown>()
    map.set('start', Y.encodeRelativePosition(thread.start))
    map.set('end', Y.encodeRelativePosition(thread.end))
    map.set('quote', thread.quote)
    map.set('author', thread.author)
    map.set('createdAt', at)
    map.set('blocking', thread.blocking)
    map.set('resolved', false)
    const messages = new Y.Array<CommentMessage>()
    messages.push([{ id: crypto.randomUUID(), author: thread.author, at, text: thread.text.trim() }])
    map.set('messages', messages)
    commentsOf(doc).set(id, map)
  }, COMMENT_ORIGIN)
  return id
}

export function replyToThread(doc: Y.Doc, threadId: string, author: string, text: string, at = Date.now()): void {
  const messages = commentsOf(doc).get(threadId)?.get('messages')
  if (!(messages instanceof Y.Array)) throw new Error(`No comment thread ${threadId}`)
  doc.transact(() => messages.push([{ id: crypto.randomUUID(), author, at, text: text.trim() }]), COMMENT_ORIGIN)
}

export function setThreadResolved(doc: Y.Doc, threadId: string, resolved: boolean, by: string, at = Date.now()): void {
  const thread = commentsOf(doc).get(threadId)
  if (!thread) throw new Error(`No comment thread ${threadId}`)
  doc.transact(() => {
    thread.set('resolved', resolved)
    thread.set('resolvedBy', resolved ? by : '')
    thread.set('resolvedAt', resolved ? at : 0)
  }, COMMENT_ORIGIN)
}

export function setThreadBlocking(doc: Y.Doc, threadId: string, blocking: boolean): void {
  const thread = commentsOf(doc).get(threadId)
  if (!thread) throw new Error(`No comment thread ${threadId}`)
  doc.transact(() => thread.set('blocking', blocking), COMMENT_ORIGIN)
}

const str = (value: unknown) => (typeof value === 'string' ? value : '')
const num = (value: unknown) => (typeof value === 'number' ? value : 0)

/** Every thread, oldest first; a damaged entry is skipped rather than breaking the panel. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = []
  commentsOf(doc).forEach((map, id) => {
    const start = map.get('start')
    const end = map.get('end')
    const messages = map.get('messages')
    if (!(start instanceof Uint8Array) || !(end instanceof Uint8Array) || !(messages instanceof Y.Array)) return
    threads.push({
      id,
      quote: str(map.get('quote')),
      author: str(map.get('author')),
      createdAt: num(map.get('createdAt')),
      blocking: map.get('blocking') === true,
      resolved: map.get('resolved') === true,
      resolvedBy: str(map.get('resolvedBy')),
      resolvedAt: num(map.get('resolvedAt')),
      messages: (messages.toArray() as CommentMessage[]).slice().sort((a, b) => a.at - b.at),
      start: Y.decodeRelativePosition(start),
      end: Y.decodeRelativePosition(end),
    })
  })
  return threads.sort((a, b) => a.createdAt - b.createdAt)
}

/**
 * The text a thread covers now, when both anchors sit in the same text node of the body (the
 * common case: a sentence of one paragraph); null when its text was deleted or spans blocks.
 */
export function currentQuote(doc: Y.Doc, thread: CommentThread): string | null {
  const start = Y.createAbsolutePositionFromRelativePosition(thread.start, doc)
  const end = Y.createAbsolutePositionFromRelativePosition(thread.end, doc)
  if (!start || !end || start.type !== end.type || !(start.type instanceof Y.XmlText) || end.index <= start.index) return null
  if (!Y.isParentOf(bodyOf(doc), start.type._item)) return null
  return start.type.toString().length > 0 ? textOf(start.type).slice(start.index, end.index) : null
}

const textOf = (text: Y.XmlText) =>
  (text.toDelta() as { insert: unknown }[]).map((op) => (typeof op.insert === 'string' ? op.insert : '')).join('')
