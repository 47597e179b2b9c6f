import { isSafeExternalUrl } from '../links'
import { targetGauge } from '../length/lengthGauge'

/**
 * The pre-publish checklist: a pure function over what the article holds. Problems block
 * publishing and scheduling; warnings do not. Each item names where to fix it, so the panel can
 * move the focus there.
 */
export type ChecklistInput = {
  headline: string
  standfirst: string
  section: string
  byline: string
  /** The section's headline limit, in signes. */
  headlineLimit: number
  headlineSignes: number
  bodySignes: number
  /** The body's length target in signes, when one is set. */
  lengthTarget?: number | undefined
  tags: readonly string[]
  /** Every link of the body, in document order. */
  links: readonly { href: string; text: string }[]
  /** Suggestions (track changes) in the body and the fields not yet accepted or rejected. */
  unresolvedSuggestions?: number | undefined
  /** Open comments marked blocking. */
  blockingComments: readonly { id: string; quote: string }[]
  /** Photos used by the article (lead and inline); the item is skipped when there are none. */
  photos: readonly { id: string; label: string; caption: string; credit: string; altText: string }[]
  embargoAt?: number | undefined
  now: number
}

export type ChecklistTarget =
  | { kind: 'field'; field: 'headline' | 'standfirst' | 'section' | 'byline' | 'tags' | 'embargo' }
  | { kind: 'body' }
  | { kind: 'link'; index: number }
  | { kind: 'comment'; id: string }
  | { kind: 'photo'; id: string }

export type ChecklistCode =
  | 'headline-missing'
  | 'headline-too-long'
  | 'standfirst-missing'
  | 'section-missing'
  | 'byline-missing'
  | 'link-bad'
  | 'comment-blocking'
  | 'suggestions-unresolved'
  | 'photo-caption-missing'
  | 'photo-credit-missing'
  | 'photo-alt-missing'
  | 'embargo-not-passed'
  | 'length-under'
  | 'length-over'
  | 'tags-missing'

export type ChecklistItem = {
  code: ChecklistCode
  severity: 'problem' | 'warning'
  target: ChecklistTarget
  /** Values the message names (the link, the limit, the photo…). */
  params: Record<string, string | number>
}

export type ChecklistResult = { problems: ChecklistItem[]; warnings: ChecklistItem[]; passes: boolean }

/** http(s) to a named host, or mailto to an address: what a reader's browser can follow. */
export function isWellFormedLink(href: string): boolean {
  if (/\s/.test(href) || !isSafeExternalUrl(href)) return false
  const url = new URL(href)
  if (url.protocol === 'mailto:') return /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname))
  return url.hostname === 'localhost' || /\.[a-z0-9-]{2,}$/i.test(url.hostname)
}

/** A quote short enough to read in a list; the link goes to the whole of it. */
const QUOTE_LENGTH = 60
function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= QUOTE_LENGTH ? flat : `${flat.slice(0, QUOTE_LENGTH - 1).trimEnd()}…`
}

export function runChecklist(input: ChecklistInput): ChecklistResult {
  const items: ChecklistItem[] = []
  const problem = (code: ChecklistCode, target: ChecklistTarget, params: ChecklistItem['params'] = {}) =>
    items.push({ code, severity: 'problem', target, params })
  const warning = (code: ChecklistCode, target: ChecklistTarget, params: ChecklistItem['params'] = {}) =>
    items.push({ code, severity: 'warning', target, params })

  if (!input.headline.trim()) problem('headline-missing', { kind: 'field', field: 'headline' })
  else if (input.headlineSignes > input.headlineLimit)
    problem('headline-too-long', { kind: 'field', field: 'headline' }, { limit: input.headlineLimit, over: input.headlineSignes - input.headlineLimit })
  if (!input.standfirst.trim()) problem('standfirst-missing', { kind: 'field', field: 'standfirst' })
  if (!input.section.trim()) problem('section-missing', { kind: 'field', field: 'section' })
  if (!input.byline.trim()) problem('byline-missing', { kind: 'field', field: 'byline' })
  input.links.forEach((link, index) => {
    if (!isWellFormedLink(link.href)) problem('link-bad', { kind: 'link', index }, { href: link.href, text: link.text })
  })
  if (input.unresolvedSuggestions) problem('suggestions-unresolved', { kind: 'body' }, { number: input.unresolvedSuggestions })
  for (const comment of input.blockingComments) problem('comment-blocking', { kind: 'comment', id: comment.id }, { quote: shorten(comment.quote) })
  for (const photo of input.photos) {
    const target = { kind: 'photo', id: photo.id } as const
    if (!photo.caption.trim()) problem('photo-caption-missing', target, { photo: photo.label })
    if (!photo.credit.trim()) problem('photo-credit-missing', target, { photo: photo.label })
    if (!photo.altText.trim()) problem('photo-alt-missing', target, { photo: photo.label })
  }
  if (input.embargoAt && input.now < input.embargoAt) problem('embargo-not-passed', { kind: 'field', field: 'embargo' }, { until: input.embargoAt })

  const gauge = targetGauge(input.bodySignes, input.lengthTarget)
  if (gauge.state === 'under') warning('length-under', { kind: 'body' }, { signes: input.bodySignes, target: gauge.target })
  if (gauge.state === 'over') warning('length-over', { kind: 'body' }, { signes: input.bodySignes, target: gauge.target })
  if (input.tags.length === 0) warning('tags-missing', { kind: 'field', field: 'tags' })

  const problems = items.filter((item) => item.severity === 'problem')
  return { problems, warnings: items.filter((item) => item.severity === 'warning'), passes: problems.length === 0 }
}
