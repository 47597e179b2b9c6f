import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defaultSettings } from '@shared/settings'
import { expect, test, type PageGlobals } from '../fixtures'

// page.evaluate callbacks run in the app window; this gives them its types (e2e code has no DOM types).
declare const window: PageGlobals & {
  harnessMarker?: string
  harnessReceived?: string[]
  __copydeskInvoke(channel: string, request?: unknown): Promise<unknown>
}

// Tests of the harness itself: if these fail, no scenario's result can be trusted.

test('settings go through the real SettingsService and survive a restart', async ({ copydesk }) => {
  expect(await copydesk.page.evaluate(() => window.copydesk.settings.get())).toEqual({ ok: true, value: defaultSettings })

  const updated = await copydesk.page.evaluate(() =>
    window.copydesk.settings.update({ language: 'fr', profile: { displayName: 'Camille Dupont' } }),
  )
  expect(updated).toEqual({
    ok: true,
    value: { language: 'fr', profile: { ...defaultSettings.profile, displayName: 'Camille Dupont' }, writingAids: defaultSettings.writingAids },
  })

  await copydesk.restart()
  expect(await copydesk.page.evaluate(() => window.copydesk.settings.get())).toEqual(updated)
})

test('a request the contract does not allow is refused', async ({ copydesk }) => {
  const answer = await copydesk.page.evaluate(() =>
    // @ts-expect-error -- deliberately outside the contract
    window.copydesk.settings.update({ language: 'xx' }),
  )
  expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
  expect(await copydesk.page.evaluate(() => window.copydesk.settings.get())).toEqual({ ok: true, value: defaultSettings })
})

test('a crash restart keeps an IndexedDB record written before the kill', async ({ copydesk }) => {
  const put = await copydesk.page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = window.indexedDB!.open('harness-durability', 1)
        open.onupgradeneeded = () => open.result.createObjectStore('records')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const transaction = open.result.transaction('records', 'readwrite')
          transaction.objectStore('records').put('filed before the crash', 'lead')
          // Acknowledged = committed: only that is promised to survive a kill.
          transaction.oncomplete = () => resolve('committed')
          transaction.onerror = () => reject(open.error)
        }
      }),
  )
  expect(put).toBe('committed')
  await copydesk.page.evaluate(() => Object.assign(window, { harnessMarker: 'old browser' }))

  await copydesk.restart({ crash: true })

  // A fresh page from a fresh browser, same origin and profile.
  expect(await copydesk.page.evaluate(() => 'harnessMarker' in window)).toBe(false)
  const read = await copydesk.page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = window.indexedDB!.open('harness-durability', 1)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const request = open.result.transaction('records').objectStore('records').get('lead')
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        }
      }),
  )
  expect(read).toBe('filed before the crash')
})

test('a main → renderer event reaches listeners registered through window.copydesk', async ({ copydesk }) => {
  await copydesk.page.evaluate(() => {
    const received: string[] = []
    Object.assign(window, { harnessReceived: received })
    window.copydesk.menu.onCommand((command) => received.push(command))
  })
  await copydesk.emit('menu:command', 'new-article')
  await expect
    .poll(() => copydesk.page.evaluate(() => window.harnessReceived))
    .toEqual(['new-article'])
})

test('evaluateFile runs a script in the page despite its CSP', async ({ copydesk }) => {
  const file = join(tmpdir(), `copydesk-harness-${process.pid}.js`)
  await writeFile(file, `(() => { globalThis.harnessSeeded = true; return Promise.resolve(6 * 7) })()`)
  try {
    expect(await copydesk.evaluateFile(file)).toBe(42)
    expect(await copydesk.page.evaluate(() => 'harnessSeeded' in window)).toBe(true)
  } finally {
    await rm(file, { force: true })
  }
})

test.describe('system language', () => {
  test.use({ locale: 'fr-FR' })

  test('reaches the page and main', async ({ copydesk }) => {
    expect(await copydesk.page.evaluate(() => window.navigator.language)).toBe('fr-FR')
    expect(await copydesk.page.evaluate(() => window.copydesk.app.info())).toMatchObject({
      ok: true,
      value: { systemLocale: 'fr-FR' },
    })
  })
})

test.describe('blockIndexedDB', () => {
  test.use({ blockIndexedDB: true })

  test('hides window.indexedDB from the app, also after a restart', async ({ copydesk }) => {
    expect(await copydesk.page.evaluate(() => typeof window.indexedDB)).toBe('undefined')
    await copydesk.restart({ crash: true })
    expect(await copydesk.page.evaluate(() => typeof window.indexedDB)).toBe('undefined')
  })
})

test.describe('Chromium mode only', () => {
  test.beforeEach(({ appMode }) => {
    test.skip(appMode === 'electron', 'the test doubles of main exist only when main runs in the test process')
  })

  test('links go through the contract to the openExternal test double', async ({ copydesk }) => {
    expect(await copydesk.page.evaluate(() => window.copydesk.links.openExternal({ url: 'https://example.org/a' }))).toEqual({
      ok: true,
      value: null,
    })
    const refused = await copydesk.page.evaluate(() => window.copydesk.links.openExternal({ url: 'javascript:alert(1)' }))
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
    expect(copydesk.openExternalCalls).toEqual(['https://example.org/a'])
  })

  test('only the app window may call main: a subframe is refused', async ({ copydesk }) => {
    await copydesk.page.evaluate(`new Promise((resolve) => {
      const frame = document.createElement('iframe')
      frame.srcdoc = '<p>embedded</p>'
      frame.onload = resolve
      document.body.append(frame)
    })`)
    const subframe = copydesk.page.frames().find((frame) => frame !== copydesk.page.mainFrame())
    expect(subframe).toBeDefined()
    expect(await subframe!.evaluate(() => 'copydesk' in window)).toBe(false)
    const answer = await subframe!.evaluate(() => window.__copydeskInvoke('settings:get'))
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } })
  })
})
