import { expect, it } from 'vitest'
import { workflowStatusOf } from './siteArticles'

it('a post the plugin recorded as scheduled that the site has published went out at its time: published', () => {
  expect(workflowStatusOf({ status: 'publish', meta: { copydesk_workflow_status: 'scheduled' } })).toBe('published')
  expect(workflowStatusOf({ status: 'future', meta: { copydesk_workflow_status: 'scheduled' } })).toBe('scheduled')
  // Otherwise the plugin's record wins (approved is "pending" on the site).
  expect(workflowStatusOf({ status: 'pending', meta: { copydesk_workflow_status: 'approved' } })).toBe('approved')
  expect(workflowStatusOf({ status: 'publish', meta: { copydesk_workflow_status: 'correction' } })).toBe('correction')
})
