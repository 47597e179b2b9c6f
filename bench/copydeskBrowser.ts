import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ChromiumCopydesk } from '../e2e/fixtures/ChromiumCopydesk'
import { initScripts } from './build'

/** A desktop window, so the writing column has its real width (headless Chromium defaults to 800×600). */
export const VIEWPORT = { width: 1280, height: 800 }

export type BenchCopydesk = { app: ChromiumCopydesk; origin: string; close(): Promise<void> }

/**
 * Copydesk in Chromium through the e2e harness, in a throwaway profile, with the bench's init scripts
 * (persistence marks on, keystroke and desk search probes). They apply from the next navigation on.
 */
export async function startCopydesk(name: string): Promise<BenchCopydesk> {
  // Short path in /tmp: Chromium's singleton socket lives under TMPDIR (~108-byte limit).
  const testDir = await mkdtemp(join(tmpdir(), `copydesk-bench-${name}-`))
  const app = await ChromiumCopydesk.start({ testDir, locale: 'en-US', blockIndexedDB: false }).catch(async (error: unknown) => {
    await rm(testDir, { recursive: true, force: true })
    throw error
  })
  try {
    await app.page.setViewportSize(VIEWPORT)
    for (const path of initScripts) await app.page.context().addInitScript({ path })
  } catch (error) {
    await app.dispose()
    await rm(testDir, { recursive: true, force: true })
    throw error
  }
  return {
    app,
    origin: new URL(app.page.url()).origin,
    async close() {
      await app.dispose()
      await rm(testDir, { recursive: true, force: true })
    },
  }
}
