import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bodyOf } from './articleDoc'
import { addThread, currentQuote, readThreads, replyToThread, setThreadResolved } from './articleComments'
import { articleDocFromText } from './articleFromText'

const SENTENCE = 'Bakou a obtenu la reddition des séparatistes, selon un témoin, en vingt-quatre heures.'

/** The paragraph's text node, and anchors around `part` of it (end anchored to the left, so typing after it stays out). */
function anchorsAround(doc: Y.Doc, part: string) {
  const paragraph = bodyOf(doc).get(0) as Y.XmlElement
  const text = paragraph.get(0) as Y.XmlText
  const index = text.toString().indexOf(part)
  return {
    text,
    start: Y.createRelativePositionFromTypeIndex(text, index),
    end: Y.createRelativePositionFromTypeIndex(text, index + part.length, -1),
  }
}

function twoReplicas() {
  const a = articleDocFromText({ headline: 'Bakou' }, [{ type: 'paragraph', text: SENTENCE }])
  const b = new Y.Doc()
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
  return [a, b] as const
}

const sync = (a: Y.Doc, b: Y.Doc) => {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, toB)
  Y.applyUpdate(a, toA)
}

describe('comments in the article document', () => {
  it('keep threads, replies, resolve and reopen with author and time', () => {
    const [doc] = twoReplicas()
    const { start, end } = anchorsAround(doc, 'selon un témoin')
    const id = addThread(doc, { start, end, quote: 'selon un témoin', author: 'Claire Martin', text: 'Qui ?', blocking: true, at: 10 })
    replyToThread(doc, id, 'Marie Dupont', 'Un habitant de Stepanakert.', 20)
    setThreadResolved(doc, id, true, 'Marie Dupont', 30)
    let [thread] = readThreads(doc)
    expect(thread).toMatchObject({ author: 'Claire Martin', blocking: true, resolved: true, resolvedBy: 'Marie Dupont', resolvedAt: 30 })
    expect(thread!.messages.map((message) => [message.author, message.text, message.at])).toEqual([
      ['Claire Martin', 'Qui ?', 10],
      ['Marie Dupont', 'Un habitant de Stepanakert.', 20],
    ])
    setThreadResolved(doc, id, false, 'Claire Martin', 40)
    ;[thread] = readThreads(doc)
    expect(thread).toMatchObject({ resolved: false, resolvedBy: '' })
  })

  it('merge two people’s comments and edits made offline on the same paragraph; anchors follow the text', () => {
    const [a, b] = twoReplicas()
    // Offline, A comments on "selon un témoin" and B on "en vingt-quatre heures".
    const onA = anchorsAround(a, 'selon un témoin')
    const idA = addThread(a, { ...onA, quote: 'selon un témoin', author: 'Claire', text: 'Source ?', blocking: true })
    const onB = anchorsAround(b, 'en vingt-quatre heures')
    const idB = addThread(b, { ...onB, quote: 'en vingt-quatre heures', author: 'Paul', text: 'Plutôt « en un jour » ?', blocking: false })
    // And both edit the paragraph: A before the first comment, B inside and after the second one.
    onA.text.insert(0, 'Mercredi, ')
    onB.text.insert(onB.text.toString().indexOf('vingt'), 'à peine ')
    onB.text.insert(onB.text.toString().length - 1, ' seulement')
    sync(a, b)

    const expected = 'Mercredi, Bakou a obtenu la reddition des séparatistes, selon un témoin, en à peine vingt-quatre heures seulement.'
    for (const doc of [a, b]) {
      expect((bodyOf(doc).get(0) as Y.XmlElement).get(0)!.toString()).toBe(expected)
      const threads = readThreads(doc)
      expect(threads.map((thread) => thread.id).sort()).toEqual([idA, idB].sort())
      const byId = Object.fromEntries(threads.map((thread) => [thread.id, thread]))
      expect(currentQuote(doc, byId[idA]!)).toBe('selon un témoin')
      // Text typed inside the range is in it; text typed right after its end is not.
      expect(currentQuote(doc, byId[idB]!)).toBe('en à peine vingt-quatre heures')
    }
  })

  it('keep both replies written offline to the same thread', () => {
    const [a, b] = twoReplicas()
    const id = addThread(a, { ...anchorsAround(a, 'Bakou'), quote: 'Bakou', author: 'Claire', text: 'Bakou ou Erevan ?', blocking: false, at: 1 })
    sync(a, b)
    replyToThread(a, id, 'Claire', 'Je vérifie.', 5)
    replyToThread(b, id, 'Marie', 'Bakou.', 6)
    sync(a, b)
    expect(readThreads(a)[0]!.messages.map((message) => message.text)).toEqual(['Bakou ou Erevan ?', 'Je vérifie.', 'Bakou.'])
    expect(readThreads(b)).toEqual(readThreads(a))
  })

  it('report a deleted quote as gone rather than pointing at other text', () => {
    const [doc] = twoReplicas()
    const anchors = anchorsAround(doc, 'selon un témoin')
    const id = addThread(doc, { ...anchors, quote: 'selon un témoin', author: 'Claire', text: 'Source ?', blocking: false })
    const index = anchors.text.toString().indexOf('selon un témoin')
    anchors.text.delete(index, 'selon un témoin'.length)
    expect(currentQuote(doc, readThreads(doc).find((thread) => thread.id === id)!)).toBeNull()
  })
})
