import { useEffect, useState } from 'react'
import type { ArticleSyncState } from '@shared/cms/filing'
import { cmsApi } from './cmsApi'

/** The article's sync state as main knows it, kept current by main's events. */
export function useArticleSyncState(articleId: string): [ArticleSyncState | undefined, (state: ArticleSyncState) => void] {
  const [sync, setSync] = useState<ArticleSyncState | undefined>()
  useEffect(() => {
    let live = true
    cmsApi.articleState(articleId).then((state) => live && setSync(state), () => undefined)
    const stop = cmsApi.onSyncState((state) => {
      if (state.articleId === articleId) setSync(state)
    })
    return () => {
      live = false
      stop()
    }
  }, [articleId])
  return [sync, setSync]
}
