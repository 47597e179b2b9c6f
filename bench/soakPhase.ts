import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from '@playwright/test'
import { loadPageSupport, type PageSupport } from '../e2e/support/pageSupport'
import { startCopydesk } from './copydeskBrowser'
import { typeMidDocument } from './keystrokes'
import { freshNavigation, markTime } from './navigation'
import { seedLongArticle } from './seeding'
import { percentile } from './stats'

declare const window: { __copydeskSupport: PageSupport; document: Document }

export type SoakPlan = { keystrokes: number; undos: number; comments: number; suggestions: number; remoteUpdates: number }
export type SoakPhase = {
  plan: SoakPlan
  heapMb: { start: number; end: number }
  stored: { log: number; snapshot: number; compacted: number }
  keystrokeP95: { start: number; end: number }
  minutes: number
}

const CHUNKS = 20
const TEXT = 'Le conseil municipal a voté le budget à la majorité. '
const SENTENCES_PER_PARAGRAPH = 4

/** JS heap in use after a full garbage collection, in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / 1024 / 1024
}

async function keystrokeP95(page: Page): Promise<number> {
  const round = await typeMidDocument(page)
  return percentile(
    round.keys.map((key) => key.flushedAt - key.keydownAt),
    95,
  )
}

/**
 * A shift in one sitting: the 50,000-word article open, typed into, undone, commented on, suggested
 * on and edited from another desk, in many rounds; what the tab holds and what IndexedDB stores
 * at the end against the start, and whether keystrokes got slower.
 */
export async function soakPhase(plan: SoakPlan): Promise<SoakPhase> {
  const copydesk = await startCopydesk('soak')
  const started = Date.now()
  try {
    const { app, origin } = copydesk
    const page = app.page
    const articleId = await seedLongArticle(app)
    await freshNavigation(page, `${origin}/#/article/${articleId}`)
    await markTime(page, 'copydesk:editable')
    await sleep(1500)
    await loadPageSupport(app)
    await page.evaluate((id) => window.__copydeskSupport.remoteDesk(id), articleId)
    const startP95 = await keystrokeP95(page)
    const heapStart = await heapAfterGc(page)

    const per = (total: number) => Math.ceil(total / CHUNKS)
    for (let chunk = 0; chunk < CHUNKS; chunk++) {
      // Typing at the caret (mid-document, where the probe left it), in sentences, a new paragraph every few.
      const keys = per(plan.keystrokes)
      for (let typed = 0, sentence = 1; typed < keys; typed += TEXT.length, sentence++) {
        await page.keyboard.type(TEXT.slice(0, Math.min(TEXT.length, keys - typed)))
        if (sentence % SENTENCES_PER_PARAGRAPH === 0) await page.keyboard.press('Enter')
      }
      for (let i = 0; i < per(plan.undos); i++) await page.keyboard.press('Control+z')
      for (let i = 0; i < per(plan.comments); i++) await page.evaluate(() => window.__copydeskSupport.remoteEdit('comment'))
      for (let i = 0; i < per(plan.suggestions); i++) await page.evaluate(() => window.__copydeskSupport.remoteEdit('suggest'))
      for (let i = 0; i < per(plan.remoteUpdates); i++) await page.evaluate(() => window.__copydeskSupport.remoteEdit('edit'))
    }
    // Let the last writes, the index row and a compaction go through, as a pause in the shift would.
    await sleep(3000)
    const endP95 = await keystrokeP95(page)
    await sleep(2000)
    const heapEnd = await heapAfterGc(page)
    const stored = await page.evaluate((id) => window.__copydeskSupport.storedSizes(id), articleId)
    return {
      plan,
      heapMb: { start: heapStart, end: heapEnd },
      stored,
      keystrokeP95: { start: startP95, end: endP95 },
      minutes: (Date.now() - started) / 60_000,
    }
  } finally {
    await copydesk.close()
  }
}
