import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyTextDiff, bodyOf, fieldsOf, textFieldOf } from './articleDoc'
import { articleDocFromText } from './articleFromText'
import { compareVersions } from './compareVersions'

describe('comparing two versions of an article', () => {
  it('lists the changed fields and shows exactly the words changed in the body', () => {
    const doc = articleDocFromText({ headline: 'Bakou reprend le Karabakh', section: 'International' }, [
      { type: 'paragraph', text: 'Bakou a obtenu la reddition des séparatistes.' },
      { type: 'paragraph', text: 'Erevan proteste.' },
    ])
    const before = Y.encodeStateAsUpdate(doc)
    applyTextDiff(textFieldOf(doc, 'headline'), 'Bakou reprend tout le Karabakh')
    fieldsOf(doc).set('status', 'submitted')
    const text = (bodyOf(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText
    text.insert(text.toString().indexOf('la reddition'), 'mercredi ')
    const comparison = compareVersions(before, doc, String)
    expect(comparison.fields).toEqual([
      { field: 'headline', before: 'Bakou reprend le Karabakh', after: 'Bakou reprend tout le Karabakh' },
      { field: 'status', before: 'draft', after: 'submitted' },
    ])
    expect(comparison.body).toEqual([
      {
        kind: 'changed',
        parts: [
          { kind: 'same', text: 'Bakou a obtenu ' },
          { kind: 'added', text: 'mercredi ' },
          { kind: 'same', text: 'la reddition des séparatistes.' },
        ],
      },
      { kind: 'same', text: 'Erevan proteste.' },
    ])
    expect(compareVersions(before, before, String)).toMatchObject({ fields: [], bodyChanged: false })
  })
})
