import { marked } from 'marked'
import { parse } from 'yaml'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown'
import { testArticle, testArticleWithFigure, testPhoto } from './testArticle'

function split(markdown: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(markdown)
  if (!match) throw new Error('no front matter')
  return { frontMatter: parse(match[1]!) as Record<string, unknown>, body: match[2]! }
}

describe('renderMarkdown', () => {
  it('puts the fields in YAML front matter that reads back the same', () => {
    const { frontMatter } = split(renderMarkdown(testArticle({ leadPhoto: testPhoto })))
    expect(frontMatter).toEqual({
      title: 'Les armes israéliennes à l’Azerbaïdjan <b>&</b> "Bakou"',
      standfirst: 'Selon l’AP, des vols réguliers — 24 heures avant l’assaut.',
      byline: 'Camille Martin',
      section: 'International',
      tags: ['Arménie', 'Israël', 'Haut-Karabakh'],
      language: 'fr',
      id: '0b7f4b6e-7d7c-4a55-9b1f-3f2a1c9e8d10',
      created: '2026-11-23T09:30:00.000Z',
      updated: '2026-11-23T10:15:00.000Z',
      lead_photo: testPhoto,
    })
  })

  it('writes the body as CommonMark that a Markdown reader turns back into the same structure', async () => {
    const { body } = split(renderMarkdown(testArticle()))
    const html = await marked.parse(body)
    expect(html).toContain('<p>L’Associated Press <strong>rapporte</strong> que <em>l’État</em> a fourni des armes. <a href="https://apnews.com/article?a=1&amp;b=2">Lire la dépêche</a>.</p>')
    expect(html).toContain('<h2>Des vols # entre deux bases</h2>')
    // Text that looks like Markdown stays text: no list, no emphasis, no HTML.
    expect(html).toContain('<p>1. Pas une liste ; &lt;script&gt;alert(1)&lt;/script&gt; * pas _ d’emphase_</p>')
    expect(html).toContain('<blockquote>\n<p>« Pour nous, c’est une préoccupation majeure »</p>\n</blockquote>')
    expect(html).toContain('<h3>Ce que l’on sait</h3>')
    expect(html).toContain('<ul>\n<li>des avions cargo</li>\n<li><strong><em>un aérodrome</em></strong></li>\n</ul>')
    expect(html).toContain('<ol>\n<li>premier</li>\n<li>second<br>ligne</li>\n</ol>')
    expect(html).toContain('<a href="mailto:desk@example.org">la rédaction</a>')
  })

  it('writes a body photo as its caption line: caption in italics, then the credit', async () => {
    const { body } = split(renderMarkdown(testArticleWithFigure()))
    expect(body).toContain('\n\n_Le ministre de la Défense azéri \\<i\\>&\\</i\\> "Yoav Gallant", à Bakou_ — Ariel Hermoni/Ministère israélien de la Défense\n\n## Des vols')
    const html = await marked.parse(body)
    expect(html).toContain(
      '<p><em>Le ministre de la Défense azéri &lt;i&gt;&amp;&lt;/i&gt; &quot;Yoav Gallant&quot;, à Bakou</em> — Ariel Hermoni/Ministère israélien de la Défense</p>',
    )
  })
})
