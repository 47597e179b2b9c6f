import { setTimeout as sleep } from 'node:timers/promises'
import type { Page } from '@playwright/test'
import { freshNavigation, markTime } from './navigation'
import { documentShape, typeMidDocument, type KeystrokeRound } from './keystrokes'
import { persistLags } from './persistLag'

/** Before typing, let the open finish its deferred work (ArticlePersistence's timers run up to 1 s after it). */
const SETTLE_MS = 1500

/** Copydesk as users get it (spelling and house-style checks on), Copydesk with the checks off, bare ProseMirror. */
export type Mode = 'copydesk' | 'copydesk-checks-off' | 'prosemirror'
export type RoundResult = KeystrokeRound & { mode: Mode; persistLags: number[] }

type Shape = Awaited<ReturnType<typeof documentShape>>

/**
 * Typing rounds, alternating Copydesk and the bare ProseMirror page (A B A B …) in the same browser
 * tab, so machine noise hits both. Each Copydesk round opens its own freshly seeded copy of the
 * article: every round, in both modes, starts from the same document.
 */
export async function keystrokeRounds(
  page: Page,
  urls: { copydesk: (round: number) => string; copydeskChecksOff?: (round: number) => string; prosemirror: string },
  rounds: number,
): Promise<RoundResult[]> {
  const results: RoundResult[] = []
  let reference: Shape | undefined
  for (let round = 0; round < rounds; round++) {
    const modes: Mode[] = urls.copydeskChecksOff ? ['copydesk', 'copydesk-checks-off', 'prosemirror'] : ['copydesk', 'prosemirror']
    for (const mode of modes) {
      const url = mode === 'copydesk' ? urls.copydesk(round) : mode === 'copydesk-checks-off' ? urls.copydeskChecksOff!(round) : urls.prosemirror
      if (mode !== 'prosemirror') await setWritingChecks(page, url, mode === 'copydesk')
      await freshNavigation(page, url)
      await markTime(page, 'copydesk:editable')
      await sleep(SETTLE_MS)
      const shape = await documentShape(page)
      reference ??= shape
      if (shape.blocks !== reference.blocks || shape.characters !== reference.characters) {
        throw new Error(`${mode} holds a different document: ${JSON.stringify(shape)} vs ${JSON.stringify(reference)}`)
      }
      const typed = await typeMidDocument(page)
      const lags = mode !== 'prosemirror' ? await persistLags(page, typed.keys) : []
      results.push({ mode, ...typed, persistLags: lags })
    }
  }
  return results
}

/** Spelling and house-style checks on or off, through the app's own settings (read when the app loads). */
async function setWritingChecks(page: Page, url: string, on: boolean): Promise<void> {
  await freshNavigation(page, url)
  await markTime(page, 'copydesk:editable')
  const saved = await page.evaluate(`window.copydesk.settings.update({ writingAids: { checks: ${on} } })`)
  if (!(saved as { ok?: boolean }).ok) throw new Error(`Could not turn the writing checks ${on ? 'on' : 'off'}: ${JSON.stringify(saved)}`)
}
