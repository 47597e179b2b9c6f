import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '../fixtures'

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
        const { readdir } = await import('node:fs/promises')
        const files = await readdir(recoveryDir).catch(() => [])
        const json = files.find((name) => name.endsWith('.json'))
        if (!json) return ''
        return JSON.parse(await readFile(join(recoveryDir, json), 'utf8')).text as string
      })
      // As typed, with the French typography rules applied (narrow no-break spaces inside « »).
      .toContain('«\u202fRien ne se perd\u202f», a déclaré la rédaction.')
  })
})
