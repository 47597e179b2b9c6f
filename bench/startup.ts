import type { Page } from '@playwright/test'
import { freshNavigation, markTime } from './navigation'

/**
 * Opening an article cold: fresh navigations to #/article/<id>, each giving the time from navigation
 * start to 'copydesk:editable' (the editor holds the document). One warm-up load first, not counted.
 */
export async function startToEditable(page: Page, origin: string, articleId: string, samples: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i <= samples; i++) {
    await freshNavigation(page, `${origin}/#/article/${articleId}`)
    const editable = await markTime(page, 'copydesk:editable')
    if (i > 0) times.push(editable)
  }
  return times
}
