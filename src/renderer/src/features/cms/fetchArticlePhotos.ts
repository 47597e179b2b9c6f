import type * as Y from 'yjs'
import { photoIdsOfDoc } from '../../article/articlePhotos'
import { loadPhotoLibrary, photoLibrary } from '../articlePhotos/photoLibraryStore'
import { cmsApi } from './cmsApi'

/**
 * The photos an article from the site uses that this computer's library lacks are brought from the
 * site (the Copydesk that placed them uploaded them there), so that the picture and its words show
 * here, the checklist reads them and filing reuses the site's copy.
 */
export async function fetchArticlePhotos(doc: Y.Doc): Promise<void> {
  const ids = photoIdsOfDoc(doc)
  if (ids.length === 0) return
  await loadPhotoLibrary()
  const lacking = ids.filter((id) => !photoLibrary.get().photos.has(id))
  if (lacking.length === 0) return
  const { fetched } = await cmsApi.fetchPhotos(lacking)
  if (fetched.length > 0) await loadPhotoLibrary()
}
