import * as Y from 'yjs'
import type { ChecklistInput } from '@shared/workflow/checklist'
import { bodyOf, fieldsOf, LENGTH_TARGET, readFields } from './articleDoc'
import { currentQuote, readThreads } from './articleComments'
import { embargoOf } from './articleWorkflow'
import { suggestionIdsOfBody } from './articleSuggestions'
import { readFieldSuggestions } from './fieldSuggestions'

/** Every link of the body in document order, read from the Yjs text's link marks. */
export function linksOfBody(body: Y.XmlFragment): { href: string; text: string }[] {
  const links: { href: string; text: string }[] = []
  const walk = (node: unknown) => {
    if (node instanceof Y.XmlText) {
      for (const op of node.toDelta() as { insert: unknown; attributes?: { link?: { href?: unknown } } }[]) {
        const href = op.attributes?.link?.href
        if (typeof href !== 'string' || typeof op.insert !== 'string') {
          lastWasLink = false
          continue
        }
        // A link split by bold or italic is one link.
        const last = links.at(-1)
        if (last && last.href === href && lastWasLink) last.text += op.insert
        else links.push({ href, text: op.insert })
        lastWasLink = true
      }
    } else if (node instanceof Y.XmlElement || node instanceof Y.XmlFragment) {
      for (const child of node.toArray()) walk(child)
    }
  }
  let lastWasLink = false
  for (const child of body.toArray()) {
    lastWasLink = false
    walk(child)
  }
  return links
}

/**
 * What the checklist needs from the document. Counts, limits and the photos' words come from the
 * caller: a photo's caption, credit and alt text are the article's overrides over the photo
 * library's (features/articlePhotos/articlePhotoWords.ts), which the document alone does not hold.
 */
export function checklistInputFromDoc(
  doc: Y.Doc,
  extra: { headlineLimit: number; headlineSignes: number; bodySignes: number; now: number; photos: ChecklistInput['photos'] },
): ChecklistInput {
  const fields = readFields(doc)
  const target = fieldsOf(doc).get(LENGTH_TARGET)
  return {
    ...extra,
    headline: fields.headline,
    standfirst: fields.standfirst,
    section: fields.section,
    byline: fields.byline,
    tags: fields.tags,
    lengthTarget: typeof target === 'number' && target > 0 ? target : undefined,
    links: linksOfBody(bodyOf(doc)),
    unresolvedSuggestions: suggestionIdsOfBody(bodyOf(doc)).size + readFieldSuggestions(doc).length,
    blockingComments: readThreads(doc)
      .filter((thread) => thread.blocking && !thread.resolved)
      .map((thread) => ({ id: thread.id, quote: currentQuote(doc, thread) ?? thread.quote })),
    embargoAt: embargoOf(doc),
  }
}
