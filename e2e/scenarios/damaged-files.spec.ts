import { existsSync } from 'node:fs'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Copydesk, type PageGlobals } from '../fixtures'

declare const window: PageGlobals

/**
 * A damaged settings.json and cms-sync.json (a power cut during a write, a full disk): the app still
 * opens, says which files were set aside and where, keeps what was readable, and says it only once.
 */

const articleId = '5b0f6c1e-8f2d-4d3a-9c47-1e2a3b4c5d6e'

async function damageFiles(userDataDir: string): Promise<{ settings: string; sync: string }> {
  const settingsPath = join(userDataDir, 'settings.json')
  // settings.json cut short mid-write: what the app wrote, up to the middle.
  const sound = await readFile(settingsPath, 'utf8')
  const settings = sound.slice(0, Math.floor(sound.length / 2))
  await writeFile(settingsPath, settings)
  // cms-sync.json as SyncService writes it (an article linked to its post), with one outbox entry unreadable.
  const sync = JSON.stringify({
    version: 1,
    outbox: [{ filing: { article: { id: 'cut' } }, queuedAt: 'never' }],
    posts: { [articleId]: { siteUrl: 'https://gazette.example', postId: 41, link: 'https://gazette.example/?p=41', syncedAt: 1765160000000 } },
    media: {},
    uploading: {},
  })
  await writeFile(join(userDataDir, 'cms-sync.json'), sync)
  return { settings, sync }
}

async function keptAside(userDataDir: string, name: string): Promise<string[]> {
  return (await readdir(userDataDir)).filter((entry) => entry.startsWith(`${name}.damaged-`)).map((entry) => join(userDataDir, entry))
}

async function restartWithDamage(copydesk: Copydesk) {
  // A real settings.json first: the profile as the user saved it.
  await copydesk.page.evaluate(() => window.copydesk.settings.update({ profile: { displayName: 'Anne Dupré' } }))
  const damaged = await damageFiles(copydesk.userDataDir)
  await copydesk.restart()
  return damaged
}

test('damaged files are set aside, named in a banner once, and what was readable is kept', async ({ copydesk }) => {
  // The fixture fails the test on any page error or console error, across the restarts.
  const damaged = await restartWithDamage(copydesk)
  const page = copydesk.page

  const notice = page.getByRole('region', { name: 'Files Copydesk keeps were damaged and have been set aside' })
  await expect(notice).toBeVisible()
  const [settingsAside] = await keptAside(copydesk.userDataDir, 'settings.json')
  const [syncAside] = await keptAside(copydesk.userDataDir, 'cms-sync.json')
  expect(settingsAside).toBeDefined()
  expect(syncAside).toBeDefined()
  await expect(notice.getByRole('listitem').filter({ hasText: 'Your settings (settings.json) could not be read' })).toContainText(settingsAside!)
  await expect(notice.getByRole('listitem').filter({ hasText: 'The WordPress outbox and article links (cms-sync.json): one entry could not be read' })).toContainText(syncAside!)
  // Kept aside untouched; the app opened on its defaults; the article's link to its post stayed.
  expect(await readFile(settingsAside!, 'utf8')).toBe(damaged.settings)
  expect(await readFile(syncAside!, 'utf8')).toBe(damaged.sync)
  await expect(page.getByRole('navigation', { name: 'Desk views' })).toBeVisible()
  expect(await page.evaluate(() => window.copydesk.settings.get())).toMatchObject({ ok: true, value: { profile: { displayName: '' } } })
  const sync = JSON.parse(await readFile(join(copydesk.userDataDir, 'cms-sync.json'), 'utf8')) as { outbox: unknown[]; posts: Record<string, { postId: number }> }
  expect(sync.outbox).toEqual([])
  expect(sync.posts[articleId]?.postId).toBe(41)
  await page.screenshot({ path: test.info().outputPath('damaged-files-notice.png') })

  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toBeHidden()
  // The report is for the start that found the damage: the next start is quiet.
  await copydesk.restart()
  await expect(copydesk.page.getByRole('navigation', { name: 'Desk views' })).toBeVisible()
  expect(await copydesk.page.evaluate(() => window.copydesk.startup.damagedFiles())).toEqual({ ok: true, value: [] })
  await expect(copydesk.page.getByRole('region', { name: /damaged/ })).toHaveCount(0)
  expect(existsSync(settingsAside!)).toBe(true)
})

test.describe('in French', () => {
  test.use({ locale: 'fr-FR' })

  test('the banner names the files and where they were kept', async ({ copydesk }) => {
    await restartWithDamage(copydesk)
    const notice = copydesk.page.getByRole('region', { name: 'Des fichiers de Copydesk étaient endommagés et ont été mis de côté' })
    await expect(notice).toBeVisible()
    const [settingsAside] = await keptAside(copydesk.userDataDir, 'settings.json')
    await expect(notice.getByRole('listitem').filter({ hasText: 'Vos réglages (settings.json) était illisible' })).toContainText(settingsAside!)
    await expect(notice.getByRole('listitem').filter({ hasText: 'La file d’envoi WordPress et les liens des articles (cms-sync.json) : une entrée illisible a été écartée' })).toBeVisible()
    await notice.getByRole('button', { name: 'Fermer' }).click()
    await expect(notice).toBeHidden()
  })
})
