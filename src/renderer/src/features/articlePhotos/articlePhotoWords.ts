import type * as Y from 'yjs'
import type { ExportPhoto } from '@shared/exchange/exportModel'
import { photoAsPublished } from '@shared/photos/photoInArticle'
import type { ChecklistInput } from '@shared/workflow/checklist'
import { photoRefsOfDoc, readLeadPhoto } from '../../article/articlePhotos'
import { loadPhotoLibrary, photoLibrary } from './photoLibraryStore'

/**
 * The article's photos with the words the reader will see (this article's override, else the
 * library's), for the pre-publish checklist. Synchronous: the library as last loaded; a photo not
 * (yet) known counts only its overrides, so it is never let through on words nobody has seen.
 */
export function articlePhotoFacts(doc: Y.Doc): ChecklistInput['photos'][number][] {
  const { photos } = photoLibrary.get()
  return photoRefsOfDoc(doc).map((ref) => {
    const photo = photos.get(ref.photoId)
    const shown = photoAsPublished(photo, ref)
    return { id: ref.photoId, label: photo?.fileName ?? ref.photoId, caption: shown.caption, credit: shown.credit, altText: shown.altText }
  })
}

/** The lead photo's words for export (fresh from the library), or undefined when the article has none. */
export async function leadPhotoForExport(doc: Y.Doc): Promise<ExportPhoto | undefined> {
  const lead = readLeadPhoto(doc)
  if (!lead) return undefined
  await loadPhotoLibrary()
  const shown = photoAsPublished(photoLibrary.get().photos.get(lead.photoId), lead)
  return { caption: shown.caption, creator: shown.creator, credit: shown.credit, copyright: shown.copyright, altText: shown.altText }
}
