import type { ExportArticle } from '../exportModel'

/** An article with every kind of block and mark, and text that needs escaping in every format. */
export function testArticle(overrides: Partial<ExportArticle> = {}): ExportArticle {
  return {
    id: '0b7f4b6e-7d7c-4a55-9b1f-3f2a1c9e8d10',
    headline: 'Les armes israéliennes à l’Azerbaïdjan <b>&</b> "Bakou"',
    standfirst: 'Selon l’AP, des vols réguliers — 24 heures avant l’assaut.',
    byline: 'Camille Martin',
    section: 'International',
    tags: ['Arménie', 'Israël', 'Haut-Karabakh'],
    language: 'fr',
    createdAt: Date.UTC(2026, 10, 23, 9, 30),
    updatedAt: Date.UTC(2026, 10, 23, 10, 15),
    body: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'L’Associated Press ' },
          { type: 'text', text: 'rapporte', bold: true },
          { type: 'text', text: ' que ' },
          { type: 'text', text: 'l’État', italic: true },
          { type: 'text', text: ' a fourni des armes. ' },
          { type: 'text', text: 'Lire la dépêche', href: 'https://apnews.com/article?a=1&b=2' },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'heading', level: 2, content: [{ type: 'text', text: 'Des vols # entre deux bases' }] },
      { type: 'paragraph', content: [{ type: 'text', text: '1. Pas une liste ; <script>alert(1)</script> * pas _ d’emphase_' }] },
      {
        type: 'quote',
        blocks: [{ type: 'paragraph', content: [{ type: 'text', text: '« Pour nous, c’est une préoccupation majeure »' }] }],
      },
      { type: 'heading', level: 3, content: [{ type: 'text', text: 'Ce que l’on sait' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'paragraph', content: [{ type: 'text', text: 'des avions cargo' }] }],
          [{ type: 'paragraph', content: [{ type: 'text', text: 'un aérodrome', bold: true, italic: true }] }],
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [
          [{ type: 'paragraph', content: [{ type: 'text', text: 'premier' }] }],
          [{ type: 'paragraph', content: [{ type: 'text', text: 'second' }, { type: 'break' }, { type: 'text', text: 'ligne' }] }],
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Contact : ' }, { type: 'text', text: 'la rédaction', href: 'mailto:desk@example.org' }] },
    ],
    ...overrides,
  }
}

export const testPhoto = {
  caption: 'Yoav Gallant marche avec le ministre de la Défense azéri, à Bakou, le 13 juillet 2023',
  creator: 'Ariel Hermoni',
  credit: 'Ministère israélien de la Défense',
  copyright: '© Ministère israélien de la Défense',
  altText: 'Deux hommes en costume marchent devant une garde d’honneur',
}

/** A body photo as exports see it (words already resolved), with text that needs escaping. */
export const testFigure = {
  type: 'figure',
  photoId: '3f0c7a5e9b1d2c4e6f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6',
  caption: 'Le ministre de la Défense azéri <i>&</i> "Yoav Gallant", à Bakou',
  credit: 'Ariel Hermoni/Ministère israélien de la Défense',
  altText: 'Deux hommes en costume marchent devant une garde d’honneur',
} as const satisfies ExportArticle['body'][number]

/** The test article with a figure between its first paragraph and its first heading. */
export function testArticleWithFigure(): ExportArticle {
  const body = testArticle().body
  return testArticle({ body: [body[0]!, { ...testFigure }, ...body.slice(1)] })
}
