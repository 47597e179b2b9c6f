import { useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CmsAccount, CmsFailureKind, CmsStatus } from '@shared/cms/account'
import { cmsApi } from './cmsApi'
import { wordpressRoleNames } from './wordpressRoleNames'

type Failure = { kind: CmsFailureKind; detail: string } | { kind: 'other'; detail: string }

/**
 * The WordPress account, in the settings: site address, user name and Application Password,
 * checked by main before anything is kept; then who the user is on the site and what they may do.
 * The password goes to main once and never comes back.
 */
export function CmsAccountSection() {
  const { t } = useTranslation()
  const [status, setStatus] = useState<CmsStatus | undefined>()
  const [siteUrl, setSiteUrl] = useState('')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<Failure | undefined>()

  useEffect(() => {
    cmsApi.status().then(setStatus, (error: unknown) => setFailure({ kind: 'other', detail: String(error) }))
  }, [])

  const connect = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setFailure(undefined)
    try {
      const result = await cmsApi.connect({ siteUrl, username, applicationPassword: password })
      if (result.ok) {
        setPassword('')
        setStatus({ state: 'connected', account: result.account })
      } else {
        setFailure({ kind: result.failure, detail: result.detail })
      }
    } catch (error) {
      setFailure({ kind: 'other', detail: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  const disconnect = async () => {
    setBusy(true)
    try {
      const next = await cmsApi.disconnect()
      setStatus(next)
    } catch (error) {
      setFailure({ kind: 'other', detail: error instanceof Error ? error.message : String(error) })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="cms-account" aria-labelledby="cms-account-title">
      <h3 id="cms-account-title">{t('cms.title')}</h3>
      {status === undefined ? null : status.state === 'connected' ? (
        <ConnectedAccount account={status.account} busy={busy} onDisconnect={() => void disconnect()} />
      ) : (
        <form className="cms-account-form" onSubmit={(event) => void connect(event)}>
          <label className="stack-field">
            <span>{t('cms.siteUrl')}</span>
            {/* Text, not type="url": a bare domain (news.example.org) is a site address too; main completes it. */}
            <input
              type="text"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              required
              placeholder="news.example.org"
              value={siteUrl}
              onChange={(event) => setSiteUrl(event.target.value)}
            />
          </label>
          <label className="stack-field">
            <span>{t('cms.username')}</span>
            <input type="text" required autoComplete="username" value={username} onChange={(event) => setUsername(event.target.value)} />
          </label>
          <label className="stack-field">
            <span>{t('cms.applicationPassword')}</span>
            <input
              type="password"
              required
              autoComplete="off"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-describedby="cms-password-help"
            />
          </label>
          <p id="cms-password-help" className="muted cms-help">
            {t('cms.applicationPasswordHelp')}
          </p>
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('cms.checking') : t('cms.connect')}
          </button>
        </form>
      )}
      {failure && (
        <div role="alert" className="form-error cms-failure">
          <p>{failure.kind === 'other' ? t('cms.failure.other') : t(`cms.failure.${failure.kind}`)}</p>
          <p className="cms-failure-detail">{failure.detail}</p>
        </div>
      )}
    </section>
  )
}

function ConnectedAccount({ account, busy, onDisconnect }: { account: CmsAccount; busy: boolean; onDisconnect(): void }) {
  const { t } = useTranslation()
  const roles = wordpressRoleNames(account.roles, t)
  const canPublish = account.capabilities.includes('publish_posts')
  const canEditOthers = account.capabilities.includes('edit_others_posts')
  return (
    <div className="cms-connected" role="status">
      <p>
        {t('cms.connectedAs', { site: account.siteName, name: account.displayName, username: account.username })}
        <br />
        <span className="muted">{account.siteUrl}</span>
      </p>
      <p>{t('cms.role', { roles: roles || t('cms.noRole') })}</p>
      <ul className="cms-rights">
        <li>{canPublish ? t('cms.canPublish') : t('cms.cannotPublish')}</li>
        <li>{canEditOthers ? t('cms.canEditOthers') : t('cms.ownArticlesOnly')}</li>
      </ul>
      {!account.plugin.installed && <p className="cms-plugin-missing">{t('cms.pluginMissing')}</p>}
      <button type="button" className="button-small" disabled={busy} onClick={onDisconnect}>
        {t('cms.disconnect')}
      </button>
    </div>
  )
}
