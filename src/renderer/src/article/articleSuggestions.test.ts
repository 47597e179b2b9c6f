import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { suggestionIdsOfBody } from './articleSuggestions'

describe('suggestionIdsOfBody', () => {
  it('counts each suggestion once, however many text runs it spans, in nested blocks too', () => {
    const doc = new Y.Doc()
    const body = doc.getXmlFragment('body')
    const paragraph = new Y.XmlElement('paragraph')
    const quote = new Y.XmlElement('blockquote')
    const quoted = new Y.XmlElement('paragraph')
    body.insert(0, [paragraph, quote])
    quote.insert(0, [quoted])
    const text = new Y.XmlText()
    paragraph.insert(0, [text])
    text.applyDelta([
      { insert: 'Le conseil a voté ' },
      { insert: 'nouveau ', attributes: { insertion: { id: 's~a~1~Claire' } } },
      { insert: 'le ', attributes: { insertion: { id: 's~a~1~Claire' }, bold: {} } },
      { insert: 'budget.' },
      { insert: ' Fin.', attributes: { deletion: { id: 's~b~1~Paul' } } },
    ])
    const inQuote = new Y.XmlText()
    quoted.insert(0, [inQuote])
    inQuote.applyDelta([{ insert: 'Cité', attributes: { modification: { id: 's~c~1~Paul', type: 'mark' } } }])
    expect([...suggestionIdsOfBody(body)]).toEqual(['s~a~1~Claire', 's~b~1~Paul', 's~c~1~Paul'])
  })

  it('finds none in plain text', () => {
    const doc = new Y.Doc()
    const body = doc.getXmlFragment('body')
    const paragraph = new Y.XmlElement('paragraph')
    body.insert(0, [paragraph])
    paragraph.insert(0, [new Y.XmlText('Rien à trancher.')])
    expect(suggestionIdsOfBody(body).size).toBe(0)
  })
})
