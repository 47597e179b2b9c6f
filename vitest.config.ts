import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { chromiumExecutable, chromiumArgs } from './e2e/support/chromium'

const alias = {
  '@shared': resolve(import.meta.dirname, 'src/shared'),
  '@renderer': resolve(import.meta.dirname, 'src/renderer/src'),
}

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/shared/**/*.test.ts', 'src/main/**/*.test.ts', 'src/renderer/src/article/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.wordpress.test.ts', '**/*.browser.test.ts', '**/*.browser.test.tsx'],
        },
      },
      {
        // CMS tests over real HTTP against a throw-away WordPress started once per run (Debian packages).
        resolve: { alias },
        test: {
          name: 'wordpress',
          environment: 'node',
          include: ['src/**/*.wordpress.test.ts'],
          globalSetup: ['src/main/services/sync/testing/wordpressGlobalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Renderer code runs against real IndexedDB and DOM, in the same Chromium as the e2e tests.
        resolve: { alias },
        // Bundled before the first test: found mid-run, they would load twice (two Yjs, two ProseMirrors).
        optimizeDeps: { include: ['yjs', 'y-prosemirror', '@tiptap/core', '@tiptap/starter-kit', '@tiptap/pm/state', 'zod'] },
        test: {
          name: 'browser',
          include: ['src/renderer/**/*.browser.test.ts', 'src/renderer/**/*.browser.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
