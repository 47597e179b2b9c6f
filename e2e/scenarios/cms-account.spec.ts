import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { PageGlobals } from '../fixtures'
import { expect, test } from '../fixtures/wordpress'

// page.evaluate callbacks run in the app window (e2e code has no DOM types).
declare const window: PageGlobals

test('a reporter connects Copydesk to the newsroom’s WordPress; the password never lands on disk', async ({ copydesk, wordpress }) => {
  const { page } = copydesk
  const reporter = wordpress.users.author
  await page.getByRole('button', { name: 'Settings' }).click()
  const dialog = page.getByRole('dialog', { name: 'Settings' })
  const site = dialog.getByRole('region', { name: 'WordPress site' })

  // Typed as people type it, without http://: a loopback host is taken as http (a bare domain as https).
  await site.getByLabel('Site address').fill(wordpress.url.replace(/^http:\/\//, ''))
  await site.getByLabel('User name').fill(reporter.username)
  await site.getByLabel('Application password').fill('abcd efgh ijkl mnop qrst uvwx')
  await site.getByRole('button', { name: 'Connect' }).click()
  await expect(site.getByRole('alert')).toContainText('WordPress refused this user name and application password')

  await site.getByLabel('Application password').fill(reporter.applicationPassword)
  await site.getByRole('button', { name: 'Connect' }).click()
  const connected = site.getByRole('status')
  await expect(connected).toContainText('Connected to Copydesk test site as Rémi Reporter (reporter).')
  await expect(connected).toContainText('Role on the site: Author')
  await expect(site.getByText(wordpress.url, { exact: true })).toBeVisible()
  await expect(connected).toContainText('You can publish.')
  await expect(connected).toContainText('You can edit your own articles.')
  await expect(site.getByRole('alert')).toHaveCount(0)
  await page.screenshot({ path: test.info().outputPath('cms-account-connected.png') })

  const onDisk = await readFile(join(copydesk.userDataDir, 'cms-account.json'), 'utf8')
  expect(onDisk).toContain('"username": "reporter"')
  expect(onDisk).not.toContain(reporter.applicationPassword)
  const status = await page.evaluate(() => window.copydesk.cms.status())
  expect(JSON.stringify(status)).not.toContain(reporter.applicationPassword)

  await copydesk.restart()
  // The window's chrome names the site at all times.
  const chrome = copydesk.page.getByRole('status', { name: 'Connection' })
  await expect(chrome).toContainText('Site: Copydesk test site')
  await copydesk.page.getByRole('button', { name: 'Settings' }).click()
  const again = copydesk.page.getByRole('dialog', { name: 'Settings' }).getByRole('region', { name: 'WordPress site' })
  await expect(again.getByRole('status')).toContainText('as Rémi Reporter')
  await again.getByRole('button', { name: 'Disconnect' }).click()
  await expect(again.getByLabel('Site address')).toBeVisible()
  await expect(chrome).toContainText('No site connected')
  await expect(readFile(join(copydesk.userDataDir, 'cms-account.json'))).rejects.toThrow()
})

test('a contributor is told they file for review, in French, and a missing site is named as such', async ({ copydesk, wordpress }) => {
  const { page } = copydesk
  await page.evaluate(() => window.copydesk.settings.update({ language: 'fr' }))
  await copydesk.restart()
  await copydesk.page.getByRole('button', { name: 'Réglages' }).click()
  const site = copydesk.page.getByRole('dialog', { name: 'Réglages' }).getByRole('region', { name: 'Site WordPress' })
  await site.getByLabel('Adresse du site').fill('https://copydesk-no-such-host.invalid')
  await site.getByLabel('Nom d’utilisateur').fill('contributor')
  await site.getByLabel('Mot de passe d’application').fill(wordpress.users.contributor.applicationPassword)
  await site.getByRole('button', { name: 'Se connecter' }).click()
  await expect(site.getByRole('alert')).toContainText('Aucun site à cette adresse.')

  await site.getByLabel('Adresse du site').fill(wordpress.url)
  await site.getByRole('button', { name: 'Se connecter' }).click()
  await expect(site.getByRole('status')).toContainText('Rôle sur le site\u202f: Contributeur')
  await expect(site.getByRole('status')).toContainText('Vous envoyez vos articles en relecture')
  await copydesk.page.screenshot({ path: test.info().outputPath('cms-account-contributor-fr.png') })
})
