import { defineConfig } from '@playwright/test'
import type { CopydeskOptions } from './e2e/fixtures'

/**
 * The same scenarios run twice: in Debian's Chromium with the real main services in the test's
 * process (runs everywhere), and in real Electron (skipped where its binary is missing). See e2e/README.md.
 */
export default defineConfig<CopydeskOptions>({
  testDir: 'e2e/scenarios',
  // Scenarios import src/ code through the @shared alias; this tsconfig declares it.
  tsconfig: './tsconfig.node.json',
  globalSetup: './e2e/support/globalSetup.ts',
  outputDir: 'test-results',
  // Each test starts its own browser; two cores leave room for one at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: { screenshot: 'only-on-failure' },
  projects: [
    { name: 'chromium', use: { appMode: 'chromium' } },
    { name: 'electron', use: { appMode: 'electron' } },
  ],
})
