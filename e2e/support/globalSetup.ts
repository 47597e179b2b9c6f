import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { electronBinary, electronMissingReason } from '../fixtures/electronBinary'
import { rendererDir, repoRoot, supportViteConfig } from '../fixtures/paths'

/** Runs once before the scenarios: the app must be built; scenario helpers are bundled for the page. */
export default function globalSetup(): void {
  const index = join(rendererDir, 'index.html')
  if (!existsSync(index)) {
    throw new Error(`${relative(repoRoot, index) || index} is missing: run npm run build first`)
  }
  if (existsSync(supportViteConfig)) {
    // Seeding code etc., bundled to out/e2e-support and served at /__support/ (Chromium mode).
    execFileSync('npx', ['vite', 'build', '--config', relative(repoRoot, supportViteConfig)], {
      cwd: repoRoot,
      stdio: 'inherit',
    })
  }
  if (!electronBinary()) console.log(`[electron project] ${electronMissingReason}.`)
}
