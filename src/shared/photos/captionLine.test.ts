import { describe, expect, it } from 'vitest'
import { parseCaptionLine } from './captionLine'

describe('parseCaptionLine', () => {
  it('splits the example article’s line into caption, creator and credit', () => {
    expect(
      parseCaptionLine(
        'Yoav Gallant marche avec le ministre de la Défense azéri, … le 13 juillet 2023 - Ariel Hermoni/Ministère israélien de la Défense',
      ),
    ).toEqual({
      caption: 'Yoav Gallant marche avec le ministre de la Défense azéri, … le 13 juillet 2023',
      creator: 'Ariel Hermoni',
      credit: 'Ministère israélien de la Défense',
    })
  })

  it('reads an agency alone as the credit', () => {
    expect(parseCaptionLine('Des manifestants place de la République, à Paris, le 1er mai 2024 - AFP')).toEqual({
      caption: 'Des manifestants place de la République, à Paris, le 1er mai 2024',
      creator: '',
      credit: 'AFP',
    })
    expect(parseCaptionLine('Le port de Marseille, le 3 juin 2024 – MAXPPP')).toMatchObject({ credit: 'MAXPPP', creator: '' })
  })

  it('reads AFP’s “(Photo by … / AFP)” and Reuters’s “REUTERS/…”', () => {
    expect(parseCaptionLine('Israeli soldiers near the border on July 13, 2023. (Photo by Jack GUEZ / AFP)')).toEqual({
      caption: 'Israeli soldiers near the border on July 13, 2023.',
      creator: 'Jack GUEZ',
      credit: 'AFP',
    })
    expect(parseCaptionLine('Israeli Defence Minister Yoav Gallant speaks in Jerusalem, July 13, 2023. REUTERS/Amir Cohen')).toEqual({
      caption: 'Israeli Defence Minister Yoav Gallant speaks in Jerusalem, July 13, 2023.',
      creator: 'Amir Cohen',
      credit: 'REUTERS',
    })
    expect(parseCaptionLine('Une rue de Kiev, le 2 mars 2022 - AP Photo/Efrem Lukatsky')).toMatchObject({
      creator: 'Efrem Lukatsky',
      credit: 'AP',
    })
  })

  it('keeps hyphens and spaced dashes that belong to the caption', () => {
    expect(parseCaptionLine('Jean-Luc Mélenchon à Saint-Denis, le 12 juin 2024 - Jean-Claude Coutausse/Hans Lucas')).toEqual({
      caption: 'Jean-Luc Mélenchon à Saint-Denis, le 12 juin 2024',
      creator: 'Jean-Claude Coutausse',
      credit: 'Hans Lucas',
    })
    expect(parseCaptionLine('Le match Lyon - Marseille au Groupama Stadium, le 2 février 2024')).toEqual({
      caption: 'Le match Lyon - Marseille au Groupama Stadium, le 2 février 2024',
      creator: '',
      credit: '',
    })
    expect(parseCaptionLine('Paris - Berlin : le TGV inaugural, le 16 décembre 2024 - Thomas Samson/AFP')).toEqual({
      caption: 'Paris - Berlin : le TGV inaugural, le 16 décembre 2024',
      creator: 'Thomas Samson',
      credit: 'AFP',
    })
  })

  it('leaves a line with no owner as caption only', () => {
    expect(parseCaptionLine('  Le Conseil constitutionnel,\nle 5 août 2024.  ')).toEqual({
      caption: 'Le Conseil constitutionnel, le 5 août 2024.',
      creator: '',
      credit: '',
    })
    expect(parseCaptionLine('')).toEqual({ caption: '', creator: '', credit: '' })
  })
})
