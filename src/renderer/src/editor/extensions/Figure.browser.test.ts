import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { bodyOf } from '../../article/articleDoc'
import { articleEditor, articleEditorWith, destroyArticleEditors } from '../testing/articleEditor'
import { figuresOfBody } from '../../article/articlePhotos'
import { photoLibrary } from '../../features/articlePhotos/photoLibraryStore'
import { PHOTO_DRAG_TYPE } from '@shared/photos/photoInArticle'
import type { Photo } from '@shared/photos/photo'
import { initI18n } from '../../i18n/i18n'

const photoId = 'c'.repeat(64)
const libraryPhoto: Photo = {
  id: photoId,
  fileName: 'gallant-bakou.jpg',
  mime: 'image/jpeg',
  byteSize: 1000,
  width: 640,
  height: 427,
  orientation: 1,
  caption: 'Yoav Gallant marche avec le ministre de la Défense azéri',
  headline: '',
  creator: 'Ariel Hermoni',
  credit: 'Ministère israélien de la Défense',
  source: '',
  copyright: '',
  usageTerms: '',
  altText: '',
  dateCreated: '',
  city: 'Bakou',
  country: 'Azerbaïdjan',
  keywords: [],
  importedAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  usedIn: [],
}

beforeAll(async () => {
  await initI18n('en')
})

afterEach(() => {
  destroyArticleEditors()
  photoLibrary.set({ photos: new Map(), ordered: [], mediaBaseUrl: '', loaded: false, error: null })
})

describe('a photo figure in the body', () => {
  it('is inserted after the caret’s paragraph, undone and redone, and survives a reload from the Yjs update', async () => {
    const { doc, undoManager, editor } = await articleEditorWith('<p>Premier paragraphe.</p><p>Second.</p>')
    editor.commands.setTextSelection(3)
    expect(editor.commands.insertPhotoFigure(photoId)).toBe(true)
    expect(editor.getJSON().content?.map((node) => node.type)).toEqual(['paragraph', 'figure', 'paragraph'])
    expect(figuresOfBody(bodyOf(doc))).toEqual([{ photoId, caption: '', credit: '', altText: '' }])

    undoManager.undo()
    expect(editor.getJSON().content?.map((node) => node.type)).toEqual(['paragraph', 'paragraph'])
    expect(figuresOfBody(bodyOf(doc))).toEqual([])
    undoManager.redo()
    expect(figuresOfBody(bodyOf(doc))).toHaveLength(1)

    // This article's caption, as the figure's form saves it.
    const pos = editor.state.doc.child(0).nodeSize
    editor.view.dispatch(editor.state.tr.setNodeMarkup(pos, undefined, { photoId, caption: 'Le ministre à Bakou.', credit: '', altText: '' }))

    const reloaded = new Y.Doc()
    Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc))
    const again = await articleEditor(reloaded)
    expect(again.getJSON().content?.[1]).toEqual({ type: 'figure', attrs: { photoId, caption: 'Le ministre à Bakou.', credit: '', altText: '' } })
    expect(again.view.dom.querySelector('figure.article-figure .photo-caption-text')?.textContent).toBe('Le ministre à Bakou.')
  })

  it('refuses what is not a library photo id', async () => {
    const editor = await articleEditor(new Y.Doc())
    expect(editor.commands.insertPhotoFigure('../../etc/passwd')).toBe(false)
  })

  it('shows the library’s words unless the article has its own, warns what publishing lacks, and edits them for this article only', async () => {
    photoLibrary.set({ photos: new Map([[photoId, libraryPhoto]]), ordered: [libraryPhoto], mediaBaseUrl: '/media/', loaded: true, error: null })
    const { doc, editor } = await articleEditorWith('<p>Texte.</p>')
    editor.commands.insertPhotoFigure(photoId, editor.state.doc.content.size)
    const figure = editor.view.dom.querySelector<HTMLElement>('figure.article-figure')!
    expect(figure.querySelector('img')?.getAttribute('src')).toBe(`/media/${photoId}/preview`)
    expect(figure.querySelector('.photo-caption-text')?.textContent).toBe(libraryPhoto.caption)
    expect(figure.querySelector('.photo-credit-line')?.textContent).toBe('Ariel Hermoni/Ministère israélien de la Défense')
    const warning = figure.querySelector<HTMLElement>('.photo-missing-warning')!
    expect(warning.hidden).toBe(false)
    expect(warning.textContent).toBe('Cannot be published yet — missing: alt text')

    // Selected, Enter opens the figure's form for this article.
    editor.commands.setNodeSelection(editor.state.doc.child(0).nodeSize)
    editor.view.dom.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    expect(document.activeElement?.getAttribute('name')).toBe('caption')
    const form = figure.querySelector<HTMLFormElement>('form')!
    form.querySelector<HTMLTextAreaElement>('[name=caption]')!.value = 'Le ministre israélien à Bakou.'
    form.querySelector<HTMLTextAreaElement>('[name=altText]')!.value = 'Deux hommes devant une garde'
    form.requestSubmit()
    // Only what differs from the library is kept in the article; the library's record is untouched.
    expect(figuresOfBody(bodyOf(doc))).toEqual([{ photoId, caption: 'Le ministre israélien à Bakou.', credit: '', altText: 'Deux hommes devant une garde' }])
    expect(libraryPhoto.caption).toBe('Yoav Gallant marche avec le ministre de la Défense azéri')
    const redrawn = editor.view.dom.querySelector<HTMLElement>('figure.article-figure')!
    expect(redrawn.querySelector('.photo-caption-text')?.textContent).toBe('Le ministre israélien à Bakou.')
    expect(redrawn.querySelector<HTMLElement>('.photo-missing-warning')!.hidden).toBe(true)
  })

  it('is inserted where a photo dragged from the picker is dropped', async () => {
    const { doc, editor } = await articleEditorWith('<p>Un.</p><p>Deux.</p>')
    const second = editor.view.dom.querySelectorAll('p')[1]!.getBoundingClientRect()
    const dataTransfer = new DataTransfer()
    dataTransfer.setData(PHOTO_DRAG_TYPE, photoId)
    editor.view.dom.dispatchEvent(new DragEvent('drop', { dataTransfer, clientX: second.left + 2, clientY: second.top + 2, bubbles: true, cancelable: true }))
    expect(editor.getJSON().content?.map((node) => node.type)).toContain('figure')
    expect(figuresOfBody(bodyOf(doc))).toEqual([{ photoId, caption: '', credit: '', altText: '' }])
  })
})
