import { resolve } from 'node:path'
import { tsImport } from 'tsx/esm/api'
await tsImport('/work/main/bench/zz-tmp-checks.ts', { parentURL: 'file:///work/main/bench/run.ts', tsconfig: resolve('/work/main/tsconfig.node.json') })
