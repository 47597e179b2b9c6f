import { describe, expect, it } from 'vitest'
import { articleDocFromText } from '../../article/articleFromText'
import { applyTextDiff, bodyBlocksText, bodyOf, createdAtOf, readFields, textFieldOf } from '../../article/articleDoc'
import { readHistory, statusChangedAt } from '../../article/articleWorkflow'
import { mergeSiteEdit, siteHtmlBlocks } from './mergeSiteEdit'

const newDoc = () =>
  articleDocFromText({ headline: 'Crue de la Loire', standfirst: 'Le fleuve monte.' }, [
    { type: 'paragraph', text: 'Premier paragraphe.' },
    { type: 'paragraph', text: 'Deuxième paragraphe.' },
  ])
const base = { headline: 'Crue de la Loire', standfirst: 'Le fleuve monte.' }
const sameBody = '<p>Premier paragraphe.</p>\n<p>Deuxième paragraphe.</p>'

declare global {
  interface Window {
    pwned?: number
  }
}

describe('merging an edit made in wp-admin', () => {
  it('takes a headline changed only on the site as a change; nothing else to keep', () => {
    const doc = newDoc()
    const result = mergeSiteEdit(doc, { by: 'Admin', at: '2026-11-24T01:00:00', ...base, headline: 'Crue de la Loire : alerte rouge', contentHtml: sameBody, base })
    expect(result.merged).toEqual(['headline'])
    expect(result.siteVersion).toBeUndefined()
    expect(readFields(doc).headline).toBe('Crue de la Loire : alerte rouge')
  })

  it('puts the site edit in the article’s history under the site user’s name and the site’s time, without a status change', () => {
    const doc = newDoc()
    const before = statusChangedAt(doc, createdAtOf(doc))
    mergeSiteEdit(doc, { by: 'Élise Éditrice', at: '2026-11-24 01:00:00', ...base, headline: 'Crue de la Loire : alerte rouge', contentHtml: sameBody, base })
    expect(readHistory(doc)).toEqual([
      { from: 'draft', to: 'draft', action: 'siteEdit', by: 'Élise Éditrice', role: 'site', at: Date.UTC(2026, 10, 24, 1), message: '' },
    ])
    expect(statusChangedAt(doc, createdAtOf(doc))).toBe(before)
  })

  it('keeps both when both changed: the local article as it is, the site’s whole version beside it', () => {
    const doc = newDoc()
    applyTextDiff(textFieldOf(doc, 'headline'), 'Crue de la Loire : Tours évacuée') // unsynced local edit
    const result = mergeSiteEdit(doc, {
      by: 'Admin',
      at: '2026-11-24T01:00:00',
      headline: 'Crue historique',
      standfirst: 'Le fleuve monte.',
      contentHtml: '<p>Texte réécrit sur le site.</p>',
      base,
    })
    expect(result.merged).toEqual([])
    expect(readFields(doc).headline).toBe('Crue de la Loire : Tours évacuée')
    expect(bodyBlocksText(bodyOf(doc))).toEqual(['Premier paragraphe.', 'Deuxième paragraphe.'])
    expect(readFields(result.siteVersion!).headline).toBe('Crue historique')
    expect(bodyBlocksText(bodyOf(result.siteVersion!))).toEqual(['Texte réécrit sur le site.'])
  })

  it('hostile HTML and script from the site stay text: nothing runs, nothing loads', async () => {
    const doc = newDoc()
    const title = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script> Titre'
    const result = mergeSiteEdit(doc, {
      by: '<b>Mallory</b>',
      at: '2026-11-24T01:00:00',
      headline: title,
      standfirst: '<svg onload="window.pwned=3"></svg>Chapô',
      contentHtml: '<script>window.pwned=4</script><p>Texte <img src="x" onerror="window.pwned=5"> &lt;b&gt;gras&lt;/b&gt;</p>',
      base,
    })
    expect(readFields(doc).headline).toBe(title)
    expect(readFields(doc).standfirst).toBe('<svg onload="window.pwned=3"></svg>Chapô')
    expect(bodyBlocksText(bodyOf(result.siteVersion!))).toEqual(['Texte  <b>gras</b>'])
    // Shown the way the app shows words (as text), they stay characters.
    const shown = document.createElement('h1')
    shown.textContent = readFields(doc).headline
    document.body.append(shown)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(shown.querySelector('img, script')).toBeNull()
    expect(window.pwned).toBeUndefined()
    shown.remove()
  })

  it('reads the blocks of the site’s HTML as lines of text', () => {
    expect(siteHtmlBlocks('<h2>Intertitre</h2><p>Un &amp; deux</p><ul><li><p>Point</p></li></ul>')).toEqual(['Intertitre', 'Un & deux', 'Point'])
    expect(siteHtmlBlocks('Texte brut\n\nSecond')).toEqual(['Texte brut', 'Second'])
  })
})
