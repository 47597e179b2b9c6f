import type { FileArticleRequest } from '@shared/cms/filing'
import { maxYjsUpdateBytes } from '@shared/cms/limits'

export type PublicationRefusal = { kind: 'embargoed' | 'too-large'; parameter: string }

/**
 * What main refuses before asking the site, whatever the window offered: publishing before the
 * embargo, or scheduling before it (the workflow's rules, shared/workflow checkTransition), and
 * an article larger than the plugin takes in one update. Answers the kind and its parameter (the
 * embargo's time as ISO, the size in bytes), which the renderer words; undefined when it may go.
 */
export function publicationRefusal(filing: FileArticleRequest, now: number): PublicationRefusal | undefined {
  const { embargoAt, scheduledAt, status } = filing
  if (embargoAt !== undefined) {
    const early = status === 'published' ? now < embargoAt : status === 'scheduled' && scheduledAt !== undefined && scheduledAt < embargoAt
    if (early) return { kind: 'embargoed', parameter: new Date(embargoAt).toISOString() }
  }
  // base64: three bytes per four characters, less the padding.
  const state = filing.yjsState
  const bytes = (state.length / 4) * 3 - (state.endsWith('==') ? 2 : state.endsWith('=') ? 1 : 0)
  if (bytes > maxYjsUpdateBytes) return { kind: 'too-large', parameter: String(bytes) }
  return undefined
}
