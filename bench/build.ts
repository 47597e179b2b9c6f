import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { repoRoot, supportDir, supportViteConfig } from '../e2e/fixtures/paths'

export const benchPagesDir = join(repoRoot, 'out/bench/prosemirror')
/** Init scripts for the app's page, built with the baseline (see bench/pages/). */
export const initScripts = ['measure-init.js', 'desk-search-probe.js'].map((name) => join(benchPagesDir, name))
const benchViteConfig = join(repoRoot, 'bench/vite.config.ts')
const supportBundle = join(supportDir, 'support.js')
/** What the support bundle is built from: its own code and the app modules it seeds through. */
const supportSources = ['e2e/support/browser', 'e2e/support/vite.config.ts', 'src/renderer/src', 'src/shared']

function newestMtime(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))))
}

function viteBuild(config: string): void {
  execFileSync('npx', ['vite', 'build', '--config', relative(repoRoot, config), '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' })
}

/** The seeding bundle (rebuilt only when missing or older than its sources), the baseline page and the init scripts. */
export function buildBenchAssets(): void {
  const stale =
    !existsSync(supportBundle) ||
    statSync(supportBundle).mtimeMs < Math.max(...supportSources.map((source) => newestMtime(join(repoRoot, source))))
  if (stale) viteBuild(supportViteConfig)
  viteBuild(benchViteConfig)
}
