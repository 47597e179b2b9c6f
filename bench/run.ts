/**
 * `npm run bench` (after the app's build): runs bench/main.ts. This launcher exists because the
 * harness code it reuses imports `@shared/…`, whose path mapping lives in tsconfig.node.json — not
 * in the root tsconfig.json that `node --import tsx` reads.
 */
import { resolve } from 'node:path'
import { tsImport } from 'tsx/esm/api'

await tsImport('./main.ts', { parentURL: import.meta.url, tsconfig: resolve(import.meta.dirname, '../tsconfig.node.json') })
