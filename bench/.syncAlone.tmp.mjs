import { resolve } from 'node:path'
import { tsImport } from 'tsx/esm/api'
const root = '/work/main'
const { syncPhase } = await tsImport(resolve(root, 'bench/syncPhase.ts'), { parentURL: `file://${root}/bench/run.ts`, tsconfig: resolve(root, 'tsconfig.node.json') })
const t = Date.now()
const result = await syncPhase({ articles: Number(process.argv[2] ?? 30), photos: Number(process.argv[3] ?? 6) })
console.log(JSON.stringify(result, null, 2), `\nphase took ${Date.now() - t} ms`)
process.exit(0)
