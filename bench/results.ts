import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/** One line of bench/results/latest.json. */
export type Metric = { value: number; unit: 'ms' | 'count'; baseline: number | null; ratio: number | null; target: string }
export type Results = Record<string, Metric>

const round = (value: number, places: number) => Number(value.toFixed(places))

/** A metric with its target, written as a string for the reader and as `limit` for the table's verdict. */
export function metric(
  value: number,
  target: string,
  options: { unit?: Metric['unit']; baseline?: number; places?: number } = {},
): Metric {
  const places = options.places ?? 1
  const baseline = options.baseline === undefined ? null : round(options.baseline, places)
  return {
    value: round(value, places),
    unit: options.unit ?? 'ms',
    baseline,
    ratio: options.baseline ? round(value / options.baseline, 2) : null,
    target,
  }
}

/** The bound in a target such as "p95 ≤ 16 ms" or "≤ 1.3"; null for a figure kept for information. */
function limitOf(target: string): number | null {
  const match = /≤\s*([\d.]+)/.exec(target)
  return match ? Number(match[1]) : null
}

export function table(results: Results): string {
  const rows = Object.entries(results).map(([name, m]) => [
    name,
    `${m.value}${m.unit === 'ms' ? ' ms' : ''}`,
    m.baseline === null ? '' : `${m.baseline}${m.unit === 'ms' ? ' ms' : ''}`,
    m.ratio === null ? '' : `${m.ratio}×`,
    m.target,
    limitOf(m.target) === null ? '' : m.value <= limitOf(m.target)! ? 'ok' : 'OVER',
  ])
  const all = [['metric', 'value', 'baseline', 'ratio', 'target', ''], ...rows]
  const widths = all[0]!.map((_, column) => Math.max(...all.map((row) => row[column]!.length)))
  return all.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()).join('\n')
}

/** Pretty JSON, numbers cut to two decimals (performance.now() differences carry float noise). */
export async function writeJson(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const json = JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' ? round(item, 2) : item), 2)
  await writeFile(path, `${json}\n`)
}
