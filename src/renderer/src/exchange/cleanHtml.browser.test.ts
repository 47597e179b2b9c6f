import { describe, expect, it } from 'vitest'
import { wordClipboardHtml } from '@shared/exchange/testing/wordClipboardHtml'
import { generateHTML, generateJSON } from '@tiptap/core'
import { articleSchemaExtensions } from '../editor/presets'
import { cleanHtml } from './cleanHtml'

const paste = (html: string) => cleanHtml(html, 'paste').html

describe('cleanHtml (real DOMPurify in Chromium)', () => {
  it('turns Word’s clipboard into plain article structure', () => {
    const html = paste(
      wordClipboardHtml({
        subhead: 'Des vols entre deux bases',
        paragraphs: ['Premier paragraphe.', 'Deuxième paragraphe.'],
        boldParagraph: 'Un paragraphe tout en gras.',
        listItems: ['des avions cargo', 'un aérodrome'],
      }),
    )
    expect(html).toBe(
      '<p>Premier paragraphe.</p>' +
        '<h2>Des vols entre deux bases</h2>' +
        '<p><b>Un paragraphe tout en gras.</b></p>' +
        '<p>Deuxième paragraphe.</p>' +
        '<ul><li><p>des avions cargo</p></li><li><p>un aérodrome</p></li></ul>' +
        '<p>Sources : <a href="https://apnews.com/article/armenia-azerbaijan-israel-weapons">Associated Press</a>, piège.</p>',
    )
    expect(cleanHtml(wordClipboardHtml({ subhead: 'x', paragraphs: ['a'], boldParagraph: 'b', listItems: [] }), 'paste')).toMatchObject({
      imagesSkipped: 1,
      linksRemoved: 1,
    })
  })

  it('makes Word’s nested and numbered “lists” real lists', () => {
    const item = (level: number, marker: string, text: string) =>
      `<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level${level} lfo1'><![if !supportLists]><span style='mso-list:Ignore'>${marker}<span>&nbsp;&nbsp; </span></span><![endif]>${text}<o:p></o:p></p>`
    expect(paste(`<p class=MsoNormal>Avant</p>${item(1, '1.', 'un')}${item(2, 'a.', 'un-a')}${item(2, 'b.', 'un-b')}${item(1, '2.', 'deux')}<p class=MsoNormal>Après</p>`)).toBe(
      '<p>Avant</p><ol><li><p>un</p><ol><li><p>un-a</p></li><li><p>un-b</p></li></ol></li><li><p>deux</p></li></ol><p>Après</p>',
    )
  })

  it('drops Google Docs’ whole-document bold wrapper and reads bold and italic from styles', () => {
    const html = paste(
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-5678-9abcdef01234">' +
        '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial;color:#000000;font-weight:400;font-style:normal;">Texte </span>' +
        '<span style="font-size:11pt;font-family:Arial;font-weight:700;">gras</span><span style="font-weight:400;"> et </span>' +
        '<span style="font-style:italic;font-weight:400;">italique</span></p><br>' +
        '<p dir="ltr"><span style="font-weight:400;"></span></p></b>',
    )
    expect(html).toBe('<p>Texte <strong>gras</strong> et <em>italique</em></p>')
  })

  it('keeps a wholly bold paragraph a paragraph, and unwraps bold around blocks', () => {
    expect(paste('<p><strong>Tout en gras</strong></p>')).toBe('<p><strong>Tout en gras</strong></p>')
    expect(paste('<strong><p>Un</p><p>Deux</p></strong>')).toBe('<p>Un</p><p>Deux</p>')
  })

  it('sanitises: no script, handler, style, iframe, form or foreign attribute survives', () => {
    const html = paste(
      '<p onclick="alert(1)" style="color:red" class="x" data-x="1">Bonjour<script>alert(1)</script>' +
        '<iframe src="https://evil.example"></iframe><img src=x onerror=alert(1)><svg><script>alert(2)</script></svg></p>' +
        '<form><input value="x"></form><style>p{color:red}</style>',
    )
    expect(html).toBe('<p>Bonjour</p>')
  })

  it('keeps only http(s) and mailto links, and leaves their words', () => {
    expect(
      paste(
        '<p><a href="https://a.example/x?y=1" target="_blank" rel="opener">web</a> <a href="mailto:desk@example.org">mail</a> ' +
          '<a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> <a href="file:///etc/passwd">file</a> <a href="#top">ancre</a></p>',
      ),
    ).toBe('<p><a href="https://a.example/x?y=1">web</a> <a href="mailto:desk@example.org">mail</a> js data file ancre</p>')
  })

  it('removes empty paragraphs and stray breaks, maps headings onto H2/H3, flattens tables and divs', () => {
    expect(paste('<p></p><p>&nbsp;</p><p><br></p><h1>Titre</h1><h4>Petit</h4><p><br>Texte<br></p>')).toBe(
      '<h2>Titre</h2><h3>Petit</h3><p>Texte</p>',
    )
    expect(paste('<div>Ligne</div><div><p>Bloc</p></div><table><tr><td>A</td><td><p>B</p></td></tr></table>')).toBe(
      '<p>Ligne</p><p>Bloc</p><p>A</p><p>B</p>',
    )
  })

  it('keeps ProseMirror’s slice marker, so copy and paste inside the editor keeps open lists and quotes', () => {
    expect(paste('<ul data-pm-slice="3 3 []" data-other="x"><li><p>point</p></li></ul>')).toBe('<ul data-pm-slice="3 3 []"><li><p>point</p></li></ul>')
  })

  it('pasting, keeps Copydesk’s own figures (as the Figure node renders them) with their words, and nothing else of them', () => {
    const photoId = 'ab'.repeat(32)
    const figure = { type: 'figure', attrs: { photoId, caption: 'Le ministre de la Défense azéri', credit: 'Ministère israélien de la Défense', altText: '' } }
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Avant' }] },
        figure,
        { type: 'blockquote', content: [{ ...figure, attrs: { ...figure.attrs, caption: '' } }] },
      ],
    }
    // What a copy inside Copydesk puts on the clipboard: the schema's own HTML for the nodes.
    const copied = generateHTML(doc, articleSchemaExtensions())
    expect(copied).toContain(`<figure data-photo-id="${photoId}" data-caption="Le ministre de la Défense azéri"`)
    const pasted = paste(copied)
    expect(pasted).toBe(
      `<p>Avant</p><figure data-photo-id="${photoId}" data-caption="Le ministre de la Défense azéri" data-credit="Ministère israélien de la Défense"></figure>` +
        `<blockquote><figure data-photo-id="${photoId}" data-credit="Ministère israélien de la Défense"></figure></blockquote>`,
    )
    expect(generateJSON(pasted, articleSchemaExtensions())).toMatchObject(doc)
    // Only the figure's own attributes, nothing inside: no handler, class, style or image rides along.
    expect(
      paste(`<figure data-pm-slice="0 0 []" data-photo-id="${photoId}" onclick="alert(1)" class="x" style="color:red" data-x="1"><img src="x" onerror="alert(1)"><figcaption>Légende</figcaption></figure>`),
    ).toBe(`<figure data-photo-id="${photoId}" data-pm-slice="0 0 []"></figure>`)
  })

  it('still cleans foreign figures (Word, the web, a malformed id, and any figure on import) to their caption’s text', () => {
    expect(paste('<figure><img src="https://example.org/a.jpg"><figcaption>Défense azéri, à Bakou</figcaption></figure>')).toBe('<p>Défense azéri, à Bakou</p>')
    expect(paste('<figure data-photo-id="42"><figcaption>Ministère israélien de la Défense</figcaption></figure>')).toBe(
      '<p>Ministère israélien de la Défense</p>',
    )
    const ours = `<figure data-photo-id="${'ab'.repeat(32)}" data-caption="Légende"><figcaption>Légende</figcaption></figure>`
    expect(cleanHtml(ours, 'import').html).toBe('<p>Légende</p>')
  })

  it('on import, keeps only the figures marked with this import’s key (a document cannot forge one)', () => {
    const photoId = 'cd'.repeat(32)
    const figure = (key: string) => `<figure data-photo-id="${photoId}" data-alt-text="Un avion" data-import-key="${key}"><figcaption>Légende</figcaption></figure>`
    const html = `<p>Avant</p>${figure('clé-de-cet-import')}<p>Après</p>${figure('clé-devinée')}`
    expect(cleanHtml(html, 'import', { importKey: 'clé-de-cet-import' }).html).toBe(
      `<p>Avant</p><figure data-photo-id="${photoId}" data-alt-text="Un avion"></figure><p>Après</p><p>Légende</p>`,
    )
    expect(cleanHtml(figure(''), 'import', { importKey: '' }).html).toBe('<p>Légende</p>')
  })

  it('on import, takes the first H1 as headline and a Subtitle paragraph as standfirst', () => {
    const result = cleanHtml('<h1>Le titre</h1><p class="standfirst">Le chapô</p><h1>Deuxième</h1><p>Texte</p>', 'import')
    expect(result).toMatchObject({ headline: 'Le titre', standfirst: 'Le chapô', html: '<h2>Deuxième</h2><p>Texte</p>' })
  })
})
