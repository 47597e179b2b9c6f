import { describe, expect, it } from 'vitest'
import { renderHtmlDocument } from './htmlDocument'
import { blocksHtml } from './bodyHtml'
import { testArticle, testArticleWithFigure, testFigure, testPhoto } from './testArticle'

describe('renderHtmlDocument', () => {
  const html = renderHtmlDocument(testArticle({ leadPhoto: testPhoto }))

  it('is a standalone page in the article’s language, with its own print stylesheet', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="fr">')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toMatch(/<style>[\s\S]*@media print[\s\S]*<\/style>/)
    expect(html).not.toMatch(/<link|src=/)
  })

  it('escapes every text and runs no script', () => {
    expect(html).toContain('<h1>Les armes israéliennes à l’Azerbaïdjan &lt;b&gt;&amp;&lt;/b&gt; &quot;Bakou&quot;</h1>')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`)
  })

  it('keeps the structure: section, standfirst, byline, headings, marks, links, quote, lists, photo credit, tags', () => {
    expect(html).toContain('<p class="section">International</p>')
    expect(html).toContain('<p class="standfirst">Selon l’AP, des vols réguliers — 24 heures avant l’assaut.</p>')
    expect(html).toContain('<p class="byline">Camille Martin</p>')
    expect(html).toContain('<h2>Des vols # entre deux bases</h2>')
    expect(html).toContain('<h3>Ce que l’on sait</h3>')
    expect(html).toContain('<strong>rapporte</strong>')
    expect(html).toContain('<em>l’État</em>')
    expect(html).toContain('<strong><em>un aérodrome</em></strong>')
    expect(html).toContain('<a href="mailto:desk@example.org">la rédaction</a>')
    expect(html).toContain('<blockquote>\n<p>« Pour nous, c’est une préoccupation majeure »</p>\n</blockquote>')
    expect(html).toMatch(/<ul>\n<li><p>des avions cargo<\/p><\/li>/)
    expect(html).toContain('<li><p>second<br>ligne</p></li>')
    expect(html).toContain('<span class="credit">Ariel Hermoni/Ministère israélien de la Défense</span>')
    expect(html).toContain('<p class="tags">Arménie · Israël · Haut-Karabakh</p>')
  })

  it('renders a body photo as a figure with its caption and credit, escaped, and no image it does not have', () => {
    const page = renderHtmlDocument(testArticleWithFigure())
    expect(page).toContain(
      '<figure class="photo"><figcaption><span class="caption">Le ministre de la Défense azéri &lt;i&gt;&amp;&lt;/i&gt; &quot;Yoav Gallant&quot;, à Bakou</span> ' +
        '<span class="credit">Ariel Hermoni/Ministère israélien de la Défense</span></figcaption></figure>',
    )
    expect(page.indexOf('<figure class="photo">')).toBeLessThan(page.indexOf('<h2>Des vols'))
    // No image file goes with the page: no <img> pointing nowhere.
    expect(page).not.toMatch(/<img|src=/)
  })

  it('a caller with the image (a site upload) gets <img> with its alt text; XHTML self-closes it', () => {
    const photoSrc = (photoId: string) => (photoId === testFigure.photoId ? 'https://example.org/wp-content/uploads/bakou.jpg' : undefined)
    expect(blocksHtml([testFigure], { xhtml: false, photoSrc })).toBe(
      '<figure class="photo"><img src="https://example.org/wp-content/uploads/bakou.jpg" alt="Deux hommes en costume marchent devant une garde d’honneur">' +
        '<figcaption><span class="caption">Le ministre de la Défense azéri &lt;i&gt;&amp;&lt;/i&gt; &quot;Yoav Gallant&quot;, à Bakou</span> ' +
        '<span class="credit">Ariel Hermoni/Ministère israélien de la Défense</span></figcaption></figure>',
    )
    expect(blocksHtml([testFigure], { xhtml: true, photoSrc })).toContain('garde d’honneur"/><figcaption>')
    expect(blocksHtml([{ ...testFigure, caption: '', credit: '' }])).toBe('')
  })

  it('leaves out what the article does not have', () => {
    const bare = renderHtmlDocument(testArticle({ standfirst: '', byline: '', section: '', tags: [] }))
    expect(bare).not.toMatch(/class="(standfirst|byline|section|tags)"|<figure/)
  })
})
