import { describe, expect, it } from 'vitest'
import { articleStatuses } from '../article/article'
import { allowedTransitions, capabilitiesOfRole, capabilitiesOfWordPress, capabilitiesToReach, checkTransition, transitions, workflowCapabilities } from './workflow'

const reporter = capabilitiesOfRole('reporter')
const editor = capabilitiesOfRole('editor')
const photoDesk = capabilitiesOfRole('photo-desk')
const now = Date.UTC(2026, 10, 24, 9, 0)
const targets = (list: { to: string }[]) => list.map((transition) => transition.to).sort()

describe('workflow state machine', () => {
  it('only uses known statuses and capabilities, and reaches every status', () => {
    for (const transition of transitions) {
      expect(articleStatuses).toContain(transition.from)
      expect(articleStatuses).toContain(transition.to)
      expect(workflowCapabilities).toContain(transition.needs)
    }
    const reached = new Set(['draft', ...transitions.map((transition) => transition.to)])
    expect([...reached].sort()).toEqual([...articleStatuses].sort())
  })

  it('lets a reporter submit, withdraw and spike only their draft', () => {
    expect(targets(allowedTransitions('draft', reporter))).toEqual(['spiked', 'submitted'])
    expect(targets(allowedTransitions('submitted', reporter))).toEqual(['draft'])
    expect(allowedTransitions('editing', reporter)).toEqual([])
    expect(allowedTransitions('approved', reporter)).toEqual([])
    expect(allowedTransitions('published', reporter)).toEqual([])
  })

  it('lets an editor move a story all the way and back', () => {
    expect(targets(allowedTransitions('submitted', editor))).toEqual(['draft', 'editing', 'spiked'])
    expect(targets(allowedTransitions('editing', editor))).toEqual(['approved', 'draft', 'spiked'])
    expect(targets(allowedTransitions('approved', editor))).toEqual(['editing', 'published', 'scheduled', 'spiked'])
    expect(targets(allowedTransitions('scheduled', editor))).toEqual(['approved', 'published', 'spiked'])
    expect(targets(allowedTransitions('published', editor))).toEqual(['correction'])
    expect(targets(allowedTransitions('correction', editor))).toEqual(['published'])
    expect(targets(allowedTransitions('spiked', editor))).toEqual(['draft'])
  })

  it('names the same move by who makes it: an editor sends back, a reporter withdraws', () => {
    expect(allowedTransitions('submitted', editor).find((transition) => transition.to === 'draft')?.action).toBe('sendBack')
    expect(allowedTransitions('submitted', reporter).find((transition) => transition.to === 'draft')?.action).toBe('withdraw')
  })

  it('never lets a published article be spiked, and the photo desk moves no story', () => {
    expect(allowedTransitions('published', editor).some((transition) => transition.to === 'spiked')).toBe(false)
    for (const status of articleStatuses) expect(allowedTransitions(status, photoDesk)).toEqual([])
  })

  it('refuses a reporter who tries to publish, naming the missing permission', () => {
    expect(checkTransition('approved', 'published', { capabilities: reporter, now })).toEqual({ ok: false, reason: 'not-allowed', needs: 'publish' })
    expect(checkTransition('draft', 'published', { capabilities: editor, now })).toEqual({ ok: false, reason: 'not-a-transition' })
  })

  it('refuses publishing before the embargo and accepts it after', () => {
    const embargoAt = now + 60_000
    expect(checkTransition('approved', 'published', { capabilities: editor, now, embargoAt })).toEqual({ ok: false, reason: 'embargo', until: embargoAt })
    expect(checkTransition('approved', 'published', { capabilities: editor, now: embargoAt, embargoAt })).toMatchObject({ ok: true })
  })

  it('needs a time to schedule, not before the embargo', () => {
    expect(checkTransition('approved', 'scheduled', { capabilities: editor, now })).toEqual({ ok: false, reason: 'schedule-missing' })
    expect(checkTransition('approved', 'scheduled', { capabilities: editor, now, scheduledAt: now + 10, embargoAt: now + 20 })).toEqual({
      ok: false,
      reason: 'schedule-before-embargo',
      until: now + 20,
    })
    // An embargo in the future does not stop scheduling for after it.
    expect(checkTransition('approved', 'scheduled', { capabilities: editor, now, scheduledAt: now + 30, embargoAt: now + 20 })).toMatchObject({ ok: true })
  })

  it('needs a correction note to reopen a published article', () => {
    expect(checkTransition('published', 'correction', { capabilities: editor, now, message: '  ' })).toEqual({ ok: false, reason: 'message-required' })
    expect(checkTransition('published', 'correction', { capabilities: editor, now, message: 'Le nom du ministre était mal orthographié.' })).toMatchObject({
      ok: true,
      transition: { action: 'correct' },
    })
  })

  it('blocks publishing and scheduling while the checklist reports problems, not other moves', () => {
    const checklistProblems = ['headline-missing']
    expect(checkTransition('approved', 'published', { capabilities: editor, now, checklistProblems })).toEqual({ ok: false, reason: 'checklist', problems: checklistProblems })
    expect(checkTransition('approved', 'scheduled', { capabilities: editor, now, scheduledAt: now + 1, checklistProblems })).toMatchObject({ ok: false, reason: 'checklist' })
    expect(checkTransition('editing', 'approved', { capabilities: editor, now, checklistProblems })).toMatchObject({ ok: true })
  })
})

// WordPress's own roles, with the capabilities Copydesk reads (wp-admin/includes/schema.php).
const wordpressRoles = {
  subscriber: ['read'],
  contributor: ['read', 'edit_posts', 'delete_posts'],
  author: ['read', 'edit_posts', 'delete_posts', 'upload_files', 'edit_published_posts', 'publish_posts'],
  editor: ['read', 'edit_posts', 'delete_posts', 'upload_files', 'edit_published_posts', 'publish_posts', 'edit_others_posts', 'manage_categories'],
}
const sorted = (capabilities: ReadonlySet<string>) => [...capabilities].sort()

describe('rights from WordPress', () => {
  it('give authors and contributors filing only, editors the whole desk', () => {
    expect(sorted(capabilitiesOfWordPress(wordpressRoles.subscriber))).toEqual([])
    expect(sorted(capabilitiesOfWordPress(wordpressRoles.contributor))).toEqual(['submit'])
    // An author's publish_posts is for their own posts: a newsroom's copy is published by the desk.
    expect(sorted(capabilitiesOfWordPress(wordpressRoles.author))).toEqual(['submit'])
    expect(sorted(capabilitiesOfWordPress(wordpressRoles.editor))).toEqual([...workflowCapabilities].sort())
  })

  it('follow each capability: no publishing without publish_posts, no correction without edit_published_posts', () => {
    const desk = ['edit_posts', 'edit_others_posts']
    expect(sorted(capabilitiesOfWordPress(desk))).toEqual(['approve', 'edit', 'spike', 'submit'])
    expect(sorted(capabilitiesOfWordPress([...desk, 'publish_posts']))).toEqual(['approve', 'edit', 'publish', 'spike', 'submit'])
    expect(sorted(capabilitiesOfWordPress([...desk, 'edit_published_posts']))).toEqual(['approve', 'correct', 'edit', 'spike', 'submit'])
  })

  it('let an author submit and withdraw, and refuse them publishing', () => {
    const author = capabilitiesOfWordPress(wordpressRoles.author)
    expect(targets(allowedTransitions('draft', author))).toEqual(['spiked', 'submitted'])
    expect(allowedTransitions('approved', author)).toEqual([])
    expect(checkTransition('approved', 'published', { capabilities: author, now })).toEqual({ ok: false, reason: 'not-allowed', needs: 'publish' })
  })
})

describe('what it takes to move an article on the site', () => {
  it('is the step itself when the site is one step behind', () => {
    expect(capabilitiesToReach('approved', 'published')).toEqual(['publish'])
    expect(capabilitiesToReach('submitted', 'editing')).toEqual(['edit'])
    // Sent back by an editor or withdrawn by its reporter.
    expect(capabilitiesToReach('submitted', 'draft').sort()).toEqual(['edit', 'submit'])
    expect(capabilitiesToReach('published', 'correction')).toEqual(['correct'])
  })

  it('is the step into the new status when steps were skipped, and a new article starts as a draft', () => {
    expect(capabilitiesToReach(undefined, 'submitted')).toEqual(['submit'])
    expect(capabilitiesToReach(undefined, 'published')).toEqual(['publish'])
    expect(capabilitiesToReach('submitted', 'approved').sort()).toEqual(['approve', 'publish'])
  })

  it('is nothing when the status does not change', () => {
    expect(capabilitiesToReach('published', 'published')).toEqual([])
    expect(capabilitiesToReach(undefined, 'draft')).toEqual([])
  })
})
