import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { runChecklist } from '@shared/workflow/checklist'
import { bodyOf, fieldsOf } from './articleDoc'
import { articleDocFromText } from './articleFromText'
import { addThread } from './articleComments'
import { checklistInputFromDoc, linksOfBody } from './articleReview'
import { EMBARGO_AT } from './articleWorkflow'

describe('checklist input from the article document', () => {
  it('reads links (a link split by bold is one), blocking comments and the embargo, with the photos it is given', () => {
    const doc = articleDocFromText({ headline: 'Bakou', standfirst: 'Chapô', section: 'International', byline: 'Marie' }, [
      { type: 'paragraph', text: '' },
    ])
    const text = (bodyOf(doc).get(0) as Y.XmlElement).get(0) as Y.XmlText
    text.insert(0, 'Voir ')
    text.insert(5, 'le rap', { link: { href: 'https://example.org/r' } })
    text.insert(11, 'port', { link: { href: 'https://example.org/r' }, bold: true })
    // Without attributes Y.Text would carry the link on; a plain run says so.
    text.insert(15, ' et ', { link: null, bold: null })
    text.insert(19, 'ceci', { link: { href: 'javascript:alert(1)' } })
    expect(linksOfBody(bodyOf(doc))).toEqual([
      { href: 'https://example.org/r', text: 'le rapport' },
      { href: 'javascript:alert(1)', text: 'ceci' },
    ])

    addThread(doc, {
      start: Y.createRelativePositionFromTypeIndex(text, 0),
      end: Y.createRelativePositionFromTypeIndex(text, 4, -1),
      quote: 'Voir',
      author: 'Claire',
      text: 'À sourcer',
      blocking: true,
    })
    fieldsOf(doc).set(EMBARGO_AT, 5000)

    const photos = [{ id: 'abc', label: 'bakou.jpg', caption: 'Bakou, mercredi.', credit: '', altText: '' }]
    const input = checklistInputFromDoc(doc, { headlineLimit: 90, headlineSignes: 5, bodySignes: 20, now: 1000, photos })
    expect(runChecklist(input).problems.map((item) => item.code)).toEqual([
      'link-bad',
      'comment-blocking',
      'photo-credit-missing',
      'photo-alt-missing',
      'embargo-not-passed',
    ])
  })
})
