import type { TFunction } from 'i18next'

const knownRoles = ['administrator', 'editor', 'author', 'contributor', 'subscriber']

/** The account's WordPress roles in the interface's language (a site's own roles by their slug). */
export function wordpressRoleNames(roles: readonly string[], t: TFunction): string {
  return roles.map((role) => (knownRoles.includes(role) ? t(`cms.roles.${role}`) : role)).join(', ')
}
