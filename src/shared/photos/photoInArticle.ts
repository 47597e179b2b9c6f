import type { Photo } from './photo'

/** What the photos in articles carry, as one photo's drag data: a library photo id. */
export const PHOTO_DRAG_TYPE = 'application/x-copydesk-photo'

/**
 * What one article says about a library photo it uses, apart from the library: its own caption,
 * credit and alt text. '' means "as in the library" — the credit follows the library unless overridden.
 */
export type PhotoOverrides = { caption: string; credit: string; altText: string }

export const noOverrides: PhotoOverrides = { caption: '', credit: '', altText: '' }

/** The library's words about a photo that an article can show (absent when the photo is not, or not yet, known). */
export type LibraryWords = Pick<Photo, 'caption' | 'creator' | 'credit' | 'copyright' | 'altText'>

/** A photo as the reader will see it in this article, and where each word comes from. */
export type PhotoAsPublished = {
  caption: string
  creator: string
  credit: string
  copyright: string
  altText: string
  /** `Creator/Credit`, the newsroom's convention (either alone when the other is empty). */
  creditLine: string
  /** Which fields this article overrides. */
  overridden: { caption: boolean; credit: boolean; altText: boolean }
  /** What publishing still lacks (caption, credit or alt text), after overrides. */
  missing: ('caption' | 'credit' | 'altText')[]
}

/** `Ariel Hermoni/Ministère israélien de la Défense`: the credit line printed under a photo. */
export function creditLine(creator: string, credit: string): string {
  const parts = [creator.trim(), credit.trim()].filter(Boolean)
  // An agency credit that already names the photographer is not repeated.
  if (parts.length === 2 && parts[1]!.includes(parts[0]!)) return parts[1]!
  return parts.join('/')
}

/** The article's override where it has one, else the library's value. */
export function photoAsPublished(library: LibraryWords | undefined, overrides: PhotoOverrides): PhotoAsPublished {
  const pick = (field: keyof PhotoOverrides) => (overrides[field].trim() ? overrides[field] : (library?.[field] ?? ''))
  const caption = pick('caption')
  const credit = pick('credit')
  const altText = pick('altText')
  const creator = library?.creator ?? ''
  return {
    caption,
    creator,
    credit,
    copyright: library?.copyright ?? '',
    altText,
    creditLine: creditLine(creator, credit),
    overridden: { caption: !!overrides.caption.trim(), credit: !!overrides.credit.trim(), altText: !!overrides.altText.trim() },
    missing: (['caption', 'credit', 'altText'] as const).filter((field) => ({ caption, credit, altText })[field].trim() === ''),
  }
}

/**
 * The override to keep when the user edits a field to `typed`: none when it says what the library
 * already says (so a later library fix still reaches this article).
 */
export function overrideFor(libraryValue: string | undefined, typed: string): string {
  return typed.trim() === (libraryValue ?? '').trim() ? '' : typed
}
