import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../fixtures'
import { newArticle } from '../support/deskSupport'

// page.evaluate callbacks run in the app window (e2e code has no DOM types).
declare const IDBObjectStore: { prototype: { add: unknown; put: unknown } }

test.describe('without IndexedDB', () => {
  test.use({ blockIndexedDB: true })

  test('says so plainly and keeps every word in a recovery copy on disk', async ({ copydesk }) => {
    const { page } = copydesk
    await expect(page.getByRole('alert')).toContainText('This computer\'s storage cannot be used')
    await page.getByRole('textbox', { name: 'Headline' }).fill('Écrit sans stockage')
    await page.getByRole('textbox', { name: 'Article text' }).click()
    await page.keyboard.type('« Rien ne se perd », a déclaré la rédaction.')

    const recoveryDir = join(copydesk.userDataDir, 'recovery')
    await expect(page.getByRole('alert')).toContainText(`Recovery copy written to ${recoveryDir}`)
    await expect
      .poll(async () => {
        const files = await readdir(recoveryDir).catch(() => [])
        const json = files.find((name) => name.endsWith('.json'))
        if (!json) return ''
        return JSON.parse(await readFile(join(recoveryDir, json), 'utf8')).text as string
      })
      // As typed, with the French typography rules applied (narrow no-break spaces inside « »).
      .toContain('«\u202fRien ne se perd\u202f», a déclaré la rédaction.')
  })
})

test('storage fails while writing, and the article is closed at once: every word is kept and comes back', async ({ copydesk }) => {
  copydesk.pageErrors.allow(/^console.error.*(QuotaExceededError|The disk is full)/) // the failing writes, logged
  const { page } = copydesk
  await newArticle(page)
  await page.getByRole('textbox', { name: 'Headline' }).fill('Écrit pendant la panne')
  await page.getByRole('textbox', { name: 'Article text' }).click()
  await page.keyboard.type('Avant la panne.')
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()

  // The disk fills up: every IndexedDB write is refused with the browser's QuotaExceededError. A
  // test double at IndexedDB's door: Chromium's DevTools quota override applies only to databases
  // opened after it (measured here), and this machine's disk is not ours to fill.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError')
    }
    IDBObjectStore.prototype.add = full
    IDBObjectStore.prototype.put = full
  })
  await page.keyboard.type(' Pendant la panne, chaque mot compte.')
  await expect(page.getByText(/Not saved to local storage/)).toBeVisible()
  await page.keyboard.type(' Fermé aussitôt.')
  await page.getByRole('button', { name: 'Back to the desk' }).click()

  // On disk, through main: the recovery copy has the last words, typed a moment before closing.
  const recoveryDir = join(copydesk.userDataDir, 'recovery')
  const everything = 'Avant la panne. Pendant la panne, chaque mot compte. Fermé aussitôt.'
  await expect
    .poll(async () => {
      const files = await readdir(recoveryDir).catch(() => [] as string[])
      const json = files.find((name) => name.endsWith('.json'))
      return json ? (JSON.parse(await readFile(join(recoveryDir, json), 'utf8')).text as string) : ''
    })
    .toContain(everything)

  // The disk has room again (a reload drops the double): the article opens with every word, from the unload journal.
  await page.reload()
  await page.getByRole('button', { name: 'Open Écrit pendant la panne' }).click()
  await expect(page.getByRole('textbox', { name: 'Article text' })).toHaveText(everything)
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this computer' })).toBeVisible()

  // Now in IndexedDB itself: a restart finds it all.
  await copydesk.restart()
  await expect(copydesk.page.getByRole('textbox', { name: 'Article text' })).toHaveText(everything)
})
