import { expect, test } from '../fixtures'

test('the window says at all times whether it is online and which site it files to', async ({ copydesk }) => {
  const { page } = copydesk
  const chrome = page.getByRole('navigation').getByRole('status', { name: 'Connection' })
  await expect(chrome).toContainText('Online')
  await expect(chrome).toContainText('No site connected')
  await page.context().setOffline(true)
  await expect(chrome).toContainText('Offline — work is kept here and sent later')
  // Still there in another view.
  await page.getByRole('link', { name: 'Photos' }).click()
  await expect(chrome).toContainText('Offline')
  await page.context().setOffline(false)
  await expect(chrome).toContainText('Online')
})
