import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const root = resolve(import.meta.dirname, '../..')

/** Builds the test/benchmark support code into one script evaluated in the app's page. */
export default defineConfig({
  resolve: {
    alias: {
      '@shared': resolve(root, 'src/shared'),
      '@renderer': resolve(root, 'src/renderer/src'),
    },
  },
  build: {
    outDir: resolve(root, 'out/e2e-support'),
    emptyOutDir: true,
    target: 'chrome130',
    minify: false,
    lib: {
      entry: resolve(import.meta.dirname, 'browser/support.ts'),
      formats: ['iife'],
      name: '__copydeskSupport',
      fileName: () => 'support.js',
    },
  },
})
