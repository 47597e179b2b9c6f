import { describe, expect, it } from 'vitest'
import example from '../../../e2e/data/example-article.json'
import { fixTypography, typographyEdits } from './fixTypography'

const NBSP = '\u00a0'
const NNBSP = '\u202f'

describe('fixTypography on the example article (mixed apostrophes, « with ordinary spaces, l’ AP)', () => {
  const fixed = example.body.map((paragraph) => fixTypography(paragraph, 'fr'))

  it('fixes the quotations of the second paragraph (its own no-break spaces kept)', () => {
    expect(fixed[1]).toContain(
      `«${NNBSP}Pour nous, c’est une préoccupation majeure que les armes israéliennes tirent sur notre peuple${NNBSP}», ` +
        `a déclaré à${NBSP}l’Associated Press${NBSP}Arman Akopian, l’ambassadeur d’Arménie en Israël.`,
    )
    expect(fixed[1]).toContain(
      `«${NNBSP}Je ne vois pas pourquoi Israël ne devrait pas être en mesure d’exprimer ne serait-ce qu’une certaine ` +
        `inquiétude quant au sort des personnes expulsées de leur pays${NNBSP}», a-t-il déclaré à l’AP.`,
    )
  })

  it('makes every apostrophe ’ and leaves “24h” to the house style rules', () => {
    expect(fixed[0]).toContain(
      'Selon le rapport, quelques semaines seulement avant que l’Azerbaïdjan ne lance son assaut de 24h le 19 septembre,',
    )
    expect(fixed[2]).toMatch(
      /^L’offensive de l’Azerbaïdjan impliquait de l’artillerie lourde, des lance-roquettes et des drones qui, selon les experts,/,
    )
    expect(fixTypography(example.headline, 'fr')).toBe('Les armes israéliennes à l’Azerbaïdjan ont aidé Bakou à reprendre le Haut-Karabakh')
    expect(fixed.join('\n')).not.toMatch(/['"]|« | »/)
  })

  it('fixes a reader comment and changes nothing the second time', () => {
    expect(fixTypography(example.readerComments[0]!.text, 'fr')).toBe(`Quelle honte${NNBSP}!!!`)
    for (const paragraph of fixed) expect(fixTypography(paragraph, 'fr')).toBe(paragraph)
  })
})

describe('fixTypography', () => {
  it('applies the French rules to a pasted text', () => {
    expect(fixTypography(`Il a dit "bonjour" : c'est fini ! Vraiment ?`, 'fr')).toBe(
      `Il a dit «${NNBSP}bonjour${NNBSP}»${NBSP}: c’est fini${NNBSP}! Vraiment${NNBSP}?`,
    )
    expect(fixTypography(`«${NBSP}déjà${NBSP}» ; et... -- fin`, 'fr')).toBe(`«${NNBSP}déjà${NNBSP}»${NNBSP}; et… – fin`)
  })

  it('applies the English rules to a pasted text', () => {
    expect(fixTypography(`"Hi," he said ; "it's 'fine'..."`, 'en')).toBe('“Hi,” he said; “it’s ‘fine’…”')
  })

  it('keeps addresses whole, even where typing could not have known: jean--pierre@…', () => {
    const text = "Écrire à jean--pierre@x.fr ou voir https://apnews.com/l'article?x=1;y=2 et www.x.fr/a--b."
    expect(fixTypography(text, 'fr')).toBe("Écrire à jean--pierre@x.fr ou voir https://apnews.com/l'article?x=1;y=2 et www.x.fr/a--b.")
  })

  it('leaves times, ratios, emoticons and paths as they are, in both languages', () => {
    const text = 'À 10:30 ou 10 h 30, 3:1, bien :) ;-) :-D, dans C:\\Temp'
    expect(fixTypography(text, 'fr')).toBe(text)
    expect(fixTypography(text, 'en')).toBe(text)
  })

  it('works line by line', () => {
    expect(fixTypography(`a ?\n"b"`, 'fr')).toBe(`a${NNBSP}?\n«${NNBSP}b${NNBSP}»`)
  })

  it('describes its changes as small edits, so an editor keeps the formatting around them', () => {
    expect(typographyEdits(`dit "oui" !`, 'fr')).toEqual([
      { from: 4, to: 5, insert: `«${NNBSP}` },
      { from: 8, to: 10, insert: `${NNBSP}»${NNBSP}` }, // side by side changes make one edit
    ])
    expect(typographyEdits('rien à faire', 'fr')).toEqual([])
  })
})
