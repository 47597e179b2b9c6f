import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { db } from './db/db'
import { initI18n, resolveUiLanguage } from './i18n/i18n'
import { mainApi } from './ipc/mainApi'
import { restoreLastRoute } from './app/useHashRoute'
import './styles/app.css'

async function start() {
  const [settings, info] = await Promise.all([mainApi.getSettings(), mainApi.appInfo()])
  await initI18n(resolveUiLanguage(settings.language, info.systemLocale))
  const root = createRoot(document.getElementById('root')!)
  try {
    await db.open()
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    const { StorageUnavailable } = await import('./app/StorageUnavailable')
    root.render(<StorageUnavailable reason={reason} />)
    return
  }
  restoreLastRoute()
  root.render(<App initialSettings={settings} systemLocale={info.systemLocale} />)
}

void start()
