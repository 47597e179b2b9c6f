import { describe, expect, it } from 'vitest'
import { validateNinjs } from '../../../../e2e/support/exchangeSchemas'
import { renderNinjs } from '@shared/exchange/formats/ninjs'
import { testArticle, testArticleWithFigure, testFigure, testPhoto } from '@shared/exchange/formats/testArticle'

describe('renderNinjs', () => {
  it('validates against the ninjs 2.0 JSON schema, with and without a lead photo', () => {
    for (const article of [testArticle({ leadPhoto: testPhoto }), testArticle(), testArticle({ standfirst: '', byline: '', section: '', tags: [], body: [] })]) {
      const result = validateNinjs(JSON.parse(JSON.stringify(renderNinjs(article))))
      expect(result.errors).toEqual([])
      expect(result.valid).toBe(true)
    }
  })

  it('the schema check can fail: a property ninjs 2.0 does not know is refused', () => {
    expect(validateNinjs({ ...renderNinjs(testArticle()), section: 'International' }).valid).toBe(false)
    expect(validateNinjs({ ...renderNinjs(testArticle()), uri: 'not a uri' }).valid).toBe(false)
  })

  it('carries headline, standfirst, byline, section, tags, body and the photo credit', () => {
    const ninjs = renderNinjs(testArticle({ leadPhoto: testPhoto }))
    expect(ninjs).toMatchObject({
      uri: 'urn:uuid:0b7f4b6e-7d7c-4a55-9b1f-3f2a1c9e8d10',
      type: 'text',
      language: 'fr',
      firstcreated: '2026-11-23T09:30:00Z',
      versioncreated: '2026-11-23T10:15:00Z',
      headlines: [{ role: 'main', value: 'Les armes israéliennes à l’Azerbaïdjan <b>&</b> "Bakou"' }],
      descriptions: [{ role: 'summary', value: 'Selon l’AP, des vols réguliers — 24 heures avant l’assaut.' }],
      by: 'Camille Martin',
      subjects: [
        { name: 'International', rel: 'section' },
        { name: 'Arménie', rel: 'tag' },
        { name: 'Israël', rel: 'tag' },
        { name: 'Haut-Karabakh', rel: 'tag' },
      ],
      associations: [
        {
          name: 'leadphoto',
          type: 'picture',
          by: 'Ariel Hermoni',
          infosources: [{ name: 'Ministère israélien de la Défense', role: 'credit' }],
          copyrightnotice: '© Ministère israélien de la Défense',
          descriptions: [
            { role: 'caption', value: testPhoto.caption },
            { role: 'alt', value: testPhoto.altText },
          ],
        },
      ],
    })
    const body = (ninjs.bodies as { value: string; wordcount: number }[])[0]!
    expect(body.value).toContain('<strong>rapporte</strong>')
    expect(body.value).toContain('<a href="https://apnews.com/article?a=1&amp;b=2">Lire la dépêche</a>')
    expect(body.value).toContain('&lt;script&gt;')
    expect(body.wordcount).toBeGreaterThan(30)
  })

  it('carries a body photo as a figure in the HTML body and as an association, and stays valid', () => {
    const article = { ...testArticleWithFigure(), leadPhoto: testPhoto }
    const ninjs = renderNinjs(article)
    const result = validateNinjs(JSON.parse(JSON.stringify(ninjs)))
    expect(result.errors).toEqual([])
    const body = (ninjs.bodies as { value: string; wordcount: number }[])[0]!
    expect(body.value).toContain(
      '<figure class="photo"><figcaption><span class="caption">Le ministre de la Défense azéri &lt;i&gt;&amp;&lt;/i&gt; &quot;Yoav Gallant&quot;, à Bakou</span> ' +
        '<span class="credit">Ariel Hermoni/Ministère israélien de la Défense</span></figcaption></figure>',
    )
    // The caption is not counted as the article's words.
    expect(body.wordcount).toBe((renderNinjs(testArticle()).bodies as { wordcount: number }[])[0]!.wordcount)
    expect(ninjs.associations).toEqual([
      expect.objectContaining({ name: 'leadphoto' }),
      {
        name: 'figure1',
        uri: 'urn:uuid:0b7f4b6e-7d7c-4a55-9b1f-3f2a1c9e8d10-figure1',
        type: 'picture',
        descriptions: [
          { role: 'caption', contenttype: 'text/plain', value: testFigure.caption },
          { role: 'alt', contenttype: 'text/plain', value: testFigure.altText },
        ],
        ednote: 'Credit: Ariel Hermoni/Ministère israélien de la Défense',
      },
    ])
  })
})
