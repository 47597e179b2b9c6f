import { startStaticServer } from '../e2e/fixtures/staticServer'
import { benchPagesDir, buildBenchAssets } from './build'
import { editorPhase } from './editorPhase'
import { percentile } from './stats'
buildBenchAssets()
const server = await startStaticServer({ '/': benchPagesDir })
const editor = await editorPhase(`${server.origin}/index.html`, { rounds: 3, startupSamples: 1 }).finally(() => server.close())
for (const mode of ['copydesk', 'copydesk-checks-off', 'prosemirror'] as const) {
  const keys = editor.rounds.filter((r) => r.mode === mode).flatMap((r) => r.keys.map((k) => k.flushedAt - k.keydownAt))
  console.log(mode, 'p50', percentile(keys, 50).toFixed(1), 'p95', percentile(keys, 95).toFixed(1), 'per round', editor.rounds.filter((r) => r.mode === mode).map((r) => percentile(r.keys.map((k) => k.flushedAt - k.keydownAt), 95).toFixed(1)).join(' '))
}
process.exit(0)
