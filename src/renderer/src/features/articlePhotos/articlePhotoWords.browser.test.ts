import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { emptyPhotoMetadata, type Photo } from '@shared/photos/photo'
import { runChecklist } from '@shared/workflow/checklist'
import { bodyOf, initArticleDoc } from '../../article/articleDoc'
import { setLeadPhoto, setLeadPhotoOverride } from '../../article/articlePhotos'
import { articlePhotoFacts } from './articlePhotoWords'
import { photoLibrary } from './photoLibraryStore'

const leadId = 'd'.repeat(64)
const figureId = 'e'.repeat(64)
const photo = (id: string, fileName: string, words: Partial<Photo>): Photo => ({
  id,
  fileName,
  mime: 'image/jpeg',
  byteSize: 1,
  width: 10,
  height: 10,
  orientation: 1,
  ...emptyPhotoMetadata,
  importedAt: '',
  updatedAt: '',
  usedIn: [],
  ...words,
})

afterEach(() => photoLibrary.set({ photos: new Map(), ordered: [], mediaBaseUrl: '', loaded: false, error: null }))

describe('the article’s photos for the pre-publish checklist', () => {
  it('checks the words the reader will see: the article’s overrides, else the library’s', () => {
    const lead = photo(leadId, 'gallant.jpg', { caption: 'Yoav Gallant à Bakou', creator: 'Ariel Hermoni', credit: 'Ministère israélien de la Défense' })
    const inBody = photo(figureId, 'karabakh.jpg', { caption: 'Soldats', credit: 'AFP', altText: 'Des soldats' })
    photoLibrary.set({ photos: new Map([lead, inBody].map((p) => [p.id, p])), ordered: [lead, inBody], mediaBaseUrl: '', loaded: true, error: null })
    const doc = new Y.Doc()
    initArticleDoc(doc, { createdAt: 1 })
    setLeadPhoto(doc, leadId)
    const figure = new Y.XmlElement('figure')
    figure.setAttribute('photoId', figureId)
    figure.setAttribute('caption', 'Soldats arméniens près de Stepanakert')
    bodyOf(doc).push([figure])

    expect(articlePhotoFacts(doc)).toEqual([
      { id: leadId, label: 'gallant.jpg', caption: 'Yoav Gallant à Bakou', credit: 'Ministère israélien de la Défense', altText: '' },
      { id: figureId, label: 'karabakh.jpg', caption: 'Soldats arméniens près de Stepanakert', credit: 'AFP', altText: 'Des soldats' },
    ])
    const check = () => runChecklist({ ...baseInput, photos: articlePhotoFacts(doc) })
    expect(check().problems).toEqual([{ code: 'photo-alt-missing', severity: 'problem', target: { kind: 'photo', id: leadId }, params: { photo: 'gallant.jpg' } }])
    // Alt text given for this article only: publishable.
    setLeadPhotoOverride(doc, 'altText', 'Deux hommes devant une garde d’honneur')
    expect(check().passes).toBe(true)
  })

  it('does not let a photo the library does not know through on words nobody has seen', () => {
    const doc = new Y.Doc()
    initArticleDoc(doc, { createdAt: 1 })
    setLeadPhoto(doc, leadId)
    expect(articlePhotoFacts(doc)).toEqual([{ id: leadId, label: leadId, caption: '', credit: '', altText: '' }])
    expect(runChecklist({ ...baseInput, photos: articlePhotoFacts(doc) }).passes).toBe(false)
  })
})

const baseInput = {
  headline: 'Titre',
  standfirst: 'Chapô',
  section: 'International',
  byline: 'Camille',
  headlineLimit: 90,
  headlineSignes: 5,
  bodySignes: 100,
  tags: ['Arménie'],
  links: [],
  blockingComments: [],
  now: 0,
}
