import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CmsStatus } from '@shared/cms/account'
import { cmsApi } from './cmsApi'

/** Connecting or disconnecting happens in Settings; the chrome asks again this often. */
const SITE_CHECK_MS = 5_000

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine)
  useEffect(() => {
    const update = () => setOnline(navigator.onLine)
    addEventListener('online', update)
    addEventListener('offline', update)
    return () => {
      removeEventListener('online', update)
      removeEventListener('offline', update)
    }
  }, [])
  return online
}

function useSiteStatus(): CmsStatus | undefined {
  const [status, setStatus] = useState<CmsStatus>()
  useEffect(() => {
    let live = true
    const check = () => cmsApi.status().then((next) => live && setStatus(next), () => undefined)
    void check()
    const timer = setInterval(check, SITE_CHECK_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [])
  return status
}

/** Always in the window's chrome: whether this computer is online, and which site it files to. */
export function ConnectionStatus() {
  const { t } = useTranslation()
  const online = useOnline()
  const site = useSiteStatus()
  const siteText =
    site === undefined ? '' : site.state === 'connected' ? t('connection.site', { name: site.account.siteName || site.account.siteUrl }) : t('connection.noSite')
  return (
    <div className="connection-status" role="status" aria-label={t('connection.label')}>
      <span className={`connection-dot ${online ? 'is-online' : 'is-offline'}`} aria-hidden="true" />
      <span>{online ? t('connection.online') : t('connection.offline')}</span>
      {siteText && <span className="muted connection-site">{siteText}</span>}
    </div>
  )
}
