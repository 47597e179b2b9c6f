import { eventContract } from '@shared/ipc/contract'
import type { PhotoPatch } from '@shared/photos/photo'
import type { PhotoImageDataRequest, PhotoImportProgress, PhotoImportRequest } from '@shared/photos/photoContract'
import type { Result } from '@shared/ipc/result'
import { checked } from '../../ipc/mainApi'

declare global {
  interface Window {
    /** The preload's import of dropped files (Electron only; absent in the Chromium e2e harness). */
    copydeskFiles?: { importDroppedPhotos(files: File[]): Promise<Result<unknown>> }
  }
}

/** The renderer's typed access to the photo library in main. */
export const photoApi = {
  import: (request: PhotoImportRequest) => checked('photos:import', window.copydesk.photos.import(request)),
  list: () => checked('photos:list', window.copydesk.photos.list()),
  get: (id: string) => checked('photos:get', window.copydesk.photos.get({ id })),
  update: (ids: string[], patch: PhotoPatch) => checked('photos:update', window.copydesk.photos.update({ ids, patch })),
  exportWithMetadata: (id: string, dialogTitle?: string) => checked('photos:exportWithMetadata', window.copydesk.photos.exportWithMetadata({ id, dialogTitle })),
  remove: (ids: string[]) => checked('photos:remove', window.copydesk.photos.remove({ ids })),
  setUsage: (articleId: string, photoIds: string[]) =>
    checked('photos:setUsage', window.copydesk.photos.setUsage({ articleId, photoIds })),
  mediaBase: () => checked('photos:mediaBase', window.copydesk.photos.mediaBase()),
  importImageData: (request: PhotoImageDataRequest) => checked('photos:importImageData', window.copydesk.photos.importImageData(request)),
  onImportProgress: (listener: (progress: PhotoImportProgress) => void) =>
    window.copydesk.photos.onImportProgress((payload) => {
      const parsed = eventContract['photos:importProgress'].safeParse(payload)
      if (parsed.success) listener(parsed.data)
    }),
  /** Whether files dropped on the window can be imported here (Electron: yes; the Chromium harness: no). */
  canImportDropped: () => window.copydeskFiles !== undefined,
  importDropped: (files: File[]) => {
    if (!window.copydeskFiles) throw new Error('Dropped files cannot be imported here')
    return checked('photos:importDropped', window.copydeskFiles.importDroppedPhotos(files))
  },
}
