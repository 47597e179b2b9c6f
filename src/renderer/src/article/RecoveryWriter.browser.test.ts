import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { RecoveryCopy } from '@shared/ipc/contract'
import { ok } from '@shared/ipc/result'
import { applyTextDiff, FIELD_EDIT_ORIGIN, initArticleDoc, textFieldOf } from './articleDoc'
import { RECOVERY_INTERVAL_MS, RecoveryWriter } from './RecoveryWriter'

// Main's recovery:write, recorded: the page's side of the contract is what is under test here.
const written: RecoveryCopy[] = []
function recordMain() {
  written.length = 0
  ;(window as unknown as { copydesk: unknown }).copydesk = {
    recovery: {
      write: async (copy: RecoveryCopy) => {
        written.push(copy)
        return ok({ path: `/recovery/${copy.articleId}.json` })
      },
    },
  }
}

afterEach(() => vi.useRealTimers())

function article() {
  const doc = new Y.Doc()
  initArticleDoc(doc, { createdAt: 0 })
  const headline = textFieldOf(doc, 'headline')
  const type = (text: string) => {
    for (const char of text) doc.transact(() => applyTextDiff(headline, headline.toString() + char), FIELD_EDIT_ORIGIN)
  }
  return { doc, type }
}

describe('the recovery copy while storage fails', () => {
  it('is written at a fixed interval while the reporter keeps typing, not only when they pause', async () => {
    recordMain()
    vi.useFakeTimers()
    const { doc, type } = article()
    const writer = new RecoveryWriter('a1', doc, () => {})
    writer.start('QuotaExceededError')
    await vi.advanceTimersByTimeAsync(0)
    expect(written).toHaveLength(1)
    // A key every 100 ms for 3.5 seconds, never a pause.
    for (let i = 0; i < 35; i++) {
      type('x')
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(written.length).toBeGreaterThanOrEqual(1 + Math.floor(3500 / RECOVERY_INTERVAL_MS) - 1)
    expect(written.at(-1)!.headline.length).toBeGreaterThanOrEqual(35 - RECOVERY_INTERVAL_MS / 100)
    writer.stop()
  })

  it('writes what the last copy lacks when the article is closed, at once', async () => {
    recordMain()
    const { doc, type } = article()
    const writer = new RecoveryWriter('a2', doc, () => {})
    writer.start('QuotaExceededError')
    type('Fermé aussitôt')
    await writer.close()
    expect(written.at(-1)!.headline).toBe('Fermé aussitôt')
    const count = written.length
    type(' après')
    await new Promise((resolve) => setTimeout(resolve, RECOVERY_INTERVAL_MS + 100))
    expect(written).toHaveLength(count) // closed: no more copies
  })
})
