import * as Y from 'yjs'
import type { HistoryEntry } from '@shared/workflow/workflow'
import { fieldsOf, readFields } from '../../article/articleDoc'
import { historyOf, WORKFLOW_ORIGIN } from '../../article/articleWorkflow'

/**
 * The site published a scheduled article at its time (WordPress does it by itself, even while no
 * desk is open): the article becomes published, with a history line by the site at that time. Only
 * an article still scheduled here moves; the change made (a Yjs update) is returned, none otherwise.
 */
export function publishedBySite(doc: Y.Doc, at: number): Uint8Array | undefined {
  if (readFields(doc).status !== 'scheduled') return undefined
  const entry: HistoryEntry = { from: 'scheduled', to: 'published', action: 'scheduledPublish', by: 'WordPress', role: 'site', at, message: '' }
  const changes: Uint8Array[] = []
  const record = (change: Uint8Array) => changes.push(change)
  doc.on('update', record)
  doc.transact(() => {
    fieldsOf(doc).set('status', 'published')
    historyOf(doc).push([entry])
  }, WORKFLOW_ORIGIN)
  doc.off('update', record)
  return Y.mergeUpdates(changes)
}
