import { articleStatuses, type ArticleStatus } from '@shared/article/article'
import type { CmsAccount } from '@shared/cms/account'
import { capabilitiesOfWordPress, capabilitiesToReach } from '@shared/workflow/workflow'

const steps: Record<ArticleStatus, string> = {
  draft: 'send it back to draft',
  submitted: 'submit it',
  editing: 'edit it',
  approved: 'approve it',
  scheduled: 'schedule it',
  published: 'publish it',
  correction: 'correct it',
  spiked: 'spike it',
}

const isStatus = (value: string | undefined): value is ArticleStatus => articleStatuses.includes(value as ArticleStatus)

/**
 * Why this account may not take the article from the status the site has (`siteStatus`; none for
 * a new post) to the filed one, as a sentence; undefined when it may. The rights are the account's
 * WordPress capabilities, read as the renderer reads them (capabilitiesOfWordPress): main refuses
 * what the window should not have offered, before the site is asked.
 */
export function filingRightsRefusal(siteStatus: string | undefined, status: ArticleStatus, account: CmsAccount): string | undefined {
  const needs = capabilitiesToReach(isStatus(siteStatus) ? siteStatus : undefined, status)
  const granted = capabilitiesOfWordPress(account.capabilities)
  if (needs.length === 0 || needs.some((capability) => granted.has(capability))) return undefined
  const roles = account.roles.join(', ') || 'no role'
  return `Your WordPress role (${roles}) does not let you ${steps[status]}: ask an editor.`
}
