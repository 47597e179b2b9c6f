import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentProps } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings, SettingsPatch } from '@shared/settings'
import { db } from '../db/db'
import { createArticle } from '../db/articleRepository'
import { mainApi } from '../ipc/mainApi'
import { changeUiLanguage, resolveUiLanguage } from '../i18n/i18n'
import { DeskView } from '../features/desk/DeskView'
import { DeskViewsNav } from '../features/desk/DeskViewsNav'
import { PhotoDeskView } from '../features/photos/PhotoDeskView'
import { SettingsDialog } from '../features/settings/SettingsDialog'
import { PullFailures } from '../features/cms/PullFailures'
import { SitePuller } from '../features/cms/SitePuller'
import { SyncProgressBar } from '../features/cms/SyncProgressBar'
import { DamagedFilesNotice } from '../features/startup/DamagedFilesNotice'
import { ImportButton } from '../exchange/ImportButton'
import { routeToHash, useHashRoute } from './useHashRoute'
import { PartBoundary } from '../ui/PartBoundary'
import { noteFailedRoute } from './failedRoute'
import { RouteSettled } from './RouteSettled'
import { SkippedRouteNotice } from './SkippedRouteNotice'
import { WritingAidsContext, useWritingAidsSettings } from '../features/writingAids/WritingAidsContext'

/** `skippedRoute`: the view that failed last time and was not reopened at this start. */
type Props = { initialSettings: Settings; systemLocale: string; skippedRoute?: string | null }

/** The shell: desk navigation on the left, the current view in the middle. */
// The editor (Tiptap, ProseMirror, the Yjs binding) loads on its own, so the desk starts sooner.
type ArticleViewModule = typeof import('../features/article/ArticleView')
let loadedArticleView: ArticleViewModule['ArticleView'] | undefined
export const loadArticleView = (): Promise<ArticleViewModule> =>
  import('../features/article/ArticleView').then((module) => {
    loadedArticleView = module.ArticleView
    return module
  })
const EDITOR_PRELOAD_DELAY_MS = 2000
const LazyArticleView = lazy(() => loadArticleView().then((module) => ({ default: module.ArticleView })))

/**
 * Once its code is here the article view renders directly: suspending would show the fallback, and
 * React then holds the revealed article back for up to 300 ms (its throttle after a fallback). The
 * choice is made once per opened article, so a later render never swaps one component for the other
 * (which would mount the article again).
 */
function ArticleView(props: ComponentProps<ArticleViewModule['ArticleView']>) {
  const [View] = useState(() => loadedArticleView ?? LazyArticleView)
  return <View {...props} />
}

export function App({ initialSettings, systemLocale, skippedRoute = null }: Props) {
  const { t } = useTranslation()
  const [route, navigate] = useHashRoute()
  const routeHash = routeToHash(route)
  const [settings, setSettings] = useState(initialSettings)
  const [settingsOpen, setSettingsOpen] = useState(false)
  const searchRef = useRef<HTMLInputElement>(null)
  const [storagePersisted, setStoragePersisted] = useState(true)

  useEffect(() => {
    // Ask the browser not to evict drafts under disk pressure; if it says no, the app says so.
    void navigator.storage?.persist?.().then(setStoragePersisted, () => setStoragePersisted(false))
    // Fetch the editor while the reporter looks at the desk — after the desk has drawn its rows,
    // since compiling the editor takes the main thread for a while.
    const timer = setTimeout(() => requestIdleCallback(() => void loadArticleView()), EDITOR_PRELOAD_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])

  const newArticle = useCallback(async () => {
    const id = await createArticle(db, {
      byline: settings.profile.displayName,
      section: settings.profile.defaultSection,
    })
    navigate({ view: 'article', id })
  }, [navigate, settings.profile])

  const runCommand = useCallback(
    (command: string) => {
      if (command === 'new-article') void newArticle()
      else if (command === 'show-desk') navigate({ view: 'desk' })
      else if (command === 'open-settings') setSettingsOpen(true)
      else if (command === 'save-version') dispatchEvent(new Event('copydesk:save-version'))
      else if (command === 'find') {
        navigate({ view: 'desk' })
        setTimeout(() => searchRef.current?.focus(), 0)
      }
    },
    [navigate, newArticle],
  )

  useEffect(() => mainApi.onMenuCommand(runCommand), [runCommand])

  // The same shortcuts as the app menu, for when the page has the keyboard.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.metaKey || event.ctrlKey)) return
      const key = event.key.toLowerCase()
      if (key === 's' && !event.shiftKey) {
        event.preventDefault()
        runCommand('save-version')
      } else if (key === 'f' && event.shiftKey) {
        event.preventDefault()
        runCommand('find')
      } else if (key === ',') {
        event.preventDefault()
        runCommand('open-settings')
      }
    }
    addEventListener('keydown', onKeyDown)
    return () => removeEventListener('keydown', onKeyDown)
  }, [runCommand])

  const updateSettings = async (patch: SettingsPatch) => {
    const next = await mainApi.updateSettings(patch)
    setSettings(next)
    await changeUiLanguage(resolveUiLanguage(next.language, systemLocale))
  }
  const writingAids = useWritingAidsSettings(settings.writingAids, updateSettings)

  return (
    <div className="app-shell">
      <nav className="app-nav" aria-label={t('app.navigation')}>
        <div className="brand">{t('app.name')}</div>
        <button type="button" className="button-primary" onClick={() => void newArticle()}>
          {t('app.newArticle')}
        </button>
        <ImportButton
          defaults={{ byline: settings.profile.displayName, section: settings.profile.defaultSection }}
          onImported={(id) => navigate({ view: 'article', id })}
        />
        <ul>
          <li>
            <a href="#/desk" aria-current={route.view === 'desk' ? 'page' : undefined}>
              {t('nav.desk')}
            </a>
          </li>
          <li>
            <a href="#/photos" aria-current={route.view === 'photos' ? 'page' : undefined}>
              {t('nav.photos')}
            </a>
          </li>
          <li>
            <a href="#/trash" aria-current={route.view === 'trash' ? 'page' : undefined}>
              {t('nav.trash')}
            </a>
          </li>
        </ul>
        <DeskViewsNav profile={settings.profile} current={route.view === 'queue' ? route.name : null} />
        {!storagePersisted && <p className="nav-note muted">{t('storage.notPersistent')}</p>}
        <button type="button" className="button-quiet nav-settings" onClick={() => setSettingsOpen(true)}>
          {t('app.settings')}
        </button>
      </nav>
      <main className="app-main">
        {skippedRoute && <SkippedRouteNotice hash={skippedRoute} onOpen={navigate} />}
        <WritingAidsContext.Provider value={writingAids}>
          <PartBoundary
            part={t(route.view === 'article' ? 'failure.partArticle' : route.view === 'photos' ? 'failure.partPhotos' : 'failure.partDesk')}
            resetKeys={[routeHash]}
            onBack={route.view === 'desk' ? undefined : () => navigate({ view: 'desk' })}
            onFailed={() => noteFailedRoute(routeHash)}
          >
            {/* The article view says when it has settled itself: its own boundary is inside it. */}
            {route.view !== 'article' && <RouteSettled hash={routeHash} />}
            {route.view === 'article' ? (
              <Suspense fallback={<p className="centered muted">{t('article.loading')}</p>}>
                <ArticleView key={route.id} articleId={route.id} profile={settings.profile} onBack={() => navigate({ view: 'desk' })} />
              </Suspense>
            ) : route.view === 'photos' ? (
              <PhotoDeskView
                creditTemplates={settings.creditTemplates ?? []}
                onSaveCreditTemplates={(creditTemplates) => void updateSettings({ creditTemplates })}
              />
            ) : (
              <DeskView
                key={route.view === 'queue' ? `queue-${route.name}` : route.view}
                trash={route.view === 'trash'}
                queue={route.view === 'queue' ? { name: route.name, me: settings.profile.displayName } : undefined}
                searchRef={searchRef}
                onOpen={(id) => navigate({ view: 'article', id })}
              />
            )}
          </PartBoundary>
        </WritingAidsContext.Provider>
      </main>
      {settingsOpen && <SettingsDialog settings={settings} onChange={updateSettings} onClose={() => setSettingsOpen(false)} />}
      <SitePuller />
      <PullFailures />
      <SyncProgressBar />
      <DamagedFilesNotice />
    </div>
  )
}
