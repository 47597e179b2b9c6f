import { useEffect } from 'react'
import type { Photo } from '@shared/photos/photo'
import { createValueStore, useValueStore } from '../../ui/valueStore'
import { photoApi } from '../photos/photoApi'

export type LibraryState = {
  /** Every library photo by id. */
  photos: ReadonlyMap<string, Photo>
  /** Newest import first, as photos:list gives them: what the picker lists. */
  ordered: readonly Photo[]
  mediaBaseUrl: string
  loaded: boolean
  error: string | null
}

/**
 * The library as articles see it: one copy in the renderer, read synchronously by the figure node
 * views, the lead photo and the pre-publish checklist. Loaded when an article opens and when the
 * picker opens (the photo desk may have changed it meanwhile).
 */
export const photoLibrary = createValueStore<LibraryState>({ photos: new Map(), ordered: [], mediaBaseUrl: '', loaded: false, error: null })

let loading: Promise<void> | null = null

export function loadPhotoLibrary(): Promise<void> {
  loading ??= (async () => {
    try {
      const [list, media] = await Promise.all([photoApi.list(), photoApi.mediaBase()])
      photoLibrary.set({ photos: new Map(list.map((photo) => [photo.id, photo])), ordered: list, mediaBaseUrl: media.baseUrl, loaded: true, error: null })
    } catch (failure) {
      photoLibrary.set({ ...photoLibrary.get(), error: failure instanceof Error ? failure.message : String(failure) })
    } finally {
      loading = null
    }
  })()
  return loading
}

/** The library, loaded (again) when the component mounts. */
export function usePhotoLibraryStore(): LibraryState {
  useEffect(() => {
    void loadPhotoLibrary()
  }, [])
  return useValueStore(photoLibrary)
}
