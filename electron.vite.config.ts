import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') }

/**
 * `npm run dev` only: React's fast refresh injects an inline script and Vite's reload uses a
 * websocket, both refused by the app's CSP. The built app keeps the strict policy.
 */
const devServerCsp: Plugin = {
  name: 'copydesk-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) =>
    html.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", "connect-src 'self' ws:"),
}

export default defineConfig({
  main: {
    resolve: { alias: shared },
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload may only require('electron'): bundle everything into one CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    resolve: { alias: { ...shared, '@renderer': resolve(import.meta.dirname, 'src/renderer/src') } },
    plugins: [react(), devServerCsp],
    build: { target: 'chrome130', minify: true, chunkSizeWarningLimit: 2000 },
  },
})
