import { describe, expect, it } from 'vitest'
import { validateNewsml } from '../../../../e2e/support/exchangeSchemas'
import { renderNewsml } from '@shared/exchange/formats/newsml'
import { testArticle, testArticleWithFigure, testPhoto } from '@shared/exchange/formats/testArticle'

describe('renderNewsml', () => {
  it('writes a news item that validates against the NewsML-G2 2.35 XML schema', async () => {
    const result = await validateNewsml(renderNewsml(testArticle({ leadPhoto: testPhoto })))
    expect(result.errors).toEqual([])
    expect(result.valid).toBe(true)
  }, 30_000)

  it('a bare article (no standfirst, byline, section, tags or photo) is valid too', async () => {
    const bare = testArticle({ standfirst: '', byline: '', section: '', tags: [], body: [] })
    const result = await validateNewsml(renderNewsml(bare))
    expect(result.errors).toEqual([])
  }, 30_000)

  it('carries a body photo as a figure inside the XHTML body, escaped, and stays valid', async () => {
    const xml = renderNewsml({ ...testArticleWithFigure(), leadPhoto: testPhoto })
    const result = await validateNewsml(xml)
    expect(result.errors).toEqual([])
    expect(xml).toContain(
      '<figure class="photo"><figcaption><span class="caption">Le ministre de la Défense azéri &lt;i&gt;&amp;&lt;/i&gt; &quot;Yoav Gallant&quot;, à Bakou</span> ' +
        '<span class="credit">Ariel Hermoni/Ministère israélien de la Défense</span></figcaption></figure>',
    )
    const body = /<body>([\s\S]*)<\/body>/.exec(xml)?.[1] ?? ''
    expect(body.indexOf('<figure class="photo">')).toBeGreaterThan(body.indexOf('L’Associated Press'))
  }, 30_000)

  it('the schema check can fail: a news item missing its itemMeta is refused', async () => {
    const broken = renderNewsml(testArticle()).replace(/<itemMeta>[\s\S]*<\/itemMeta>/, '')
    const result = await validateNewsml(broken)
    expect(result.valid).toBe(false)
  }, 30_000)

  it('carries the metadata, the XHTML body and the lead photo credit, escaped', () => {
    const xml = renderNewsml(testArticle({ leadPhoto: testPhoto }))
    const doc = new DOMParserShim(xml)
    expect(doc.text('headline')).toBe('Les armes israéliennes à l’Azerbaïdjan <b>&</b> "Bakou"')
    expect(xml).toContain('<headline>Les armes israéliennes à l’Azerbaïdjan &lt;b&gt;&amp;&lt;/b&gt; &quot;Bakou&quot;</headline>')
    expect(xml).toContain('<description role="drol:summary">Selon l’AP')
    expect(xml).toContain('<creator literal="Camille Martin">')
    expect(xml).toContain('<language tag="fr"/>')
    expect(xml).toContain('<keyword>Haut-Karabakh</keyword>')
    expect(xml).toContain('<inlineXML contenttype="application/xhtml+xml">')
    expect(xml).toContain('<span class="credit">Ariel Hermoni/Ministère israélien de la Défense</span>')
    expect(xml).toContain('<br/>')
    expect(xml).not.toContain('<script>')
  })
})

/** Enough of a reader for one element's text (Node has no DOMParser). */
class DOMParserShim {
  constructor(private readonly xml: string) {}
  text(tag: string): string {
    const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(this.xml)
    return (match?.[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
  }
}
