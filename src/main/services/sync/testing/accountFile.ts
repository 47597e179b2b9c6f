import type { CmsAccount } from '@shared/cms/account'
import type { SecretStore } from '../SecretStore'

/** A connected editor's account, as verifyAccount makes it from a real WordPress with the plugin. */
export const editorAccount: CmsAccount = {
  siteUrl: 'https://gazette.example',
  siteName: 'La Gazette',
  username: 'anne',
  displayName: 'Anne Dupré',
  userId: 2,
  roles: ['editor'],
  capabilities: ['edit_posts', 'edit_others_posts', 'publish_posts', 'edit_published_posts'],
  plugin: { installed: true, version: '1.0.0' },
  connectedAt: '2026-12-08T03:00:00.000Z',
}

/** cms-account.json as CmsAccountService.connect writes it (the password sealed by `secrets`). */
export function accountFileText(secrets: SecretStore, account: CmsAccount = editorAccount): string {
  const sealedPassword = Buffer.from(secrets.encrypt('abcd efgh ijkl mnop qrst uvwx'.replace(/\s+/g, ''))).toString('base64')
  return `${JSON.stringify({ version: 1, apiRoot: `${account.siteUrl}/wp-json/`, account, sealedPassword }, null, 2)}\n`
}
