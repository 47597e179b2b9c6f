import { describe, expect, it } from 'vitest'
import { blocks, type ProseMirrorJson } from './exportModelFromJson'
import { exportArticleSchema } from './exportModel'
import { testArticleWithFigure, testFigure } from './formats/testArticle'

describe('export blocks from ProseMirror JSON', () => {
  it('keeps paragraphs, headings, marks, safe links, breaks, quotes and lists', () => {
    expect(
      blocks([
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Un ' },
            { type: 'text', text: 'gras', marks: [{ type: 'bold' }, { type: 'italic' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'lien', marks: [{ type: 'link', attrs: { href: 'https://apnews.com/' } }] },
            { type: 'text', text: 'piège', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
        { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Intertitre' }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cité' }] }] },
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'un' }] }] }] },
        { type: 'figureFromTheFuture', content: [{ type: 'text', text: 'gardé' }] },
      ]),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Un ' },
          { type: 'text', text: 'gras', bold: true, italic: true },
          { type: 'break' },
          { type: 'text', text: 'lien', href: 'https://apnews.com/' },
          { type: 'text', text: 'piège' },
        ],
      },
      { type: 'heading', level: 3, content: [{ type: 'text', text: 'Intertitre' }] },
      { type: 'quote', blocks: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cité' }] }] },
      { type: 'list', ordered: true, items: [[{ type: 'paragraph', content: [{ type: 'text', text: 'un' }] }]] },
      { type: 'paragraph', content: [{ type: 'text', text: 'gardé' }] },
    ])
  })

  it('leaves unresolved suggestions out: the text as it stood before them', () => {
    const paragraph = (content: ProseMirrorJson[]): ProseMirrorJson => ({ type: 'paragraph', content })
    expect(
      blocks([
        paragraph([
          { type: 'text', text: 'Le conseil a voté le ' },
          { type: 'text', text: 'nouveau ', marks: [{ type: 'insertion', attrs: { id: 's~a~1~Claire' } }] },
          { type: 'text', text: 'budget.' },
          { type: 'text', text: ' Fin.', marks: [{ type: 'deletion', attrs: { id: 's~b~1~Paul' } }] },
          { type: 'text', text: '\u200B', marks: [{ type: 'insertion', attrs: { id: 's~c~1~Paul' } }] },
        ]),
      ]),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Le conseil a voté le ' },
          { type: 'text', text: 'budget.' },
          { type: 'text', text: ' Fin.' },
        ],
      },
    ])
  })

  it('keeps a figure with its photo id and the article’s own words (overrides), and drops a malformed id', () => {
    const photoId = 'ab'.repeat(32)
    expect(
      blocks([
        { type: 'figure', attrs: { photoId, caption: 'Le ministre de la Défense azéri', credit: '', altText: '' } },
        { type: 'figure', attrs: { photoId: '../etc/passwd', caption: '', credit: 'Ministère israélien de la Défense', altText: 'Deux hommes' } },
      ]),
    ).toEqual([
      { type: 'figure', photoId, caption: 'Le ministre de la Défense azéri', credit: '', altText: '' },
      { type: 'figure', caption: '', credit: 'Ministère israélien de la Défense', altText: 'Deux hommes' },
    ])
  })

  it('the export schema accepts a figure and refuses one with a bad photo id or a stray field', () => {
    const article = testArticleWithFigure()
    expect(exportArticleSchema.parse(article)).toEqual(article)
    const withBody = (figure: Record<string, unknown>) => ({ ...article, body: [figure] })
    expect(exportArticleSchema.safeParse(withBody({ ...testFigure, photoId: 'x'.repeat(64) })).success).toBe(false)
    expect(exportArticleSchema.safeParse(withBody({ ...testFigure, src: 'file:///etc/passwd' })).success).toBe(false)
  })
})
