import { join } from 'node:path'
import { asUser } from '../../src/main/services/sync/testing/siteRequests'
import { newArticle } from '../support/deskSupport'
import { exampleArticle } from '../support/exampleArticle'
import { expect, test } from '../fixtures/wordpress'
import { leadAltText, writeExampleLeadPhoto } from '../support/photoSupport'
import { connectToSite, fileAndWait } from '../support/siteSupport'

const lead = exampleArticle.leadPhoto

type Media = { caption: { raw: string }; alt_text: string; media_details: { image_meta: { credit: string; caption: string } }; meta: Record<string, string> }

test('filing an article with a lead photo: the post’s featured image on the site has the caption, alt text and credit, accents intact', async ({
  copydesk,
  wordpress,
}) => {
  const { page } = copydesk
  await page.setViewportSize({ width: 1360, height: 900 })
  const folder = join(copydesk.userDataDir, '..', 'incoming-cms')
  await writeExampleLeadPhoto(folder, 7)
  await connectToSite(page, wordpress)
  await page.getByRole('link', { name: 'Photos' }).click()
  await copydesk.answerNextDialog(folder)
  await page.getByRole('button', { name: 'Import a folder…' }).click()
  await expect(page.getByRole('status').filter({ hasText: '1 photo imported' })).toBeVisible()

  await newArticle(page)
  await page.getByRole('textbox', { name: 'Headline' }).fill(exampleArticle.headline)
  await page.getByRole('textbox', { name: 'Article text' }).click()
  await page.keyboard.insertText(exampleArticle.body[0]!)
  await page.getByRole('button', { name: 'Add a lead photo…' }).click()
  await page.getByRole('dialog', { name: 'Choose the lead photo' }).getByRole('option').first().press('Enter')
  await expect(page.getByRole('region', { name: 'Lead photo' }).locator('figcaption')).toContainText(lead.caption)

  const { postId } = await fileAndWait(page)
  const admin = asUser(wordpress, 'administrator')
  const post = (await admin.get(`wp/v2/posts/${postId}?context=edit`)).body as { featured_media: number }
  expect(post.featured_media).toBeGreaterThan(0)
  const media = (await admin.get(`wp/v2/media/${post.featured_media}?context=edit`)).body as Media
  expect(media.caption.raw).toBe(lead.caption)
  expect(media.alt_text).toBe(leadAltText)
  expect(media.media_details.image_meta).toMatchObject({ credit: lead.credit, caption: lead.caption })
  expect(media.meta).toMatchObject({ copydesk_credit: lead.credit, copydesk_creator: lead.creator })
  await page.screenshot({ path: test.info().outputPath('cms-photo-filed.png') })
})
