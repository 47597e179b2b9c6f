import { useCallback, useEffect, useState } from 'react'
import type { Photo, PhotoPatch } from '@shared/photos/photo'
import type { PhotoImportProgress, PhotoImportRequest, PhotoImportResult } from '@shared/photos/photoContract'
import { photoApi } from './photoApi'

/** The library as the photo desk sees it: every photo, the media base URL, and the running import. */
export function usePhotoLibrary() {
  const [photos, setPhotos] = useState<Photo[] | null>(null)
  const [mediaBaseUrl, setMediaBaseUrl] = useState('')
  const [progress, setProgress] = useState<PhotoImportProgress | null>(null)
  const [error, setError] = useState<string | null>(null)

  const reload = useCallback(async () => {
    try {
      const [list, media] = await Promise.all([photoApi.list(), photoApi.mediaBase()])
      setMediaBaseUrl(media.baseUrl)
      setPhotos(list)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }, [])

  useEffect(() => {
    void reload()
    return photoApi.onImportProgress(setProgress)
  }, [reload])

  /** Runs an import; the grid gets the new photos at the end (progress shows meanwhile). */
  const importPhotos = useCallback(
    async (request: PhotoImportRequest | { dropped: File[] }): Promise<PhotoImportResult | null> => {
      setError(null)
      try {
        const result = 'dropped' in request ? await photoApi.importDropped(request.dropped) : await photoApi.import(request)
        if (result.added.length) await reload()
        return result
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure))
        return null
      } finally {
        setProgress(null)
      }
    },
    [reload],
  )

  const updatePhotos = useCallback(async (ids: string[], patch: PhotoPatch) => {
    const updated = await photoApi.update(ids, patch)
    const byId = new Map(updated.map((photo) => [photo.id, photo]))
    setPhotos((current) => current?.map((photo) => byId.get(photo.id) ?? photo) ?? null)
    return updated
  }, [])

  return { photos, mediaBaseUrl, progress, error, setError, importPhotos, updatePhotos, reload }
}
