import { expect, it } from 'vitest'
import * as Y from 'yjs'
import { articleDocFromText } from '../../article/articleFromText'
import { fieldsOf, readFields } from '../../article/articleDoc'
import { readHistory, SCHEDULED_AT } from '../../article/articleWorkflow'
import { publishedBySite } from './publishedBySite'

const scheduledAt = Date.UTC(2026, 11, 4, 6, 0, 0)

function scheduledDoc(): Y.Doc {
  const doc = articleDocFromText({ headline: 'Bakou reprend le Karabakh' }, [{ type: 'paragraph', text: 'Texte.' }])
  fieldsOf(doc).set('status', 'scheduled')
  fieldsOf(doc).set(SCHEDULED_AT, scheduledAt)
  return doc
}

it('moves a scheduled article to published, with a history line by the site at the publication time', () => {
  const doc = scheduledDoc()
  const before = Y.encodeStateAsUpdate(doc)
  const update = publishedBySite(doc, scheduledAt)
  expect(update).toBeInstanceOf(Uint8Array)
  expect(readFields(doc).status).toBe('published')
  expect(readHistory(doc).at(-1)).toEqual({ from: 'scheduled', to: 'published', action: 'scheduledPublish', by: 'WordPress', role: 'site', at: scheduledAt, message: '' })
  // The change it returns is the whole move: another copy of the document takes it as is.
  const copy = new Y.Doc()
  Y.applyUpdate(copy, before)
  Y.applyUpdate(copy, update!)
  expect(readFields(copy).status).toBe('published')
})

it('leaves an article that is no longer scheduled here as it is', () => {
  const doc = scheduledDoc()
  fieldsOf(doc).set('status', 'approved') // unscheduled on this desk meanwhile
  expect(publishedBySite(doc, scheduledAt)).toBeUndefined()
  expect(readFields(doc).status).toBe('approved')
  expect(readHistory(doc)).toEqual([])
})

it('two desks recording the same publication show it once once their documents merge', () => {
  const first = scheduledDoc()
  const second = new Y.Doc()
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
  publishedBySite(first, scheduledAt)
  publishedBySite(second, scheduledAt)
  Y.applyUpdate(first, Y.encodeStateAsUpdate(second))
  expect(first.getArray('history').length).toBe(2)
  expect(readHistory(first).filter((entry) => entry.action === 'scheduledPublish')).toHaveLength(1)
})
