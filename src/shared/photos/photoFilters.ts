import { missingForPublishing, type Photo } from './photo'

export type PhotoFilter = {
  query: string
  missingCaption: boolean
  missingCredit: boolean
  missingAltText: boolean
  notUsed: boolean
  /** Only the photos this article uses; '' = any. */
  usedIn: string
}

export const noPhotoFilter: PhotoFilter = {
  query: '',
  missingCaption: false,
  missingCredit: false,
  missingAltText: false,
  notUsed: false,
  usedIn: '',
}

/** Lower case, accents off: "defense" finds "Défense". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase()
}

/**
 * The photos that pass every filter ticked (they combine: missing credit AND not used), and whose
 * caption, headline, creator, credit, keywords or file name hold every word of the query.
 */
export function filterPhotos(photos: readonly Photo[], filter: PhotoFilter): Photo[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean)
  return photos.filter((photo) => {
    const missing = missingForPublishing(photo)
    if (filter.missingCaption && !missing.includes('caption')) return false
    if (filter.missingCredit && !missing.includes('credit')) return false
    if (filter.missingAltText && !missing.includes('altText')) return false
    if (filter.notUsed && photo.usedIn.length > 0) return false
    if (filter.usedIn && !photo.usedIn.includes(filter.usedIn)) return false
    if (words.length === 0) return true
    const haystack = foldText(
      [photo.caption, photo.headline, photo.creator, photo.credit, photo.keywords.join(' '), photo.fileName].join(' '),
    )
    return words.every((word) => haystack.includes(word))
  })
}
