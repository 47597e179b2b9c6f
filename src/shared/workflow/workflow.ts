import type { ArticleStatus } from '../article/article'
import type { Role } from '../settings'

/**
 * The newsroom workflow as data: which status may follow which, and what a person must be allowed
 * to do for it. Permissions are capabilities, not roles: the local profile's role gives them
 * (`capabilitiesOfRole`), or the WordPress account's capabilities when one is connected
 * (`capabilitiesOfWordPress`), without touching the transitions.
 */
export const workflowCapabilities = ['submit', 'edit', 'approve', 'publish', 'spike', 'correct'] as const
export type WorkflowCapability = (typeof workflowCapabilities)[number]

export type WorkflowAction =
  | 'submit'
  | 'withdraw'
  | 'startEditing'
  | 'sendBack'
  | 'approve'
  | 'reopen'
  | 'schedule'
  | 'unschedule'
  | 'publish'
  | 'correct'
  | 'publishCorrection'
  | 'spike'
  | 'recover'

export type Transition = {
  action: WorkflowAction
  from: ArticleStatus
  to: ArticleStatus
  needs: WorkflowCapability
  /** The message is required (a correction note), not only allowed. */
  messageRequired?: boolean
}

const t = (action: WorkflowAction, from: ArticleStatus, to: ArticleStatus, needs: WorkflowCapability, messageRequired = false): Transition => ({
  action,
  from,
  to,
  needs,
  ...(messageRequired ? { messageRequired } : {}),
})

const spikeableByDesk: ArticleStatus[] = ['submitted', 'editing', 'approved', 'scheduled']

export const transitions: readonly Transition[] = [
  t('submit', 'draft', 'submitted', 'submit'),
  // For the same move, the first one a person may make is theirs: an editor sends back, a reporter withdraws.
  t('sendBack', 'submitted', 'draft', 'edit'),
  t('withdraw', 'submitted', 'draft', 'submit'),
  t('startEditing', 'submitted', 'editing', 'edit'),
  t('sendBack', 'editing', 'draft', 'edit'),
  t('approve', 'editing', 'approved', 'approve'),
  t('reopen', 'approved', 'editing', 'edit'),
  t('schedule', 'approved', 'scheduled', 'publish'),
  t('unschedule', 'scheduled', 'approved', 'publish'),
  t('publish', 'approved', 'published', 'publish'),
  t('publish', 'scheduled', 'published', 'publish'),
  t('correct', 'published', 'correction', 'correct', true),
  t('publishCorrection', 'correction', 'published', 'publish'),
  // Whoever files a draft may kill it; once filed, killing a story is the desk's call.
  t('spike', 'draft', 'spiked', 'submit'),
  ...spikeableByDesk.map((from) => t('spike', from, 'spiked', 'spike')),
  t('recover', 'spiked', 'draft', 'spike'),
]

/**
 * What each local profile role may do. A reporter files, withdraws and spikes their own drafts;
 * an editor does everything; the photo desk works on pictures and moves no story.
 */
const roleCapabilities: Record<Role, readonly WorkflowCapability[]> = {
  reporter: ['submit'],
  editor: workflowCapabilities,
  'photo-desk': [],
}

export function capabilitiesOfRole(role: Role): ReadonlySet<WorkflowCapability> {
  return new Set(roleCapabilities[role])
}

/**
 * What a connected WordPress account may do, from its capabilities (they replace the profile's
 * role while an account is connected):
 * - `edit_posts` → submit: file one's own copy (contributors and up);
 * - `edit_others_posts` → edit, approve, spike: work on other people's copy (the desk);
 * - `edit_others_posts` and `edit_published_posts` → correct a published article;
 * - `edit_others_posts` and `publish_posts` → publish and schedule.
 * A WordPress author has `publish_posts` for their own posts only; in a newsroom their copy goes
 * through the desk, so publishing also takes the right to edit others' posts (editors, administrators).
 */
export function capabilitiesOfWordPress(wordpressCapabilities: readonly string[]): ReadonlySet<WorkflowCapability> {
  const has = (capability: string) => wordpressCapabilities.includes(capability)
  const desk = has('edit_others_posts')
  const granted: WorkflowCapability[] = []
  if (has('edit_posts')) granted.push('submit')
  if (desk) granted.push('edit', 'approve', 'spike')
  if (desk && has('edit_published_posts')) granted.push('correct')
  if (desk && has('publish_posts')) granted.push('publish')
  return new Set(granted)
}

/**
 * The capabilities that let someone bring an article from `from` (what the site has; undefined for
 * an article not yet on it, as a draft) to `to`, any one of them sufficing; empty when nothing moves.
 * When the article skipped steps (moved on offline), what counts is the step into `to`.
 */
export function capabilitiesToReach(from: ArticleStatus | undefined, to: ArticleStatus): WorkflowCapability[] {
  const start = from ?? 'draft'
  if (start === to) return []
  const direct = transitionsFrom(start).filter((transition) => transition.to === to)
  const steps = direct.length > 0 ? direct : transitions.filter((transition) => transition.to === to)
  return [...new Set(steps.map((transition) => transition.needs))]
}

/** Every transition out of `status`, whether or not this person may make it. */
export function transitionsFrom(status: ArticleStatus): Transition[] {
  return transitions.filter((transition) => transition.from === status)
}

/** The transitions this person may make from `status`, one per target status. */
export function allowedTransitions(status: ArticleStatus, capabilities: ReadonlySet<WorkflowCapability>): Transition[] {
  const allowed = transitionsFrom(status).filter((transition) => capabilities.has(transition.needs))
  return allowed.filter((transition, index) => allowed.findIndex((other) => other.to === transition.to) === index)
}

export type TransitionContext = {
  capabilities: ReadonlySet<WorkflowCapability>
  now: number
  /** Not before this time (ms since epoch); absent for none. */
  embargoAt?: number | undefined
  /** When a scheduled article goes out; required to schedule. */
  scheduledAt?: number | undefined
  message?: string | undefined
  /** Problems the pre-publish checklist still reports (empty when it passes). */
  checklistProblems?: readonly string[] | undefined
}

export type TransitionRefusal =
  | { reason: 'not-a-transition' }
  | { reason: 'not-allowed'; needs: WorkflowCapability }
  | { reason: 'message-required' }
  | { reason: 'embargo'; until: number }
  | { reason: 'schedule-missing' }
  | { reason: 'schedule-before-embargo'; until: number }
  | { reason: 'checklist'; problems: readonly string[] }

export type TransitionCheck = { ok: true; transition: Transition } | ({ ok: false } & TransitionRefusal)

const goesOut = (to: ArticleStatus) => to === 'published' || to === 'scheduled'

/** Whether `from → to` may happen now, for this person; when not, the one reason to show them. */
export function checkTransition(from: ArticleStatus, to: ArticleStatus, context: TransitionContext): TransitionCheck {
  const candidates = transitionsFrom(from).filter((transition) => transition.to === to)
  if (candidates.length === 0) return { ok: false, reason: 'not-a-transition' }
  const transition = candidates.find((candidate) => context.capabilities.has(candidate.needs))
  if (!transition) return { ok: false, reason: 'not-allowed', needs: candidates[0]!.needs }
  if (transition.messageRequired && !context.message?.trim()) return { ok: false, reason: 'message-required' }
  if (to === 'scheduled') {
    if (!context.scheduledAt) return { ok: false, reason: 'schedule-missing' }
    if (context.embargoAt && context.scheduledAt < context.embargoAt) return { ok: false, reason: 'schedule-before-embargo', until: context.embargoAt }
  }
  if (to === 'published' && context.embargoAt && context.now < context.embargoAt) return { ok: false, reason: 'embargo', until: context.embargoAt }
  if (goesOut(to) && context.checklistProblems && context.checklistProblems.length > 0) {
    return { ok: false, reason: 'checklist', problems: context.checklistProblems }
  }
  return { ok: true, transition }
}

/**
 * One line of an article's workflow history, as stored in its document. `siteEdit` (role `site`):
 * an edit made on the WordPress site outside Copydesk, merged in; `by` is the site user; no status change.
 * `scheduledPublish` (role `site`): the site published the scheduled article at its time (scheduled → published).
 */
export type HistoryEntry = {
  from: ArticleStatus
  to: ArticleStatus
  action: WorkflowAction | 'siteEdit' | 'scheduledPublish'
  by: string
  role: Role | 'site'
  at: number
  message: string
}
