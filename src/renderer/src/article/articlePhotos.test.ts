import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bodyOf, fieldsOf, FIELD_EDIT_ORIGIN, initArticleDoc } from './articleDoc'
import { figuresOfBody, LEAD_PHOTO, photoIdsOfDoc, readLeadPhoto, removeLeadPhoto, setLeadPhoto, setLeadPhotoOverride } from './articlePhotos'

const photoA = 'a'.repeat(64)
const photoB = 'b'.repeat(64)

function newArticle() {
  const doc = new Y.Doc()
  initArticleDoc(doc, { createdAt: 1 })
  const undo = new Y.UndoManager([bodyOf(doc), fieldsOf(doc)], { trackedOrigins: new Set([FIELD_EDIT_ORIGIN]) })
  return { doc, undo }
}

function figure(photoId: string, caption = '') {
  const element = new Y.XmlElement('figure')
  element.setAttribute('photoId', photoId)
  if (caption) element.setAttribute('caption', caption)
  return element
}

describe('the lead photo in the article’s document', () => {
  it('keeps the photo id and only this article’s overrides; an empty override goes back to the library', () => {
    const { doc } = newArticle()
    expect(readLeadPhoto(doc)).toBeNull()
    setLeadPhoto(doc, photoA)
    expect(readLeadPhoto(doc)).toEqual({ photoId: photoA, caption: '', credit: '', altText: '' })
    setLeadPhotoOverride(doc, 'caption', 'Le ministre à Bakou.')
    setLeadPhotoOverride(doc, 'credit', 'DR')
    expect(readLeadPhoto(doc)).toEqual({ photoId: photoA, caption: 'Le ministre à Bakou.', credit: 'DR', altText: '' })
    setLeadPhotoOverride(doc, 'credit', '')
    expect((fieldsOf(doc).get(LEAD_PHOTO) as Y.Map<string>).has('credit')).toBe(false)
    // Another photo starts from its own words.
    setLeadPhoto(doc, photoB)
    expect(readLeadPhoto(doc)).toEqual({ photoId: photoB, caption: '', credit: '', altText: '' })
    removeLeadPhoto(doc)
    expect(readLeadPhoto(doc)).toBeNull()
  })

  it('is undone like any field, and survives a reload from the stored update', () => {
    const { doc, undo } = newArticle()
    setLeadPhoto(doc, photoA)
    undo.stopCapturing()
    setLeadPhotoOverride(doc, 'caption', 'Légende pour cet article')
    undo.undo()
    expect(readLeadPhoto(doc)?.caption).toBe('')
    undo.redo()
    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc))
    expect(readLeadPhoto(reloaded)).toEqual({ photoId: photoA, caption: 'Légende pour cet article', credit: '', altText: '' })
  })

  it('merges with a concurrent edit of the headline made offline elsewhere', () => {
    const { doc } = newArticle()
    const other = new Y.Doc()
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    setLeadPhoto(doc, photoA)
    ;(fieldsOf(other).get('headline') as Y.Text).insert(0, 'Bakou')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other))
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
    expect(readLeadPhoto(other)?.photoId).toBe(photoA)
    expect(String(fieldsOf(doc).get('headline'))).toBe('Bakou')
  })

  it('ignores a lead photo map without a photo id (a foreign or half-written document)', () => {
    const { doc } = newArticle()
    const lead = new Y.Map<string>()
    fieldsOf(doc).set(LEAD_PHOTO, lead)
    lead.set('caption', 'orpheline')
    expect(readLeadPhoto(doc)).toBeNull()
  })
})

describe('the photos an article uses', () => {
  it('are the lead photo and the figures, inside quotes and lists too, each once', () => {
    const { doc } = newArticle()
    const paragraph = new Y.XmlElement('paragraph')
    paragraph.insert(0, [new Y.XmlText('Texte')])
    const quote = new Y.XmlElement('blockquote')
    quote.insert(0, [figure(photoB)])
    bodyOf(doc).insert(0, [paragraph, figure(photoA, 'Légende propre'), quote, figure(photoA)])
    expect(figuresOfBody(bodyOf(doc))).toEqual([
      { photoId: photoA, caption: 'Légende propre', credit: '', altText: '' },
      { photoId: photoB, caption: '', credit: '', altText: '' },
      { photoId: photoA, caption: '', credit: '', altText: '' },
    ])
    setLeadPhoto(doc, photoB)
    expect(photoIdsOfDoc(doc)).toEqual([photoA, photoB])
    bodyOf(doc).delete(1, 3)
    removeLeadPhoto(doc)
    expect(photoIdsOfDoc(doc)).toEqual([])
  })
})
