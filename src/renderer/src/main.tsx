import { createRoot } from 'react-dom/client'
import { App, loadArticleView } from './app/App'
import { db } from './db/db'
import { initI18n, resolveUiLanguage } from './i18n/i18n'
import { mainApi } from './ipc/mainApi'
import { parseRoute, restoreLastRoute } from './app/useHashRoute'
import './styles/app.css'

async function start() {
  const skippedRoute = restoreLastRoute()
  // Opening straight into an article (after a restart, say): fetch the editor while the rest starts,
  // and have it before the first render, so the article view need not suspend.
  const editor = parseRoute(location.hash).view === 'article' ? loadArticleView().catch(() => undefined) : undefined
  const [settings, info] = await Promise.all([mainApi.getSettings(), mainApi.appInfo()])
  const opened = db.open().then(
    () => null,
    (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
  )
  await initI18n(resolveUiLanguage(settings.language, info.systemLocale))
  const root = createRoot(document.getElementById('root')!)
  const failure = await opened
  await editor
  if (failure !== null) {
    const { StorageUnavailable } = await import('./app/StorageUnavailable')
    root.render(<StorageUnavailable reason={failure} />)
    return
  }
  root.render(<App initialSettings={settings} systemLocale={info.systemLocale} skippedRoute={skippedRoute} />)
}

void start()
