import { describe, expect, it } from 'vitest'
import { blocks } from './exportModelFromJson'

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
})
