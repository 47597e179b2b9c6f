import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CmsStatus } from '@shared/cms/account'
import type { Profile } from '@shared/settings'
import { capabilitiesOfRole, capabilitiesOfWordPress, type WorkflowCapability } from '@shared/workflow/workflow'
import { cmsApi } from '../cms/cmsApi'
import { wordpressRoleNames } from '../cms/wordpressRoleNames'

export type WorkflowRights = {
  capabilities: ReadonlySet<WorkflowCapability>
  /** Where they come from: the connected WordPress account, or the profile's role. */
  source: 'wordpress' | 'profile'
  /** The role as the person knows it (WordPress's, or the profile's), in the interface's language. */
  roleName: string
}

/**
 * What this person may do in the workflow: their WordPress capabilities while an account is
 * connected (the site enforces them anyway), their profile's role otherwise.
 */
export function useWorkflowRights(profile: Profile): WorkflowRights {
  const { t } = useTranslation()
  const [cms, setCms] = useState<CmsStatus | undefined>()
  useEffect(() => {
    let live = true
    cmsApi.status().then((status) => live && setCms(status), () => undefined)
    return () => {
      live = false
    }
  }, [])
  const account = cms?.state === 'connected' ? cms.account : undefined
  return useMemo(
    () =>
      account
        ? { capabilities: capabilitiesOfWordPress(account.capabilities), source: 'wordpress', roleName: wordpressRoleNames(account.roles, t) || t('cms.noRole') }
        : { capabilities: capabilitiesOfRole(profile.role), source: 'profile', roleName: t(`settings.roles.${profile.role}`) },
    [account, profile.role, t],
  )
}
