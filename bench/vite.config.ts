import { resolve } from 'node:path'
import { defineConfig } from 'vite'

const repo = resolve(import.meta.dirname, '..')
const pages = resolve(import.meta.dirname, 'pages')

/**
 * Builds, like the renderer (minified, chrome130), the bare ProseMirror baseline page and the bench's
 * init script into out/bench/prosemirror: `npx vite build --config bench/vite.config.ts`.
 */
export default defineConfig({
  root: resolve(pages, 'prosemirror'),
  base: './',
  resolve: {
    alias: { '@shared': resolve(repo, 'src/shared'), '@renderer': resolve(repo, 'src/renderer/src') },
  },
  build: {
    outDir: resolve(repo, 'out/bench/prosemirror'),
    emptyOutDir: true,
    target: 'chrome130',
    minify: true,
    rolldownOptions: {
      // The page takes only generatedParagraphs from the e2e support code: let its seeding side
      // (the app's Dexie database, Yjs) be dropped instead of kept for its constructors.
      treeshake: { moduleSideEffects: (id) => !/\/src\/renderer\/src\/(db|article)\/|\/node_modules\/(dexie|yjs|lib0)\//.test(id) },
      input: {
        index: resolve(pages, 'prosemirror/index.html'),
        'measure-init': resolve(pages, 'measureInit.ts'),
        'desk-search-probe': resolve(pages, 'deskSearchProbe.ts'),
      },
      // Fixed names for the init scripts; they import nothing, so each chunk is a plain script.
      output: { entryFileNames: (chunk) => (chunk.name === 'index' ? 'assets/[name]-[hash].js' : '[name].js') },
    },
  },
})
