import { useEffect, useState } from 'react'
import type { LibraryWords } from '@shared/photos/photoInArticle'
import { photoApi } from '../photos/photoApi'
import { useAfterFirstContent } from '../../ui/firstContent'

/**
 * The library's words of every photo, to tell whether an article's lead photo lacks a caption, credit
 * or alt text: one call to main once the desk has drawn its rows (null until then, or if it fails).
 */
export function useLibraryWords(): Map<string, LibraryWords> | null {
  const ready = useAfterFirstContent()
  const [words, setWords] = useState<Map<string, LibraryWords> | null>(null)
  useEffect(() => {
    if (!ready) return
    let live = true
    photoApi.list().then(
      (photos) => live && setWords(new Map(photos.map((photo) => [photo.id, photo]))),
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [ready])
  return words
}
