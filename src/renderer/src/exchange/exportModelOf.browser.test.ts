import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { exportArticleSchema } from '@shared/exchange/exportModel'
import { fieldsOf } from '../article/articleDoc'
import { importedArticleDoc } from './saveImportedArticle'
import { exportModelOf } from './exportModelOf'

describe('exportModelOf', () => {
  it('reads fields and body from the Yjs document into a model main accepts, lead photo included', () => {
    const doc = importedArticleDoc(
      { headline: 'Titre', standfirst: 'Chapô', byline: 'Camille', section: 'International', tags: ['Arménie'], language: 'fr' },
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Un ' }, { type: 'text', text: 'gras', marks: [{ type: 'bold' }] }] },
          { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Inter' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'point' }] }] }] },
        ],
      },
      Date.UTC(2026, 0, 1),
    )
    const lead = new Y.Map<string>()
    fieldsOf(doc).set('leadPhoto', lead)
    lead.set('caption', 'Une légende')
    lead.set('creator', 'Ariel Hermoni')
    lead.set('credit', 'Ministère')
    const model = exportModelOf(doc, '0b7f4b6e-7d7c-4a55-9b1f-3f2a1c9e8d10', { updatedAt: Date.UTC(2026, 0, 2) })
    expect(exportArticleSchema.parse(model)).toEqual(model)
    expect(model).toMatchObject({
      headline: 'Titre',
      tags: ['Arménie'],
      createdAt: Date.UTC(2026, 0, 1),
      updatedAt: Date.UTC(2026, 0, 2),
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Un ' }, { type: 'text', text: 'gras', bold: true }] },
        { type: 'heading', level: 2, content: [{ type: 'text', text: 'Inter' }] },
        { type: 'list', ordered: false, items: [[{ type: 'paragraph', content: [{ type: 'text', text: 'point' }] }]] },
      ],
      leadPhoto: { caption: 'Une légende', creator: 'Ariel Hermoni', credit: 'Ministère', copyright: '', altText: '' },
    })
  })

  it('gives body figures the words the reader sees: the article’s override, else the library’s', () => {
    const known = 'ab'.repeat(32)
    const unknown = 'cd'.repeat(32)
    const doc = importedArticleDoc(
      { headline: 'Titre', language: 'fr' },
      {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Avant' }] },
          { type: 'figure', attrs: { photoId: known, caption: 'Le ministre de la Défense azéri, à Bakou', credit: '', altText: '' } },
          { type: 'blockquote', content: [{ type: 'figure', attrs: { photoId: unknown, caption: '', credit: 'AP', altText: '' } }] },
        ],
      },
      Date.UTC(2026, 0, 1),
    )
    const library = new Map([
      [
        known,
        {
          caption: 'Légende de la photothèque',
          creator: 'Ariel Hermoni',
          credit: 'Ministère israélien de la Défense',
          copyright: '',
          altText: 'Deux hommes en costume',
        },
      ],
    ])
    const model = exportModelOf(doc, '0b7f4b6e-7d7c-4a55-9b1f-3f2a1c9e8d10', { updatedAt: Date.UTC(2026, 0, 2), photos: library })
    expect(exportArticleSchema.parse(model)).toEqual(model)
    expect(model.body.slice(1)).toEqual([
      {
        type: 'figure',
        photoId: known,
        caption: 'Le ministre de la Défense azéri, à Bakou',
        credit: 'Ariel Hermoni/Ministère israélien de la Défense',
        altText: 'Deux hommes en costume',
      },
      { type: 'quote', blocks: [{ type: 'figure', photoId: unknown, caption: '', credit: 'AP', altText: '' }] },
    ])
  })
})
