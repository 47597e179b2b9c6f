import { describe, expect, it } from 'vitest'
import { emptyPhotoMetadata, type Photo } from './photo'
import { filterPhotos, noPhotoFilter } from './photoFilters'

const photo = (fileName: string, fields: Partial<Photo>): Photo => ({
  ...emptyPhotoMetadata,
  id: fileName.padEnd(64, '0').replace(/[^0-9a-f]/g, '0'),
  fileName,
  mime: 'image/jpeg',
  byteSize: 1,
  width: 1,
  height: 1,
  orientation: 1,
  importedAt: '',
  updatedAt: '',
  usedIn: [],
  ...fields,
})

const gallant = photo('gallant.jpg', {
  caption: 'Yoav Gallant marche avec le ministre de la Défense azéri',
  creator: 'Ariel Hermoni',
  credit: 'Ministère israélien de la Défense',
  altText: 'Deux hommes marchent',
  keywords: ['Bakou'],
  usedIn: ['article-1'],
})
const afp = photo('afp.jpg', { caption: 'Manifestation à Paris', credit: 'AFP' })
const bare = photo('bare.jpg', {})

describe('filterPhotos', () => {
  it('finds by caption, creator, credit and keywords, accents and case aside', () => {
    const names = (query: string) => filterPhotos([gallant, afp, bare], { ...noPhotoFilter, query }).map((p) => p.fileName)
    expect(names('defense azeri')).toEqual(['gallant.jpg'])
    expect(names('hermoni')).toEqual(['gallant.jpg'])
    expect(names('afp')).toEqual(['afp.jpg'])
    expect(names('bakou')).toEqual(['gallant.jpg'])
    expect(names('')).toEqual(['gallant.jpg', 'afp.jpg', 'bare.jpg'])
  })

  it('keeps the photos missing what publishing requires, and the unused ones', () => {
    const names = (filter: Partial<typeof noPhotoFilter>) =>
      filterPhotos([gallant, afp, bare], { ...noPhotoFilter, ...filter }).map((p) => p.fileName)
    expect(names({ missingCredit: true })).toEqual(['bare.jpg'])
    expect(names({ missingAltText: true })).toEqual(['afp.jpg', 'bare.jpg'])
    expect(names({ missingCaption: true })).toEqual(['bare.jpg'])
    expect(names({ notUsed: true })).toEqual(['afp.jpg', 'bare.jpg'])
    expect(names({ notUsed: true, missingCredit: true })).toEqual(['bare.jpg'])
    expect(names({ usedIn: 'article-1' })).toEqual(['gallant.jpg'])
    expect(names({ usedIn: 'article-2' })).toEqual([])
  })
})
