import { useCallback, useEffect, useState } from 'react'
import type { Counts } from '@shared/article/counts'
import { countText } from '@shared/article/counts'
import { limitsForSection } from '@shared/length/sectionLimits'
import { runChecklist, type ChecklistResult } from '@shared/workflow/checklist'
import { readFields } from '../../article/articleDoc'
import { checklistInputFromDoc } from '../../article/articleReview'
import type { ArticleSession } from '../../article/useArticleSession'
import { useValueStore, type ValueStore } from '../../ui/valueStore'
import { whenQuiet } from '../../ui/whenQuiet'
import { sectionLimits } from '../length/sectionLimitsData'
import { articlePhotoFacts } from '../articlePhotos/articlePhotoWords'
import { photoLibrary } from '../articlePhotos/photoLibraryStore'

/** The checklist follows the article a moment after a change, off the keystroke path. */
const CHECK_DELAY_MS = 400
/** The embargo can pass while nobody types. */
const CLOCK_MS = 15_000

/**
 * The checklist as shown (it follows changes after a short pause) and `checkNow`, for decisions:
 * publishing must never go by a result a few hundred milliseconds old.
 */
export function useChecklist(session: ArticleSession, bodyCounts: ValueStore<Counts>): { checklist: ChecklistResult; checkNow(): ChecklistResult } {
  const bodySignes = useValueStore(bodyCounts).signes
  // The photos' words come from the library: checked again when it (re)loads.
  const library = useValueStore(photoLibrary)
  const [tick, setTick] = useState(0)
  const [result, setResult] = useState<ChecklistResult>(() => evaluate(session, bodySignes))
  useEffect(() => {
    const check = whenQuiet(() => setResult(evaluate(session, bodySignes)), CHECK_DELAY_MS)
    setResult(evaluate(session, bodySignes))
    session.doc.on('update', check.poke)
    return () => {
      check.cancel()
      session.doc.off('update', check.poke)
    }
  }, [session, bodySignes, tick, library])
  useEffect(() => {
    const clock = setInterval(() => setTick((value) => value + 1), CLOCK_MS)
    return () => clearInterval(clock)
  }, [])
  const checkNow = useCallback(() => {
    const fresh = evaluate(session, bodyCounts.get().signes)
    setResult(fresh)
    return fresh
  }, [session, bodyCounts])
  return { checklist: result, checkNow }
}

function evaluate(session: ArticleSession, bodySignes: number): ChecklistResult {
  const fields = readFields(session.doc)
  return runChecklist(
    checklistInputFromDoc(session.doc, {
      headlineLimit: limitsForSection(sectionLimits, fields.section).headline,
      headlineSignes: countText(fields.headline).signes,
      bodySignes,
      now: Date.now(),
      photos: articlePhotoFacts(session.doc),
    }),
  )
}
