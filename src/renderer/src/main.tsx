import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { StorageUnavailable } from './app/StorageUnavailable'
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
    root.render(<StorageUnavailable reason={reason} />)
    return
  }
  restoreLastRoute()
  // Ask the browser not to evict drafts under disk pressure; if it says no, the app says so.
  const persisted = (await navigator.storage?.persist?.().catch(() => false)) ?? false
  root.render(<App initialSettings={settings} systemLocale={info.systemLocale} storagePersisted={persisted} />)
}

void start()
