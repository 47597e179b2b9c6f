import { cpus, loadavg, release } from 'node:os'

/** Facts about where the figures were taken, for bench/results/meta.json. */
export function machineFacts(chromium: string) {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    chromium,
    node: process.version,
    os: `${process.platform} ${release()}`,
  }
}

/** 1-minute load average: on a 2-core machine, anything above ~1 means other work shared the CPU. */
export const load1 = (): number => Number(loadavg()[0]!.toFixed(2))
