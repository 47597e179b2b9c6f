import * as Y from 'yjs'
import type { WordPressClient } from './WordPressClient'

/** A page of a post's Yjs log (the plugin's copydesk/v1/posts/<id>/yjs). */
type YjsLogPage = { updates: { id: number; kind: string; data: string }[]; cursor: number; more: boolean }

export type YjsLogRow = { id: number; kind: string; update: Uint8Array }

/** Rows asked for per page: the plugin answers at most this many (its `limit` maximum). */
const pageRows = 500

/** A row of a post's log that is not a Yjs update: the post is skipped, never the row applied. */
export class UnreadableLogRow extends Error {
  constructor(
    readonly postId: number,
    readonly rowId: number,
  ) {
    super(`Row ${rowId} of post ${postId}'s Yjs log is not a Yjs update.`)
    this.name = 'UnreadableLogRow'
  }
}

/** Whether `update` decodes as a Yjs update (what Y.applyUpdate would read). */
export function isYjsUpdate(update: Uint8Array): boolean {
  if (update.length < 2) return false
  try {
    Y.decodeUpdate(update)
    return true
  } catch {
    return false
  }
}

/** base64 of at least one byte, nothing else (Buffer.from skips what is not base64). */
const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/**
 * The rows of a post's Yjs log after `after`, page by page, each decoded and checked: one that is
 * not a Yjs update throws UnreadableLogRow (the plugin refuses such rows; one written before it did,
 * or straight into the table, must not reach a document).
 */
export async function readYjsLog(client: WordPressClient, postId: number, after: number, signal: AbortSignal): Promise<{ rows: YjsLogRow[]; cursor: number }> {
  const rows: YjsLogRow[] = []
  let cursor = after
  for (;;) {
    const { data } = await client.get<YjsLogPage>(`copydesk/v1/posts/${postId}/yjs`, { query: { after: cursor, limit: pageRows }, signal })
    for (const row of data.updates) {
      const update = typeof row.data === 'string' && base64.test(row.data) ? new Uint8Array(Buffer.from(row.data, 'base64')) : new Uint8Array()
      if (!isYjsUpdate(update)) throw new UnreadableLogRow(postId, row.id)
      rows.push({ id: row.id, kind: row.kind, update })
    }
    cursor = data.cursor
    if (!data.more) return { rows, cursor }
  }
}
