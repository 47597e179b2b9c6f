import { useEffect } from 'react'
import type * as Y from 'yjs'
import { photoIdsOfDoc } from '../../article/articlePhotos'
import { whenQuiet } from '../../ui/whenQuiet'
import { photoApi } from '../photos/photoApi'
import { loadPhotoLibrary } from './photoLibraryStore'

/** Usage is declared a moment after editing pauses, never per keystroke. */
const USAGE_DELAY_MS = 800

/**
 * Keeps the library's "used in" right for this article: whenever the set of photos it uses (lead and
 * figures) changes, photos:setUsage declares the whole set. Sent once on opening (an edit made
 * elsewhere, or before this existed, is caught up) and flushed when the article closes.
 */
export function useArticlePhotoUsage(doc: Y.Doc, articleId: string): void {
  useEffect(() => {
    let sent: string | null = null
    const declare = () => {
      const ids = photoIdsOfDoc(doc)
      const key = ids.join()
      if (key === sent) return
      sent = key
      photoApi.setUsage(articleId, ids).catch(() => {
        sent = null // declared again at the next change
      })
    }
    const changed = whenQuiet(declare, USAGE_DELAY_MS)
    void loadPhotoLibrary()
    declare()
    doc.on('update', changed.poke)
    return () => {
      doc.off('update', changed.poke)
      changed.flush()
    }
  }, [doc, articleId])
}
