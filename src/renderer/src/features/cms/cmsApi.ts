import type { CmsConnectRequest } from '@shared/cms/account'
import type { ArticleSyncState, FileArticleRequest, SyncProgress } from '@shared/cms/filing'
import { eventContract } from '@shared/ipc/contract'
import { checked } from '../../ipc/mainApi'

/** The renderer's typed access to the WordPress account in main. */
export const cmsApi = {
  connect: (request: CmsConnectRequest) => checked('cms:connect', window.copydesk.cms.connect(request)),
  status: () => checked('cms:status', window.copydesk.cms.status()),
  disconnect: () => checked('cms:disconnect', window.copydesk.cms.disconnect()),
  file: (request: FileArticleRequest) => checked('cms:file', window.copydesk.cms.file(request)),
  articleState: (articleId: string) => checked('cms:articleState', window.copydesk.cms.articleState({ articleId })),
  retryNow: () => checked('cms:retryNow', window.copydesk.cms.retryNow()),
  pull: () => checked('cms:pull', window.copydesk.cms.pull()),
  acknowledge: (articleId: string, cursor: number, siteEditAt?: string) =>
    checked('cms:acknowledge', window.copydesk.cms.acknowledge({ articleId, cursor, ...(siteEditAt ? { siteEditAt } : {}) })),
  fetchPhotos: (photoIds: string[]) => checked('cms:fetchPhotos', window.copydesk.cms.fetchPhotos({ photoIds })),
  adopt: (articleId: string, yjsState: string) => checked('cms:adopt', window.copydesk.cms.adopt({ articleId, yjsState })),
  onProgress: (listener: (progress: SyncProgress) => void) =>
    window.copydesk.cms.onProgress((payload) => {
      const parsed = eventContract['cms:progress'].safeParse(payload)
      if (parsed.success) listener(parsed.data)
    }),
  onSyncState: (listener: (state: ArticleSyncState) => void) =>
    window.copydesk.cms.onSyncState((payload) => {
      const parsed = eventContract['cms:syncState'].safeParse(payload)
      if (parsed.success) listener(parsed.data)
    }),
}
